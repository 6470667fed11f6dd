"""The `stdcompare` command line. Each command reads options, calls `compare`, and prints; errors become one
line on stderr and a non-zero exit."""

from __future__ import annotations

import contextlib
import functools
import json
from dataclasses import replace
import sys
import time
from pathlib import Path
from typing import Optional

import typer

from api.cli.render import table
from api.settings import get_settings
from compare.core.errors import StdcompareError
from compare.store.ingest import prepare_records
from compare.indicators.verdicts import compare_clauses, comparison_function
from compare.indicators.extract import describe
from compare.core.concurrency import prefetch
from compare.matching.lists import attach_comparisons, match_rows, search_text
from compare.matching.ranking import Ranking
from compare.io.readers import open_table
from compare.indicators.rollup import roll_up_matches
from compare.store.store import Store
from compare.io.workbook import WorkbookInfo
from compare.io.writers import check_output_path, result_to_dict, write_matches
from embeddings import EncoderError, IndexError_, available_models, load_encoder
from embeddings.index import set_search_threads
from embeddings.process import EncoderProcess

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_show_locals=False,
    no_args_is_help=True,
    help="stdcompare: match Chinese standard clauses with their international counterparts (and back), "
         "offline.",
)

EXIT_USER_ERROR = 2

StoreOpt = typer.Option(None, "--store", help="store directory [env STDCOMPARE_STORE; default "
                                              "~/.local/share/stdcompare/store]", show_default=False)
ModelOpt = typer.Option(None, "--model", help="encoder: 'default' (USE multilingual v3) or a local "
                                              "sentence-transformers model directory [env STDCOMPARE_MODEL]",
                        show_default=False)
SheetOpt = typer.Option(None, "--sheet", help="sheet name (xlsx); default: the first sheet with a text column")
TextColOpt = typer.Option(None, "--text-column", help="header of the clause text column")
StdColOpt = typer.Option(None, "--standard-column", help="header of the standard number column")
ClauseColOpt = typer.Option(None, "--clause-column", help="header of the clause number column")
RankingOpt = typer.Option("margin", "--ranking", help="margin (default: cosine corrected for crowded "
                                                     "neighbourhoods) or cosine (raw similarity)")


