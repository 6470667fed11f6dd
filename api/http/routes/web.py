"""The web page: plain HTML, CSS and JavaScript files served as they are (no build step)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, RedirectResponse

from api.http.errors import ApiError
from api.http.routes.docs import CSP

WEB = Path(__file__).resolve().parents[1] / "web"
ASSETS = {"app.js": "text/javascript", "style.css": "text/css"}

router = APIRouter(include_in_schema=False)


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/ui/")


@router.get("/ui/")
def page() -> FileResponse:
    # the page loads nothing from another host, and a browser would refuse if a change ever tried
    return FileResponse(WEB / "index.html", media_type="text/html", headers={"Content-Security-Policy": CSP})


@router.get("/ui/{name}")
def asset(name: str) -> FileResponse:
    if name not in ASSETS:
        raise ApiError(404, f"no such file: /ui/{name}")
    return FileResponse(WEB / name, media_type=ASSETS[name])
