"""Record models (pydantic): trainee, dispatch and request, and the record envelope."""
