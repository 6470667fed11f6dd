"""API documentation pages (/docs: Swagger UI, /redoc: ReDoc) whose scripts and styles the app serves itself,
from the files the fastapi-offline package ships: the pages work with no internet access."""

from __future__ import annotations

from pathlib import Path

import fastapi_offline
from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse

from api.http.errors import ApiError

STATIC = Path(fastapi_offline.__file__).resolve().parent / "static"
ASSETS = {"swagger-ui-bundle.js": "text/javascript", "swagger-ui.css": "text/css",
          "redoc.standalone.js": "text/javascript", "favicon.png": "image/png"}
PREFIX = "/docs-assets"

router = APIRouter(include_in_schema=False)


@router.get("/docs")
def swagger_ui(request: Request) -> HTMLResponse:
    app = request.app
    # validatorUrl None: Swagger UI would otherwise send the schema to an online validator for its badge
    return get_swagger_ui_html(openapi_url=app.openapi_url, title=f"{app.title} API",
                               swagger_js_url=f"{PREFIX}/swagger-ui-bundle.js",
                               swagger_css_url=f"{PREFIX}/swagger-ui.css",
                               swagger_favicon_url=f"{PREFIX}/favicon.png",
                               swagger_ui_parameters={"validatorUrl": None, "persistAuthorization": True})


@router.get("/redoc")
def redoc(request: Request) -> HTMLResponse:
    app = request.app
    return get_redoc_html(openapi_url=app.openapi_url, title=f"{app.title} API",
                          redoc_js_url=f"{PREFIX}/redoc.standalone.js", redoc_favicon_url=f"{PREFIX}/favicon.png",
                          with_google_fonts=False)


@router.get(PREFIX + "/{name}")
def asset(name: str) -> FileResponse:
    if name not in ASSETS:
        raise ApiError(404, f"no such file: {PREFIX}/{name}")
    return FileResponse(STATIC / name, media_type=ASSETS[name], headers={"Cache-Control": "public, max-age=86400"})