def friendly_errors(fn):
    """Turn the errors a user can fix into one line on stderr and exit code 2."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (StdcompareError, EncoderError, IndexError_) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(EXIT_USER_ERROR) from None
        except KeyboardInterrupt:
            typer.echo("interrupted: nothing was written; the store is as it was", err=True)
            raise typer.Exit(130) from None

    return wrapper


def _progress(total: int | None, unit: str, desc: str):
    from tqdm import tqdm

    # Shown on a terminal only; logs and pipes stay clean.
    return tqdm(total=total, unit=f" {unit}", desc=desc, file=sys.stderr, disable=None, dynamic_ncols=True,
                smoothing=0.1)


def _encoder(model: Optional[str]):
    settings = get_settings()
    return load_encoder(model or settings.model, threads=settings.threads)


# Lists at least this long are encoded in a child process, beside the searching and writing (see
# embeddings/process.py); for shorter ones starting a process costs more than it saves.
LONG_LIST = 2000


@contextlib.contextmanager
def _list_encoder(model: Optional[str], rows: Optional[int]):
    """The encoder for matching a list of about `rows` rows."""
    settings = get_settings()
    if rows is not None and rows < LONG_LIST or not settings.encoder_process:
        yield _encoder(model)
        return
    # One thread each for the encoder (in its own process) and for FAISS: measured faster on two cores than
    # letting both spread over all of them (README, "Benchmarks").
    set_search_threads(1)
    try:
        with EncoderProcess(model or settings.model, threads=1) as encoder:
            yield encoder
    finally:
        set_search_threads(None)


def _store_path(store: Optional[Path]) -> Path:
    return store or get_settings().store


def _columns(text: Optional[str], standard: Optional[str], clause: Optional[str]) -> dict[str, str]:
    return {k: v for k, v in {"text": text, "standard": standard, "clause": clause}.items() if v}


@app.command()
@friendly_errors
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
) -> None:
    """Add (or replace) clauses in the store. All or nothing: an error or Ctrl-C leaves the store as it was."""
    if side is not None and side not in ("domestic", "international"):
        raise StdcompareError(f"--side must be domestic or international, not '{side}'")
    table_ = open_table(file, sheet=sheet, columns=_columns(text_column, standard_column, clause_column),
                        max_rows=get_settings().max_ingest_rows)
    prepared = prepare_records(table_.rows(), side=side, standard=standard, skip_invalid=skip_invalid)
    for warning in prepared.warnings:
        typer.echo(f"warning: {warning}", err=True)
    path = _store_path(store)
    db = Store.open(path, create=True, index_backend=get_settings().index_backend)
    with db:
        encoder = _encoder(model)
        db.check_encoder(encoder)
        started = time.perf_counter()
        with _progress(len(prepared.records), "clauses", "encoding") as bar:
            report = db.ingest(prepared.records, encoder, progress=bar.update)
        seconds = time.perf_counter() - started
    typer.echo(f"ingested {len(prepared.records)} clauses of {report.standards} standard(s) from {file.name} "
               f"into {path}: {report.added} added, {report.replaced} replaced "
               f"({len(prepared.records) / max(seconds, 1e-9):.0f} clauses/s); store now holds "
               f"{report.sides['domestic']} domestic and {report.sides['international']} international clauses")


@app.command()
@friendly_errors
def match(
    file: Path = typer.Argument(..., help="the list to match: .csv, .xlsx or .jsonl with a clause text column "
                                          "(or standard titles)"),
    output: Path = typer.Option(..., "--output", "-o", help="results file: .jsonl, .csv or .xlsx (the review "
                                                            "workbook)"),
    store: Optional[Path] = StoreOpt,
    model: Optional[str] = ModelOpt,
    top_k: Optional[int] = typer.Option(None, "--top-k", min=1, max=100, help="counterparts per row [default 5]"),
    side: Optional[str] = typer.Option(None, "--side", help="side to search; default: the opposite of each "
                                                             "row's language"),
    against: str = typer.Option("clauses", "--against", help="clauses: the best clauses; standards: the best "
                                                             "standards (one clause each), for lists of whole "
                                                             "standards"),
    threshold: Optional[float] = typer.Option(None, "--threshold", min=0, max=100,
                                              help="xlsx: rows whose best score is below this are marked 'no "
                                                   "counterpart found' [default 50, env STDCOMPARE_THRESHOLD]"),
    max_rows: Optional[int] = typer.Option(None, "--max-rows", min=1, help="refuse lists longer than this "
                                                                          "[default 100000]"),
    sheet: Optional[str] = SheetOpt,
    text_column: Optional[str] = TextColOpt,
    standard_column: Optional[str] = StdColOpt,
    clause_column: Optional[str] = ClauseColOpt,
    show: int = typer.Option(10, "--show", help="rows to print as a table (0: none)"),
    indicators: bool = typer.Option(True, "--indicators/--no-indicators",
                                    help="compare the key technical indicators of each match (verdicts)"),
    ranking: str = RankingOpt,
    one_to_one: bool = typer.Option(True, "--one-to-one/--no-one-to-one",
                                    help="give each counterpart to at most one row of the list first "
                                         "(1:1 assignment, up to 1000 rows at a time); the other candidates "
                                         "stay listed"),
) -> None:
    """Find the counterparts of every row of FILE and write them to --output, one result per input row, in order.

    With an .xlsx output you get the review workbook: Matches (with a Review drop-down), Candidates,
    Indicators and Summary sheets. Read the reviewed workbook back with `stdcompare review`.
    """
    check_output_path(output)
    if against not in ("clauses", "standards"):
        raise StdcompareError(f"--against must be clauses or standards, not '{against}'")
    settings = get_settings()
    table_ = open_table(file, sheet=sheet, columns=_columns(text_column, standard_column, clause_column),
                        max_rows=max_rows or settings.max_rows)
    store_path = _store_path(store)
    with Store.open(store_path, index_backend=settings.index_backend) as db, \
            _list_encoder(model, table_.total_hint) as encoder:
        db.warm()  # load the vector indexes while the encoder loads its model
        db.check_encoder(encoder)
        shown: list = []
        compared: list = []
        started = time.perf_counter()
        with _progress(table_.total_hint, "rows", "matching") as bar:
            def on_row(result):
                bar.update(1)
                if len(shown) < show:
                    shown.append(result)
                if indicators and result.matches:
                    # Only the best match counts in the roll-up; keep no more than that.
                    compared.append(replace(result, matches=result.matches[:1]))

            results = match_rows(table_.rows(), db, encoder, top_k=top_k or settings.top_k, target_side=side,
                                 against=against, ranking=Ranking(method=ranking, one_to_one=one_to_one))
            if indicators:
                # a workbook judges each row against its best match only; JSONL and CSV carry every match
                results = attach_comparisons(prefetch(results), encoder,
                                             first=1 if output.suffix.lower() == ".xlsx" else None)
            results = prefetch(results)  # match the next rows while this thread writes the file
            info = WorkbookInfo(store=str(store_path), model=encoder.name, source=file.name,
                                threshold=settings.threshold if threshold is None else threshold)
            count = write_matches(results, output, headers=table_.headers, on_row=on_row, workbook_info=info,
                                  compare=comparison_function(encoder) if indicators else None, verdicts=indicators)
        seconds = time.perf_counter() - started
    if shown:
        typer.echo(_results_table(shown))
    if compared and show:
        typer.echo(_rollup_table(roll_up_matches(compared)[:show]))
    where = f" (sheet '{table_.sheet}')" if table_.sheet else ""
    typer.echo(f"matched {count} rows of {file.name}{where} in {seconds:.2f} s "
               f"({count / max(seconds, 1e-9):.0f} rows/s); results written to {output}")


def _rollup_table(rollups) -> str:
    rows = [[r.domestic, r.international, r.clauses, r.indicators,
             *(f"{100 * r.share(v):.0f}" for v in ("consistent", "stricter", "looser", "different", "missing")),
             r.degree] for r in rollups]
    return "\nstandard-level roll-up (best matches; % of indicators):\n" + table(
        ["domestic", "international", "clauses", "indicators", "consistent", "stricter", "looser", "different",
         "missing", "degree"], rows, [20, 24, 7, 10, 10, 8, 6, 9, 7, 6])


@app.command("compare")
@friendly_errors
def compare_command(
    domestic: str = typer.Option(..., "--domestic", help="the domestic (Chinese) clause text"),
    international: str = typer.Option(..., "--international", help="the international clause text"),
    model: Optional[str] = ModelOpt,
    as_json: bool = typer.Option(False, "--json", help="print JSON: overall verdict, score, indicators"),
) -> None:
    """Compare the key technical indicators of a domestic clause with its international counterpart."""
    if not domestic.strip() and not international.strip():
        raise StdcompareError("both clauses are empty: give the texts with --domestic and --international")
    result = compare_clauses(domestic, international, encoder=_encoder(model))
    if as_json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    rows = [[p.parameter, describe(p.domestic) if p.domestic else "-",
             describe(p.international) if p.international else "-", p.verdict, p.reason]
            for p in result.pairs]
    if rows:
        typer.echo(table(["parameter", "domestic", "international", "verdict", "reason"], rows,
                         [24, 28, 28, 21, 40]))
    else:
        typer.echo("no key technical indicators found in either clause")
    for note in result.notes:
        typer.echo(f"note: {note}")
    typer.echo(f"overall: {result.overall} (consistency {result.score:.1f}/100)")


@app.command()
@friendly_errors
def review(
    workbook: Path = typer.Argument(..., help="a result workbook written by `match --output X.xlsx`, with the "
                                              "Review column filled in (确认 / 驳回 / 待定)"),
    store: Optional[Path] = StoreOpt,
) -> None:
    """Store the reviewer's decisions: confirmed pairs rank first in later matches, rejected ones are left out."""
    from compare.io.review import apply_review

    with Store.open(_store_path(store), index_backend=get_settings().index_backend) as db:
        report = apply_review(workbook, db)
    for problem in report.problems:
        typer.echo(f"warning: {problem}", err=True)
    typer.echo(f"{workbook.name}: {report.confirmed} confirmed, {report.rejected} rejected, {report.pending} "
               f"pending; decisions stored in {db.path}")


