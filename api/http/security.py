"""Access and limits: API keys (for writes, for reads when asked, and as the owner of jobs), a cap on request
bodies and uploads, a read timeout on bodies, and CORS that lets only configured origins send a key."""

from __future__ import annotations

import asyncio
import hmac
import json

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from api.http.errors import ApiError, error_body

bearer = HTTPBearer(auto_error=False, description="an API key from STDCOMPARE_API_KEYS")

MB = 1024 * 1024


def _check_key(request: Request, credentials: HTTPAuthorizationCredentials | None) -> str:
    """The key sent, once it is known to be one of the server's; refused otherwise."""
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
    return credentials.credentials


async def require_write_key(request: Request,
                            credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
    """Dependency of every endpoint that changes the store (ingest, delete, review)."""
    _check_key(request, credentials)


async def key_owner(request: Request,
                    credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> str:
    """Dependency of the job endpoints: a key is needed whatever the read setting, because a job and its result
    belong to the key that uploaded them. Returns that owner (a hash of the key)."""
    from api.jobs.table import owner_of

    return owner_of(_check_key(request, credentials))


async def read_access(request: Request,
                      credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
    """Dependency of read endpoints: open unless STDCOMPARE_READ_REQUIRES_KEY is set."""
    if request.app.state.settings.read_requires_key:
        _check_key(request, credentials)


class BodyLimit:
    """ASGI middleware refusing bodies over the limit: uploads (multipart) get `max_upload` bytes, other
    bodies `max_body`. A declared Content-Length is checked before anything is read; a body sent without
    one (chunked) is read here up to the limit, so a client cannot get round the limit by chunking."""

    def __init__(self, app, *, max_body: int, max_upload: int, read_timeout: float = 30.0) -> None:
        self.app = app
        self.max_body = max_body
        self.max_upload = max_upload
        self.read_timeout = read_timeout

    async def _with_read_timeout(self, scope, receive, send):
        """Run the app with a receive that gives up when the client sends nothing for `read_timeout` seconds
        before its body is complete (a body shorter than its declared length would otherwise hold the
        connection for ever): the client gets 408 and the connection is closed."""
        state = {"complete": False, "timed_out": False, "started": False}

        async def timed_receive():
            if state["complete"]:
                return await receive()  # after the body: waiting for a disconnect is not a stalled body
            try:
                event = await asyncio.wait_for(receive(), self.read_timeout)
            except asyncio.TimeoutError:
                state["timed_out"] = True
                if not state["started"]:
                    state["started"] = True
                    await _send_error(send, 408, "request_timeout",
                                      f"the request body did not arrive within {self.read_timeout:g} s of the "
                                      "last data; send the whole body (as long as its Content-Length says)")
                return {"type": "http.disconnect"}
            if event["type"] != "http.request" or not event.get("more_body", False):
                state["complete"] = True
            return event

        async def guarded_send(message):
            if state["timed_out"]:
                return  # the 408 has been sent; what the app says after the disconnect goes nowhere
            if message["type"] == "http.response.start":
                state["started"] = True
            await send(message)

        try:
            return await self.app(scope, timed_receive, guarded_send)
        except Exception:
            if state["timed_out"]:
                return None  # the app's reaction to the disconnect we made up
            raise

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
            if int(declared) == 0:
                return await self.app(scope, receive, send)
            return await self._with_read_timeout(scope, receive, send)
        # No declared length (chunked): read the body here, up to the limit, then hand it on as it came.
        events, seen = [], 0
        while True:
            try:
                event = await asyncio.wait_for(receive(), self.read_timeout)
            except asyncio.TimeoutError:
                return await _send_error(send, 408, "request_timeout",
                                         f"the request body did not arrive within {self.read_timeout:g} s of the "
                                         "last data; send the whole body")
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
    await _send_error(send, 413, "too_large", message)


async def _send_error(send, status: int, code: str, message: str) -> None:
    body = json.dumps(error_body(code, message)).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class KeyAwareCORS:
    """CORS in two tiers. Any origin may read without a key (as OpenRefine and other pages do); only the origins
    in STDCOMPARE_CORS_ORIGINS may send a key (the Authorization header), so only they can write or read behind
    a key from a browser. A browser asks before sending Authorization cross-site, and the other origins are told
    no."""

    def __init__(self, app, *, origins: list[str]) -> None:
        from starlette.middleware.cors import CORSMiddleware

        self.origins = set(origins)
        self.open = CORSMiddleware(app, allow_origins=["*"], allow_methods=["GET", "POST"],
                                   allow_headers=["Content-Type"])
        self.trusted = CORSMiddleware(app, allow_origins=sorted(self.origins), allow_methods=["GET", "POST", "DELETE"],
                                      allow_headers=["Authorization", "Content-Type"], max_age=600)

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            origin = dict(scope.get("headers", [])).get(b"origin", b"").decode("latin-1")
            if origin and origin in self.origins:
                return await self.trusted(scope, receive, send)
        return await self.open(scope, receive, send)
