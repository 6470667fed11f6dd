"""Commands that fill and describe the store: `ingest`, `info`, `review`, and `models` (the encoders a store can
be built with)."""

from __future__ import annotations

import contextlib
import json
import time
from pathlib import Path
from typing import Optional

import typer

from api.cli import early
from api.cli.app import (ClauseColOpt, ModelOpt, RayOpt, RayWorkersOpt, SheetOpt, StdColOpt, StoreOpt, TextColOpt,
                         columns, command, ocr_on, progress, ray_cluster, settings, store_path)
from api.cli.documents import echo_reading
from api.cli.render import table
from compare import Store, apply_review, ingest_clauses, ingest_encoder, open_table, prepare_records
from compare.core.distributed import EncoderPool, HeadStart, Loading, Starting
from compare.core.errors import StdcompareError
from compare.core.vocabulary import Side
from embeddings import available_models


@command()
def ingest(
    file: Path = typer.Argument(..., help="clauses to add: .csv, .xlsx or .jsonl with standard, clause, text "
                                          "columns (Chinese headers work: 标准号, 条款号, 条款内容)"),
    side: Optional[str] = typer.Option(None, "--side", help="domestic or international; default: from the "
                                                             "text's language (Chinese = domestic)"),
    standard: Optional[str] = typer.Option(None, "--standard", help="standard number for every row, when the "
                                                                   "file has no standard column"),
    store: Optional[Path] = StoreOpt,
    model: Optional[str] = ModelOpt,
    sheet: Optional[str] = SheetOpt,
    text_column: Optional[str] = TextColOpt,
    standard_column: Optional[str] = StdColOpt,
    clause_column: Optional[str] = ClauseColOpt,
    skip_invalid: bool = typer.Option(False, "--skip-invalid", help="leave out rows with empty text, no "
                                                                   "standard, or conflicting duplicates"),
    ray: Optional[str] = RayOpt,
    ray_workers: Optional[int] = RayWorkersOpt,
) -> None:
    """Add (or replace) clauses in the store. All or nothing: an error or Ctrl-C leaves the store as it was."""
    if side is not None and side not in tuple(Side):
        raise StdcompareError(f"--side must be domestic or international, not '{side}'")
    current = settings()
    # Ray's start and the encoder's load begun before the command line's imports, for this Ray and encoder
    begun = early.take(ray or current.ray_address, ray_workers or current.ray_workers, model or current.model)
    cluster = begun.starting.cluster if begun is not None else \
        ray_cluster(ray, ray_workers)  # before reading: Ray asked for but not installed stops here
    path = store_path(store)
    with contextlib.ExitStack() as stack:
        starting = local = None
        if begun is not None:
            local, starting = begun.loading, stack.enter_context(begun.starting)
        elif cluster is not None:
            # while this process reads the file, it loads the encoder (in a thread) and Ray starts (in another);
            # the workers then get that encoder through Ray's object store (the default one; others they load)
            local = Loading(model or current.model)
            # (each worker takes batches as soon as it is ready, beside this process, not once all are)
            starting = stack.enter_context(Starting(cluster, lambda on, loading=local: EncoderPool(
                on, model or current.model, local=loading.result(), wait=False)))
        if local is not None:
            # the file is read once the encoder is loaded, not beside its load: both hold this process's
            # interpreter lock, so beside each other both ended late (at 100,000 clauses the load ended with
            # the reading) and the workers, which wait for that encoder, became ready seconds after the reading
            # ended, the command encoding alone meanwhile; now they get it while the file is read
            local.result()
        listing = open_table(file, sheet=sheet, columns=columns(text_column, standard_column, clause_column),
                             max_rows=current.max_ingest_rows, map_pages=ocr_on(starting))
        echo_reading(file.name, listing.document)
        prepared = prepare_records(listing.rows(), side=side, standard=standard, skip_invalid=skip_invalid)
        for warning in prepared.warnings:
            typer.echo(f"warning: {warning}", err=True)
        if starting is not None:
            # until the Ray workers are ready this process encodes the first batches itself. It writes every
            # vector, in one transaction, each batch as it comes back, and lets Ray shut down once the last is back
            encoder = HeadStart(starting, model or current.model, local=local)
            local = None  # its memory goes once the head start and the workers have it
            encoder.finished = starting.release
            typer.echo(f"encoding on {cluster.describe()}" + ("; this process encodes the first batches while "
                       "they start" if encoder.encodes_here else ""), err=True)
        db = stack.enter_context(Store.open(path, create=True, **current.store_options()))
        if starting is None:
            encoder = stack.enter_context(ingest_encoder(len(prepared.records), model=model or current.model,
                                                         threads=current.threads,
                                                         separate_process=current.encoder_process))
        db.check_encoder(encoder)
        started = time.perf_counter()
        encoded_at = [started]  # when the last vectors came back: the rest is the write

        def encoded(count: int) -> None:
            bar.update(count)
            encoded_at[0] = time.perf_counter()

        with progress(len(prepared.records), "clauses", "encoding") as bar:
            report = ingest_clauses(db, prepared.records, encoder, progress=encoded)
        seconds = time.perf_counter() - started
    encoding = encoded_at[0] - started
    typer.echo(f"encoding took {encoding:.1f} s, then writing {seconds - encoding:.1f} s", err=True)
    if getattr(encoder, "here", 0):  # the CPU of that encoding apart from the command's other work
        typer.echo(f"{encoder.here} clauses encoded by this process" + (" while Ray started" if cluster else "")
                   + f" ({encoder.here_cpu:.1f} CPU-s)", err=True)
    typer.echo(f"ingested {len(prepared.records)} clauses of {report.standards} standard(s) from {file.name} "
               f"into {path}: {report.added} added, {report.replaced} replaced "
               f"({len(prepared.records) / max(seconds, 1e-9):.0f} clauses/s); store now holds "
               f"{report.sides[Side.DOMESTIC]} domestic and {report.sides[Side.INTERNATIONAL]} international clauses")