def _results_table(results) -> str:
    rows = []
    for r in results:
        best = r.matches[0] if r.matches else None
        verdict = best.comparison.overall if best and best.comparison is not None else "-"
        rows.append([r.row.row, f"{r.row.standard} {r.row.clause}".strip(), r.row.text,
                     f"{best.clause.standard} {best.clause.clause}" if best else "-",
                     f"{best.score:.1f}" if best else "-", verdict])
    return table(["row", "query", "text", "best counterpart", "score", "verdict"], rows,
                 [4, 22, 36, 30, 6, 21])


@app.command()
@friendly_errors
def search(
    text: str = typer.Argument(..., help="a clause, in Chinese or English"),
    store: Optional[Path] = StoreOpt,
    model: Optional[str] = ModelOpt,
    top_k: Optional[int] = typer.Option(None, "--top-k", min=1, max=100, help="counterparts to show [default 5]"),
    side: Optional[str] = typer.Option(None, "--side", help="side to search; default: the opposite of the "
                                                             "text's language"),
    as_json: bool = typer.Option(False, "--json", help="print JSON (same shape as a `match` JSONL line)"),
    ranking: str = RankingOpt,
) -> None:
    """Find the counterparts of one clause."""
    if not text.strip():
        raise StdcompareError("the text to search is empty")
    settings = get_settings()
    with Store.open(_store_path(store), index_backend=settings.index_backend) as db:
        encoder = _encoder(model)
        result = search_text(text, db, encoder, top_k=top_k or settings.top_k, side=side,
                             ranking=Ranking(method=ranking))
    if as_json:
        typer.echo(json.dumps(result_to_dict(result), ensure_ascii=False, indent=2))
        return
    rows = [[i, f"{c.score:.1f}", f"{c.clause.standard} {c.clause.clause}", c.clause.text]
            for i, c in enumerate(result.matches, start=1)]
    typer.echo(f"{result.target_side} counterparts of: {text}")
    typer.echo(table(["#", "score", "clause", "text"], rows, [3, 6, 30, 80]) if rows else "(the store has no "
               f"{result.target_side} clauses)")


