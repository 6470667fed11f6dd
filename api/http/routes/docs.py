"""API documentation pages (/docs: Swagger UI, /redoc: ReDoc) whose scripts and styles the app serves itself,
from the files the fastapi-offline package ships: the pages work with no internet access."""

from __future__ import annotations

import functools
from pathlib import Path

import fastapi_offline
from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, Response

from api.http.errors import ApiError

STATIC = Path(fastapi_offline.__file__).resolve().parent / "static"
ASSETS = {"swagger-ui-bundle.js": "text/javascript", "swagger-ui.css": "text/css",
          "redoc.standalone.js": "text/javascript", "favicon.png": "image/png"}
PREFIX = "/docs-assets"
# The browser loads nothing from another host, whatever the bundles hold (ReDoc's sidebar logo points at a CDN).
CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'")

router = APIRouter(include_in_schema=False)


@router.get("/docs")
def swagger_ui(request: Request) -> HTMLResponse:
    app = request.app
    # validatorUrl None: Swagger UI would otherwise send the schema to an online validator for its badge
    return _local_only(get_swagger_ui_html(openapi_url=app.openapi_url, title=f"{app.title} API",
                               swagger_js_url=f"{PREFIX}/swagger-ui-bundle.js",
                               swagger_css_url=f"{PREFIX}/swagger-ui.css",
                               swagger_favicon_url=f"{PREFIX}/favicon.png",
                               swagger_ui_parameters={"validatorUrl": None, "persistAuthorization": True}))


@router.get("/redoc")
def redoc(request: Request) -> HTMLResponse:
    app = request.app
    return _local_only(get_redoc_html(openapi_url=app.openapi_url, title=f"{app.title} API",
                                      redoc_js_url=f"{PREFIX}/redoc.standalone.js",
                                      redoc_favicon_url=f"{PREFIX}/favicon.png", with_google_fonts=False))


def _local_only(page: HTMLResponse) -> HTMLResponse:
    page.headers["Content-Security-Policy"] = CSP
    return page


# ReDoc's sidebar shows a logo fetched from its CDN: the served bundle points it at a file of ours instead.
REWRITES = {"redoc.standalone.js": [(b"https://cdn.redoc.ly/redoc/logo-mini.svg", PREFIX.encode() + b"/favicon.png")]}


@router.get(PREFIX + "/{name}")
def asset(name: str) -> Response:
    if name not in ASSETS:
        raise ApiError(404, f"no such file: {PREFIX}/{name}")
    headers = {"Cache-Control": "public, max-age=86400"}
    if name in REWRITES:
        return Response(_rewritten(name), media_type=ASSETS[name], headers=headers)
    return FileResponse(STATIC / name, media_type=ASSETS[name], headers=headers)


@functools.lru_cache(maxsize=None)
def _rewritten(name: str) -> bytes:
    content = (STATIC / name).read_bytes()
    for old, new in REWRITES[name]:
        content = content.replace(old, new)
    return content
