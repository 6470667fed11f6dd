"""`stdcompare outline FILE`: a standards document (PDF, scanned PDF, image, DOCX, STS XML) as its clause tree,
printed for checking (numbers, titles, pages, OCR confidence) and written as a clause table to correct and ingest.
"""

from __future__ import annotations

import contextlib
import csv
import json
from pathlib import Path
from typing import Optional

import typer

from api.cli.app import RayOpt, RayWorkersOpt, ocr_on, ray_cluster
from compare.core.errors import InputFileError, StdcompareError

OCR_MODES = ("auto", "always", "never")


def outline_command(
    file: Path = typer.Argument(..., help="the standard: .pdf (text or scanned), .docx, ISO/NISO STS .xml, or a "
                                          "page image (.png, .jpg, .tif)"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="write the clauses as a table: .csv or "
                                                                        ".jsonl (columns standard, title, clause, "
                                                                        "heading, text, kind, level, page ...)"),
    ocr: str = typer.Option("auto", "--ocr", help="auto: OCR pages without usable text; always; never"),
    text_width: int = typer.Option(60, "--text-width", min=0, help="characters of clause text shown per line "
                                                                  "(0: none)"),
    ray: Optional[str] = RayOpt,
    ray_workers: Optional[int] = RayWorkersOpt,
) -> None:
    """Read a standards document into its clause tree and print it, as a new user would check it."""
    from compare.documents import clause_rows, read_document

    if ocr not in OCR_MODES:
        raise StdcompareError(f"--ocr must be one of {', '.join(OCR_MODES)}, not '{ocr}'")
    if output is not None and output.suffix.lower() not in (".csv", ".jsonl"):
        raise InputFileError(f"--output must end in .csv or .jsonl, not '{output.suffix or output.name}'")
    cluster = ray_cluster(ray, ray_workers)
    with cluster or contextlib.nullcontext():
        document = read_document(file, ocr=ocr, progress=_progress(file), map_pages=ocr_on(cluster))
    info = document.info
    typer.echo(f"{info.number or '(number not found)'}  {info.title}")
    if info.title_en and info.title_en != info.title:
        typer.echo(f"    {info.title_en}")
    if info.adoption is not None:
        typer.echo(f"adopts {info.adoption.reference} ({info.adoption.degree}): {info.adoption.sentence}")
    typer.echo(document.summary())
    for node in document.nodes:
        indent = "  " * max(0, node.level - 1)
        where = f"p.{node.page}" if node.page else ""
        if node.confidence is not None:
            where += f" ocr {node.confidence:.0f}"
        label = f"{node.number} {node.title}".strip() or node.kind
        shown = node.text.replace("\n", " ¶ ")  # a paragraph break, on the one line a unit has here
        text = shown[:text_width] + ("…" if len(shown) > text_width else "") if text_width and shown else ""
        typer.echo(f"{where:>12}  {indent}{label}" + (f"  | {text}" if text else ""))
    if output is not None:
        count = _write(output, list(clause_rows(document)))
        typer.echo(f"{count} clauses written to {output}; correct them if needed and `stdcompare ingest {output}`")


def echo_reading(name: str, document) -> None:
    """Say how a standards document given to ingest, match or align was read (the summary `outline` prints:
    pages OCR'd, engine, mean confidence, pages skipped and why); nothing for a table of clauses."""
    if document is not None:
        typer.echo(f"read {name}: {document.summary()}")


def echo_editions(*sides) -> None:
    """Say which stored edition a standard number given without its year was taken as ('GB 2762' ->
    'GB 2762-2022'), for each (what the user gave, Document) of an alignment."""
    from compare.matching.align_inputs import edition_note

    for spec, document in sides:
        note = edition_note(spec, document)
        if note:
            typer.echo(note)


def _progress(file: Path):
    """A progress line on stderr for long (OCR) documents."""
    def report(done: int, total: int) -> None:
        if total >= 20 and (done == total or done % 10 == 0):
            typer.echo(f"  read {done}/{total} pages of {file.name}", err=True)
    return report


def _write(path: Path, rows: list[dict]) -> int:
    """Write the clause table atomically (a temporary file renamed into place)."""
    from compare.documents import CLAUSE_COLUMNS
    from compare.core.files import atomic_path

    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8-sig" if path.suffix.lower() == ".csv" else "utf-8",
                                            newline="") as fh:
        if path.suffix.lower() == ".csv":
            writer = csv.DictWriter(fh, fieldnames=list(CLAUSE_COLUMNS))
            writer.writeheader()
            writer.writerows(rows)
        else:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)
