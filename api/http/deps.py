"""Small dependencies shared by the routers: the services opened at start-up, and content-type checks.

Dependencies here and in security.py are `async def`: they do no I/O, and FastAPI would run a plain `def` in a
worker thread, a thread hand-off per dependency per request."""

from __future__ import annotations

from fastapi import Request

from api.http.errors import ApiError
from api.http.services import Services


async def services(request: Request) -> Services:
    return request.app.state.services


async def json_content(request: Request) -> None:
    """Refuse a JSON endpoint's body sent as something else, with a message that says what to send."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json":
        raise ApiError(415, f"this endpoint takes a JSON body; send 'Content-Type: application/json' "
                            f"(got '{kind or 'none'}')")
