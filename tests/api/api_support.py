"""Helpers for the API tests: an app on a fresh store, filled with the fixture clauses."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from fastapi.testclient import TestClient

from api.http.app import create_app
from api.settings import Settings
from tests.api.api_fixtures import DOMESTIC, INTERNATIONAL

KEY = "test-key-1"
AUTH = {"Authorization": f"Bearer {KEY}"}


def make_settings(store: Path, **overrides) -> Settings:
    return Settings(**{"store": store, "api_keys": f"{KEY},other-key", **overrides})


@contextmanager
def running_app(store: Path, encoder, *, fill: bool = True, **overrides):
    """A TestClient whose app has started (lifespan run); with `fill`, the fixture clauses are ingested."""
    app = create_app(make_settings(store, **overrides), encoder=encoder)
    with TestClient(app) as client:
        if fill:
            response = client.post("/v1/clauses", json={"clauses": INTERNATIONAL + DOMESTIC}, headers=AUTH)
            assert response.status_code == 200, response.text
        yield client


def matches_sheet(content: bytes) -> list[tuple]:
    """The rows of the "匹配 Matches" sheet of a downloaded result workbook, header first."""
    import io

    from openpyxl import load_workbook

    return list(load_workbook(io.BytesIO(content), read_only=True)["匹配 Matches"].iter_rows(values_only=True))


@contextmanager
def served(app):
    """The app on a real loopback socket (uvicorn in a thread of this process); yields its base URL."""
    import socket
    import threading
    import time

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
