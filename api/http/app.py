"""The FastAPI app: `create_app(settings)`. The encoder and the store are opened once, at start-up."""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI

from api.http.routes import (adoption as routes_adoption, docs as routes_docs, info as routes_info,
                             jobs as routes_jobs, match as routes_match, reconcile as routes_reconcile,
                             report as routes_report, store as routes_store, web as routes_web)
from api.http.errors import install_error_handlers
from api.http.security import MB, BodyLimit, KeyAwareCORS
from api.http.services import open_services
from api.settings import Settings

DESCRIPTION = """Match Chinese standard clauses with their international counterparts (and back), compare their
key technical indicators, run Excel lists as jobs, export TMX, and reconcile from OpenRefine (/reconcile).
Errors are JSON: `{"error": {"code": "...", "message": "..."}}`. Write endpoints and the Excel jobs need
`Authorization: Bearer KEY` (STDCOMPARE_API_KEYS); a job and its result belong to the key that uploaded it.
/v1/health is open to probes. These pages (/docs, /redoc) are served by the app itself and work offline."""


def create_app(settings: Settings | None = None, *, encoder=None) -> FastAPI:
    """Build the app. `encoder` may be given (tests share one); otherwise it is loaded at start-up."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # Counted, because test harnesses may run the lifespan again inside a running one: the store and
        # encoder stay open once, and close with the last user.
        if getattr(app.state, "users", 0) == 0:
            app.state.services = open_services(settings, encoder)
        app.state.users = getattr(app.state, "users", 0) + 1
        try:
            yield
        finally:
            app.state.users -= 1
            if app.state.users == 0:
                app.state.services.close()

    app = FastAPI(title="stdcompare", version=routes_info.version(), description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)  # served by routes_docs from local files, not from a CDN
    app.state.settings = settings
    install_error_handlers(app)
    app.include_router(routes_info.probe)  # /v1/health: open whatever the read setting
    for module in (routes_info, routes_store, routes_match, routes_jobs, routes_adoption, routes_report,
                   routes_reconcile, routes_web, routes_docs):
        app.include_router(module.router)
    app.add_middleware(KeyAwareCORS, origins=settings.origin_list())
    app.add_middleware(BodyLimit, max_body=int(settings.max_body_mb * MB), max_upload=int(settings.max_upload_mb * MB),
                       read_timeout=settings.body_read_timeout_s)
    return app


def app_from_environment() -> FastAPI:
    """The app with the settings of the environment (STDCOMPARE_...): what each process of
    `stdcompare serve --workers N` builds."""
    return create_app(Settings())
