"""Reference data shipped with the package: MIC's local government codes, fields, countries."""
