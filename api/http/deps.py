"""Small dependencies shared by the routers: the services opened at start-up, and content-type checks."""

from __future__ import annotations

from fastapi import Request

from api.http.errors import ApiError
from api.http.services import Services


def services(request: Request) -> Services:
    return request.app.state.services


def json_content(request: Request) -> None:
    """Refuse a JSON endpoint's body sent as something else, with a message that says what to send."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json":
        raise ApiError(415, f"this endpoint takes a JSON body; send 'Content-Type: application/json' "
                            f"(got '{kind or 'none'}')")
