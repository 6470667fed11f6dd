"""The ways in: command line, HTTP API, web page. Translates requests into calls on `compare`; decides nothing."""
