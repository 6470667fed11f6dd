"""Commands that hand the store to others: `serve` (the HTTP API and web page) and `export-tmx` (confirmed
pairs for CAT tools)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

from api.cli.app import command, settings
from compare.core.policy import MATCH_SCORE
from compare.core.errors import InputFileError, NotFoundError
from compare.io.pairs import TITLE_ONLY_NOTE, export_pairs
from compare.store.store import Store
from compare.io.tmx import pairs_to_tmx
from compare.core.files import atomic_path


@command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="address to listen on (0.0.0.0: every interface)"),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port"),
    store: Optional[Path] = typer.Option(None, "--store", help="store directory [env STDCOMPARE_STORE]"),
    model: Optional[str] = typer.Option(None, "--model", help="encoder [env STDCOMPARE_MODEL]"),
    workers: int = typer.Option(1, "--workers", min=1, max=32, help="server processes sharing the port, each "
                                "with its own encoder and a read of the store's index files"),
) -> None:
    """Serve the HTTP API (/v1, /docs), the web page (/ui/) and OpenRefine reconciliation (/reconcile).

    Keys: STDCOMPARE_API_KEYS=key1,key2 lists the API keys. Every write (ingest, delete, reviews) and every Excel
    job needs one, sent as 'Authorization: Bearer KEY' (the web page has a key field); with no key set, writes
    and jobs are refused. A job and its result belong to the key that uploaded it.

    Reads (search, match, statistics, TMX) are open unless STDCOMPARE_READ_REQUIRES_KEY=true; /v1/health stays
    open to probes either way. STDCOMPARE_CORS_ORIGINS lists the web origins whose pages may send a key from a
    browser (default: none). Other settings: STDCOMPARE_MAX_UPLOAD_MB (50), STDCOMPARE_MAX_ROWS (100000),
    STDCOMPARE_JOB_WORKERS (1), STDCOMPARE_JOB_RETENTION_DAYS (7), STDCOMPARE_BODY_READ_TIMEOUT_S (30).

    With --workers N, N processes answer on the port; an ingest through any of them is seen by all (each
    checks the store's generation before it searches), and Excel jobs run in the process that took them.
    """
    import uvicorn

    from api.http.app import create_app

    current = settings()
    updates = {k: v for k, v in {"store": store, "model": model}.items() if v is not None}
    current = current.model_copy(update=updates)
    # Opened once here so a wrong --store is a one-line error, not a traceback from the server's start-up.
    Store.open(current.store, create=True, **current.store_options()).close()
    typer.echo(f"stdcompare: serving store {current.store} on http://{host}:{port}/ui/ "
               f"(API docs: http://{host}:{port}/docs)", err=True)
    if workers == 1:
        uvicorn.run(create_app(current), host=host, port=port, log_level="info")
        return
    # Each worker process builds its app from the environment: hand it the options given here.
    os.environ["STDCOMPARE_STORE"] = str(Path(current.store).resolve())
    os.environ["STDCOMPARE_MODEL"] = current.model
    uvicorn.run("api.http.app:app_from_environment", factory=True, workers=workers, host=host, port=port,
                log_level="info")


@command("export-tmx")
def export_tmx(
    output: Path = typer.Option(..., "--output", "-o", help="the .tmx file to write"),
    store: Optional[Path] = typer.Option(None, "--store", help="store directory [env STDCOMPARE_STORE]"),
    top: bool = typer.Option(False, "--top", help="also export each domestic clause's best match when it has no "
                                                  "confirmed pair, marked as a counterpart (not a translation): "
                                                  "<prop type=\"x-relation\">counterpart</prop>"),
    min_score: float = typer.Option(MATCH_SCORE, "--min-score", min=0, max=100, help="minimum score of --top pairs"),
) -> None:
    """Write confirmed counterpart pairs (and with --top, best matches) as TMX 1.4 for CAT tools."""
    if output.suffix.lower() != ".tmx":
        raise InputFileError(f"the output file must end in .tmx, not '{output.suffix or output.name}'")
    current = settings()
    with Store.open(store or current.store, **current.store_options()) as db:
        pairs = export_pairs(db, top=top, min_score=min_score)
    if not pairs:
        # An empty TMX tells a CAT tool nothing: say why there is nothing, and what gives pairs.
        why = (f"no domestic clause has a match scoring {min_score:g} or more" if top else
               "no pair has been confirmed in this store yet (confirm counterparts in a result workbook's Review "
               "column and read it back with `stdcompare review RESULT.xlsx`, or on the web page), and --top "
               "(each clause's best match) was not asked for")
        raise NotFoundError(f"nothing to export to {output.name}: {why}; nothing written", option="store")
    with atomic_path(output) as tmp:
        tmp.write_bytes(pairs_to_tmx(pairs))
    typer.echo(f"wrote {len(pairs)} translation unit(s) to {output}")
    differ = sum(1 for p in pairs if p.values_differ)
    if differ:
        typer.echo(f"note: {differ} confirmed pair(s) have limits that differ (a counterpart, not a translation of its "
                   "numbers): marked <prop type=\"x-values\">differ</prop> with a note, for a CAT tool's filter",
                   err=True)
    untitled = sum(1 for p in pairs if p.note == TITLE_ONLY_NOTE)
    if untitled:
        typer.echo(f"note: {untitled} whole standard(s) were confirmed by the domestic title alone, in a review made "
                   "before the domestic number was kept: written title to title, without that number; read their "
                   "workbook back again with `stdcompare review` to add it", err=True)
