"""The one place where errors become HTTP responses: `{"error": {"code": ..., "message": ...}}` with a 4xx status.

Named exceptions from `compare` (and the encoder/index errors of `embeddings`) carry messages written for
users; this module picks the status and a stable machine-readable code, and appends the HTTP API's own hint for
the setting that fixes the error (`StdcompareError.option`): a request field, or a server setting. The command
line has its own hints (api/cli/hints.py).
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from compare.core.adoption_rule import RuleError
from compare.core.errors import (
    ColumnError,
    EncoderMismatchError,
    InputFileError,
    InvalidRowsError,
    NotFoundError,
    StdcompareError,
    StoreError,
)
from embeddings import EncoderError, IndexError_

log = logging.getLogger("stdcompare.api")

# Most specific first: the first class an exception is an instance of decides.
EXCEPTION_STATUS: list[tuple[type[Exception], int, str]] = [
    (NotFoundError, 404, "not_found"),
    (EncoderMismatchError, 409, "encoder_mismatch"),
    (StoreError, 409, "store_unusable"),
    (ColumnError, 422, "column_not_found"),
    (InvalidRowsError, 422, "invalid_rows"),
    (InputFileError, 422, "invalid_file"),
    (RuleError, 422, "invalid_request"),
    (StdcompareError, 400, "bad_request"),
    (EncoderError, 409, "encoder_unavailable"),
    (IndexError_, 409, "store_unusable"),
]

SERVER_SETTING = "a server setting: ask the administrator"
RENAME_COLUMN = "the API finds these columns by their usual names: rename the column in the file"
# option -> what an API user does about it
HINTS: dict[str, str] = {
    "text_column": "name it in the 'text_column' field of a list upload, or rename the column in the file",
    "standard_column": RENAME_COLUMN,
    "clause_column": RENAME_COLUMN,
    "sheet": "name it in the 'sheet' field of a list upload",
    "standard": "use the 'standard' field",
    "side": "use the 'side' field",
    "skip_invalid": "set the 'skip_invalid' field to true",
    "domestic": "upload them as the 'international' and 'domestic' files",
    "bodies": "use the 'bodies' query parameter",
    "levels": "use the 'levels' query parameter",
    "degrees": "use the 'degrees' query parameter",
    "max_rows": SERVER_SETTING,
    "store": SERVER_SETTING,
    "model": SERVER_SETTING,
    "second_model": SERVER_SETTING,
}

HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
              405: "method_not_allowed", 409: "conflict", 413: "too_large", 415: "unsupported_media_type",
              422: "invalid_request", 429: "too_many_requests"}


class ApiError(Exception):
    """An error raised by the HTTP layer itself (auth, limits, content type), with its status and code."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or HTTP_CODES.get(status, "error")


def error_body(code: str, message: str) -> dict:
    return {"error": {"code": code, "message": message}}


def error_response(status: int, code: str, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(error_body(code, message), status_code=status, headers=headers)


def with_http_hint(exc: Exception) -> str:
    """The message of an error, with the API's hint for the setting that fixes it when there is one."""
    hint = HINTS.get(getattr(exc, "option", None) or "")
    return f"{exc} ({hint})" if hint else str(exc)


def status_for(exc: Exception) -> tuple[int, str]:
    """The HTTP status and code of a named exception."""
    for kind, status, code in EXCEPTION_STATUS:
        if isinstance(exc, kind):
            return status, code
    return 500, "internal_error"


def describe_validation(exc: RequestValidationError) -> tuple[str, str]:
    """One readable line from pydantic's list of errors, and a code (malformed_json when the body is not JSON)."""
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return "malformed_json", "the request body is not valid JSON; send a JSON object"
    parts = []
    for e in errors[:5]:
        where = ".".join(str(p) for p in e.get("loc", ()) if p not in ("body",)) or "body"
        parts.append(f"{where}: {e.get('msg', 'invalid')}")
    more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
    return "invalid_request", "; ".join(parts) + more


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers that turn every error into the shared JSON shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return error_response(exc.status, exc.code, str(exc), headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        code, message = describe_validation(exc)
        return error_response(400 if code == "malformed_json" else 422, code, message)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such endpoint: {request.url.path}; see /docs for the API"
        return error_response(exc.status_code, HTTP_CODES.get(exc.status_code, "error"), message,
                              getattr(exc, "headers", None))

    for kind, _, _ in EXCEPTION_STATUS:
        app.add_exception_handler(kind, _named)

    # Not an exception handler for Exception: Starlette re-raises after such a handler, and the server then
    # closes the keep-alive connection. This middleware answers and keeps the connection.
    app.add_middleware(UnexpectedErrors)


class UnexpectedErrors:
    """ASGI middleware: an unexpected exception becomes a JSON 500 that leaves the connection open."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def watch(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception as exc:
            if started:
                raise
            log.exception("unexpected error on %s %s", scope.get("method"), scope.get("path"))
            response = error_response(500, "internal_error", f"internal error ({type(exc).__name__}); the server "
                                      "is still running; please report this with the request that caused it")
            await response(scope, receive, send)


async def _named(request: Request, exc: Exception):
    status, code = status_for(exc)
    return error_response(status, code, without_server_paths(request, with_http_hint(exc)))


SERVER_STORE = "the server's store"


def without_server_paths(request: Request, message: str) -> str:
    """The message with the store's path on the server replaced by words: a response never says where the
    server keeps its files (messages written for the command line name the store's folder)."""
    services = getattr(request.app.state, "services", None)
    store = getattr(getattr(services, "store", None), "path", None)
    if store is None:
        return message
    for path in sorted({str(store), str(store.resolve())}, key=len, reverse=True):
        message = message.replace(path, SERVER_STORE)
    return message
