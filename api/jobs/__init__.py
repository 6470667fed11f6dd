"""Excel jobs run by the HTTP server: their table (state in the store's SQLite) and the runner."""