@app.command()
@friendly_errors
def align(
    domestic: str = typer.Argument(..., help="the domestic standard: a .csv/.xlsx/.jsonl file of its clauses in "
                                             "document order, or its number in the store"),
    international: str = typer.Argument(..., help="the international standard: a file or a stored number"),
    output: Path = typer.Option(..., "--output", "-o", help="results file: .jsonl, .csv or .xlsx"),
    store: Optional[Path] = StoreOpt,
    model: Optional[str] = ModelOpt,
    order: str = typer.Option("auto", "--order", help="auto: follow the document order when the two standards "
                                                      "follow each other (an IDT adoption), else a global 1:1 "
                                                      "assignment; keep; ignore"),
    show: int = typer.Option(10, "--show", help="rows to print as a table (0: none)"),
    indicators: bool = typer.Option(True, "--indicators/--no-indicators",
                                    help="compare the key technical indicators of each aligned pair and print "
                                         "the standard-level roll-up"),
) -> None:
    """Align two standards clause by clause (1:1, 1:2, 2:1); one result per domestic clause, in the shape of
    `match`; an unaligned clause has no matches."""
    from compare.matching.align import ORDERS, AlignOptions, align_documents, alignment_results
    from compare.matching.align_inputs import load_document

    if order not in ORDERS:
        raise StdcompareError(f"--order must be one of {', '.join(ORDERS)}, not '{order}'")
    check_output_path(output)
    path = _store_path(store)
    needs_store = not (Path(domestic).exists() and Path(international).exists())
    db = Store.open(path, index_backend=get_settings().index_backend) if needs_store else None
    try:
        encoder = _encoder(model)
        if db is not None:
            db.check_encoder(encoder)
        dom = load_document(domestic, "domestic", encoder, db)
        intl = load_document(international, "international", encoder, db)
    finally:
        if db is not None:
            db.close()
    alignment = align_documents(dom, intl, encoder, AlignOptions(order=order))
    results = alignment_results(dom, intl, alignment)
    if indicators:
        results = list(attach_comparisons(results, encoder))
    count = write_matches(results, output, compare=comparison_function(encoder) if indicators else None,
                          verdicts=indicators)
    if show:
        typer.echo(_results_table(results[:show]))
        if indicators:
            typer.echo(_rollup_table(roll_up_matches(results)[:show]))
    aligned = sum(1 for r in results if r.matches)
    typer.echo(f"aligned {aligned} of {count} domestic clauses with {len(intl.clauses)} international ones "
               f"({'in document order' if alignment.ordered else 'global 1:1 assignment'}); "
               f"results written to {output}")


@app.command()
@friendly_errors
def models(
    models_dir: Optional[Path] = typer.Option(None, "--models-dir", help="a folder of model directories to list "
                                                                        "[env STDCOMPARE_MODELS_DIR]"),
) -> None:
    """List the encoders available offline."""
    folder = models_dir or get_settings().models_dir
    found = available_models([folder] if folder else None)
    rows = [[m["name"] + (" (default)" if m.get("default") else ""), m.get("dimension") or "?", m["backend"],
             m.get("path") or "bundled"] for m in found]
    typer.echo(table(["model", "dim", "backend", "use with --model"], rows, [34, 5, 22, 100]))


@app.command()
@friendly_errors
def info(store: Optional[Path] = StoreOpt) -> None:
    """Show what a store holds."""
    with Store.open(_store_path(store), index_backend=get_settings().index_backend) as db:
        typer.echo(json.dumps(db.stats(), ensure_ascii=False, indent=2))


# Registered here so the adoption command shares the error handling of the others.
from api.cli.adoption import adoption_command  # noqa: E402

app.command("adoption")(friendly_errors(adoption_command))
from api.cli.documents import outline_command  # noqa: E402

app.command("outline")(friendly_errors(outline_command))

from api.cli.serve import export_tmx, serve  # noqa: E402  (kept in their own module)

app.command("serve")(friendly_errors(serve))
app.command("export-tmx")(friendly_errors(export_tmx))
from api.cli.report import report_command  # noqa: E402
app.command("report")(friendly_errors(report_command))
from api.cli.terms import terms_app  # noqa: E402
app.add_typer(terms_app(friendly_errors), name="terms")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