@command()
def info(store: Optional[Path] = StoreOpt) -> None:
    """Show what a store holds."""
    with Store.open(store_path(store), **settings().store_options()) as db:
        typer.echo(json.dumps(db.stats(), ensure_ascii=False, indent=2))


@command()
def review(
    workbook: Path = typer.Argument(..., help="a result workbook written by `match --output X.xlsx`, with the "
                                              "Review column filled in (确认 / 驳回 / 待定)"),
    store: Optional[Path] = StoreOpt,
) -> None:
    """Store the reviewer's decisions: confirmed pairs rank first in later matches, rejected ones are left out."""
    with Store.open(store_path(store), **settings().store_options()) as db:
        report = apply_review(workbook, db)
    for problem in report.problems:
        typer.echo(f"warning: {problem}", err=True)
    typer.echo(f"{workbook.name}: {report.confirmed} confirmed, {report.rejected} rejected, {report.pending} "
               f"pending; decisions stored in {db.path}")
    if not report.confirmed and not report.rejected:
        # A workbook read back before anyone reviewed it (or saved elsewhere): say what review needs.
        typer.echo("note: no row is confirmed or rejected yet: choose 确认 (confirm) or 驳回 (reject) in the "
                   "审核 / Review column of the 匹配 Matches sheet, save the workbook, and run review again",
                   err=True)


@command()
def models(
    models_dir: Optional[Path] = typer.Option(None, "--models-dir", help="a folder of model directories to list "
                                                                        "[env STDCOMPARE_MODELS_DIR]"),
) -> None:
    """List the encoders available offline."""
    folder = models_dir or settings().models_dir
    found = available_models([folder] if folder else None)
    rows = [[m["name"] + (" (default)" if m.get("default") else ""), m.get("dimension") or "?", m["backend"],
             m.get("path") or m.get("alias") or "bundled"] for m in found]
    # the last column is what a user copies into --model: never cut (a path of any length, the name beside it)
    typer.echo(table(["model", "dim", "backend", "use with --model"], rows, [48, 5, 22, 4096]))
