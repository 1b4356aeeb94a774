"""Validation rules, one small function each, registered by code in one registry."""
