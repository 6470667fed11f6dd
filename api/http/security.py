"""Access and size limits: API keys for write endpoints, and a cap on request bodies and uploads."""

from __future__ import annotations

import hmac
import json

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from api.http.errors import ApiError, error_body

bearer = HTTPBearer(auto_error=False, description="an API key from STDCOMPARE_API_KEYS")

MB = 1024 * 1024


def _check_key(request: Request, credentials: HTTPAuthorizationCredentials | None) -> None:
    keys = request.app.state.settings.key_set()
    if not keys:
        raise ApiError(403, "write endpoints are switched off because no API key is configured; start the "
                            "server with STDCOMPARE_API_KEYS=key1,key2 and send 'Authorization: Bearer KEY'")
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise ApiError(401, "this endpoint needs an API key: send the header 'Authorization: Bearer KEY'")
    token = credentials.credentials.encode()
    # compare_digest on every key: the time taken says nothing about how much of a key was right.
    if not any(hmac.compare_digest(token, k.encode()) for k in keys):
        raise ApiError(401, "the API key sent is not one of STDCOMPARE_API_KEYS; check the key")


def require_write_key(request: Request,
                      credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
    """Dependency of every endpoint that changes the store (ingest, delete, review)."""
    _check_key(request, credentials)


def read_access(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
    """Dependency of read endpoints: open unless STDCOMPARE_READ_REQUIRES_KEY is set."""
    if request.app.state.settings.read_requires_key:
        _check_key(request, credentials)


class BodyLimit:
    """ASGI middleware refusing bodies over the limit: uploads (multipart) get `max_upload` bytes, other
    bodies `max_body`. A declared Content-Length is checked before anything is read; a body sent without
    one (chunked) is read here up to the limit, so a client cannot get round the limit by chunking."""

    def __init__(self, app, *, max_body: int, max_upload: int) -> None:
        self.app = app
        self.max_body = max_body
        self.max_upload = max_upload

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        multipart = headers.get(b"content-type", b"").lower().startswith(b"multipart/")
        limit = self.max_upload if multipart else self.max_body
        what = "upload" if multipart else "request body"
        message = (f"the {what} is larger than the limit of {limit / MB:.3g} MB; "
                   + ("split the list into smaller files" if multipart else "send fewer or shorter clauses"))
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit():
            if int(declared) > limit:
                return await _send_413(send, message)
            return await self.app(scope, receive, send)
        # No declared length (chunked): read the body here, up to the limit, then hand it on as it came.
        events, seen = [], 0
        while True:
            event = await receive()
            events.append(event)
            if event["type"] != "http.request":
                break
            seen += len(event.get("body", b""))
            if seen > limit:
                return await _send_413(send, message)
            if not event.get("more_body", False):
                break

        async def replay():
            return events.pop(0) if events else await receive()

        return await self.app(scope, replay, send)


async def _send_413(send, message: str) -> None:
    body = json.dumps(error_body("too_large", message)).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
