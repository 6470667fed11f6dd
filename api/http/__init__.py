"""The HTTP API: the FastAPI app, its routes, the web page and reconciliation; `create_app(settings)`."""
