"""Commands that find and judge counterparts: `match` (a whole list, through compare.workflows), `search` (one
clause), `compare` (the indicators of two clauses) and `align` (two standards clause by clause)."""

from __future__ import annotations

import contextlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Optional

import typer

from api.cli.app import (ClauseColOpt, ModelOpt, RankingOpt, RayOpt, RayWorkersOpt, SecondModelOpt, SheetOpt,
                         StdColOpt, StoreOpt, TextColOpt, columns, command, load_model, progress, ray_cluster,
                         settings, store_path)
from api.cli.documents import echo_editions, echo_reading
from api.cli.render import table
from compare import (ListOptions, Ranking, Store, alignment_encoder, check_output_path, compare_clauses, list_encoder,
                     match_list, open_table, result_to_dict, roll_up_matches, search_text, write_matches)
from compare.adoption.catalogue import read_adoption_catalogue
from compare.core.errors import StdcompareError
from compare.core.vocabulary import NO_VERDICT, Against, Side


@command()
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
    against: str = typer.Option(Against.CLAUSES, "--against", help="clauses: the best clauses; standards: the "
                                                                   "best standards, one clause each (a list of "
                                                                   "whole standards is matched on titles either "
                                                                   "way)"),
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
    second_model: Optional[str] = SecondModelOpt,
    one_to_one: bool = typer.Option(True, "--one-to-one/--no-one-to-one",
                                    help="give each counterpart to at most one row of the list first "
                                         "(1:1 assignment, up to 1000 rows at a time); the other candidates "
                                         "stay listed"),
    ray: Optional[str] = RayOpt,
    ray_workers: Optional[int] = RayWorkersOpt,
    catalogue: Optional[Path] = typer.Option(None, "--catalogue", exists=True, dir_okay=False,
                                             help="a domestic catalogue (标准号, 标准名称, 采标情况: CSV or XLSX); "
                                                  "for a list of whole standards, the adoptions it states come "
                                                  "first, with their degree"),
) -> None:
    """Find the counterparts of every row of FILE and write them to --output, one result per input row, in order.

    With an .xlsx output you get the review workbook: Matches (with a Review drop-down), Candidates,
    Indicators and Summary sheets. Read the reviewed workbook back with `stdcompare review`.
    """
    check_output_path(output)
    current = settings()
    options = ListOptions(top_k=top_k or current.top_k, side=_side(side), against=_against(against),
                          ranking=Ranking(method=ranking, one_to_one=one_to_one,
                                          **current.ranking_options(second_model)),
                          indicators=indicators,
                          threshold=current.threshold if threshold is None else threshold)
    listing = open_table(file, sheet=sheet, columns=columns(text_column, standard_column, clause_column),
                         max_rows=max_rows or current.max_rows)
    echo_reading(file.name, listing.document)
    stated = read_adoption_catalogue(catalogue) if catalogue is not None else None
    if stated is not None and not listing.of_standards:
        typer.echo(f"note: the catalogue {catalogue.name} is not used: {file.name} is a list of clauses, matched "
                   "clause by clause; a catalogue states the adoptions of a list of whole standards (标准号 and "
                   "标准名称, no clause text)", err=True)
    shown: list = []
    judged: list = []
    cut: list = []  # rows whose cells were cut to the length cap, said after the run (not under the progress bar)

    stage = ["matching"]  # then "encoding" while the first batch is encoded, then "writing"

    def encoding(rows: int) -> None:
        # Until the first result is written (a list's first 1:1 batch comes out whole, after it is encoded), the
        # bar counts the rows encoded: most of the wait.
        if stage[0] != "writing":
            if stage[0] != "encoding":
                stage[0] = "encoding"
                bar.set_description("encoding", refresh=False)
            bar.update(rows)

    def keep(result) -> None:
        if stage[0] != "writing":
            if stage[0] == "encoding":
                bar.reset(listing.total_hint)
                bar.set_description("matching")
            stage[0] = "writing"
        bar.update(1)
        if result.row.note and len(cut) < 20:
            cut.append(result.row)
        if len(shown) < show:
            shown.append(result)
        if indicators and result.counterpart(options.threshold) is not None:
            # Only the best match counts in the roll-up, and only where the workbook names it as the row's
            # counterpart (confirmed, or at or above the threshold); keep no more than that.
            judged.append(replace(result, matches=result.matches[:1]))

    cluster = ray_cluster(ray, ray_workers)
    # on Ray the workers encode and match; this process keeps an encoder for the workbook's own checks
    with Store.open(store_path(store), **current.store_options()) as db, cluster or contextlib.nullcontext(), \
            list_encoder(listing.total_hint, model=model or current.model, threads=current.threads,
                         separate_process=current.encoder_process and cluster is None) as encoder, \
            progress(listing.total_hint, "rows", "matching") as bar:
        if cluster is not None:
            typer.echo(f"matching on {cluster.describe()}", err=True)
        run = match_list(listing, db, encoder, output, options, source=file.name, on_row=keep, cluster=cluster,
                         model=model or current.model, store_options=current.store_options(), on_encoded=encoding,
                         catalogue=stated)
    for row in cut:
        typer.echo(f"warning: row {row.row} of {file.name} (line {row.line}): {row.note}; the results carry the "
                   "cut text", err=True)
    if shown:
        typer.echo(_results_table(shown, options.threshold))
    rollups = roll_up_matches(judged)[:show] if judged and show else []
    if rollups:
        typer.echo(_rollup_table(rollups))
    if run.of_standards:
        typer.echo("\na list of whole standards (number and title, no clause text): matched on the titles of the "
                   "stored standards; titles hold no indicators (match a list of clauses to compare them)")
    where = f" (sheet '{listing.sheet}')" if listing.sheet else ""
    typer.echo(f"matched {run.rows} rows of {file.name}{where} in {run.seconds:.2f} s "
               f"({run.rows_per_second:.0f} rows/s); results written to {output}")


def _side(side: Optional[str]) -> Side | None:
    if side is None:
        return None
    if side not in tuple(Side):
        raise StdcompareError(f"--side must be domestic or international, not '{side}'")
    return Side(side)


def _against(against: str) -> Against:
    if against not in tuple(Against):
        raise StdcompareError(f"--against must be {' or '.join(Against)}, not '{against}'")
    return Against(against)


def _results_table(results, threshold: float) -> str:
    """The first rows as the workbook shows them: a row whose best candidate is under the threshold (and not
    confirmed) has no counterpart, and its candidate's verdict is not shown."""
    rows = []
    for r in results:
        best = r.matches[0] if r.matches else None
        shown = r.counterpart(threshold)
        verdict = ((shown.comparison.overall if shown.comparison.overall != NO_VERDICT else "no indicator")
                   if shown and shown.comparison is not None else
                   f"{shown.degree} (stated)" if shown and shown.stated_in else "-")
        rows.append([r.row.row, f"{r.row.standard} {r.row.clause}".strip(), r.row.text,
                     f"{shown.clause.standard} {shown.clause.clause}" if shown else "no counterpart found",
                     f"{best.score:.1f}" if best else "-", verdict])
    return table(["row", "query", "text", "best counterpart", "score", "verdict"], rows,
                 [4, 22, 36, 30, 6, 21])


def _rollup_table(rollups) -> str:
    from compare.indicators.rollup import SHARES

    rows = [[r.domestic, r.international, r.clauses, r.indicators, *(f"{100 * r.share(v):.0f}" for v in SHARES),
             r.degree] for r in rollups]
    return "\nstandard-level roll-up (best matches; % of indicators):\n" + table(
        ["domestic", "international", "clauses", "indicators", *map(str, SHARES), "degree"], rows,
        [20, 24, 7, 10, 10, 8, 6, 9, 7, 6])


@command()
def search(
    text: str = typer.Argument(..., help="a clause, in Chinese or English"),
    store: Optional[Path] = StoreOpt,
    model: Optional[str] = ModelOpt,
    top_k: Optional[int] = typer.Option(None, "--top-k", min=1, max=100, help="counterparts to show [default 5]"),
    side: Optional[str] = typer.Option(None, "--side", help="side to search; default: the opposite of the "
                                                             "text's language"),
    as_json: bool = typer.Option(False, "--json", help="print JSON (same shape as a `match` JSONL line)"),
    ranking: str = RankingOpt,
    second_model: Optional[str] = SecondModelOpt,
) -> None:
    """Find the counterparts of one clause."""
    if not text.strip():
        raise StdcompareError("the text to search is empty")
    current = settings()
    with Store.open(store_path(store), **current.store_options()) as db:
        encoder = load_model(model)
        result = search_text(text, db, encoder, top_k=top_k or current.top_k, side=side,
                             ranking=Ranking(method=ranking, **current.ranking_options(second_model)))
    if as_json:
        typer.echo(json.dumps(result_to_dict(result), ensure_ascii=False, indent=2))
        return
    rows = [[i, f"{c.score:.1f}", f"{c.clause.standard} {c.clause.clause}", c.clause.text]
            for i, c in enumerate(result.matches, start=1)]
    typer.echo(f"{result.target_side} counterparts of: {text}")
    typer.echo(table(["#", "score", "clause", "text"], rows, [3, 6, 30, 80]) if rows else "(the store has no "
               f"{result.target_side} clauses)")


@command("compare")
def compare_command(
    domestic: str = typer.Option(..., "--domestic", help="the domestic (Chinese) clause text"),
    international: str = typer.Option(..., "--international", help="the international clause text"),
    model: Optional[str] = ModelOpt,
    store: Optional[Path] = typer.Option(None, "--store", help="store whose termbase (your terms, `stdcompare terms "
                                                              "import`) pairs the indicators as `match` does [env "
                                                              "STDCOMPARE_STORE]; the built-in termbase alone when "
                                                              "the store has none", show_default=False),
    as_json: bool = typer.Option(False, "--json", help="print JSON: overall verdict, score, indicators"),
) -> None:
    """Compare the key technical indicators of a domestic clause with its international counterpart."""
    from compare.indicators.extract import describe
    from compare.terms.grow import store_termbase

    if not domestic.strip() and not international.strip():
        raise StdcompareError("both clauses are empty: give the texts with --domestic and --international")
    for side, text in (("domestic", domestic), ("international", international)):
        if not text.strip():  # judged against nothing, every indicator of the other read 'missing'
            raise StdcompareError(f"the {side} clause is empty: give its text", option=side)
    result = compare_clauses(domestic, international, encoder=load_model(model),
                             termbase=store_termbase(store_path(store)))
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
    if result.overall == NO_VERDICT:  # nothing was compared (the JSON says "none", with no score)
        typer.echo("overall: no verdict (no indicator to compare: read the two texts)")
    else:
        typer.echo(f"overall: {result.overall} (consistency {result.score:.1f}/100)")


@command()
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
    from compare.indicators.verdicts import comparison_function
    from compare.matching.align import ORDERS, AlignOptions, align_documents, alignment_results
    from compare.matching.align_inputs import load_document
    from compare.io.workbook import WorkbookInfo
    from compare.matching.lists import attach_comparisons

    if order not in ORDERS:
        raise StdcompareError(f"--order must be one of {', '.join(ORDERS)}, not '{order}'")
    check_output_path(output)
    needs_store = not (Path(domestic).exists() and Path(international).exists())
    db = Store.open(store_path(store), **settings().store_options()) if needs_store else None
    try:
        encoder = alignment_encoder(model or settings().model)
        if db is not None:
            db.check_encoder(encoder)
        dom = load_document(domestic, Side.DOMESTIC, encoder, db)
        intl = load_document(international, Side.INTERNATIONAL, encoder, db)
    finally:
        if db is not None:
            db.close()
    for spec, side in ((domestic, dom), (international, intl)):
        echo_reading(Path(spec).name, side.source)
    echo_editions((domestic, dom), (international, intl))
    alignment = align_documents(dom, intl, encoder, AlignOptions(order=order))
    results = alignment_results(dom, intl, alignment)
    if indicators:
        results = list(attach_comparisons(results, encoder))
    # An aligned pair is the alignment's, whatever its score, as in `report` of the same two (the same figures in
    # both); a weak one is listed among the rows to check.
    info = WorkbookInfo(store=str(store_path(store)) if needs_store else "", model=encoder.name,
                        source=f"{Path(domestic).name} ↔ {Path(international).name}", threshold=0.0)
    count = write_matches(results, output, compare=comparison_function(encoder) if indicators else None,
                          verdicts=indicators, workbook_info=info)
    if show:
        typer.echo(_results_table(results[:show], info.threshold))
        counted = [r for r in results if r.counterpart(info.threshold) is not None]
        if indicators and counted:
            typer.echo(_rollup_table(roll_up_matches(counted)[:show]))
    aligned = sum(1 for r in results if r.matches)
    typer.echo(f"aligned {aligned} of {count} domestic clauses with {len(intl.clauses)} international ones "
               f"({'in document order' if alignment.ordered else 'global 1:1 assignment'}); "
               f"results written to {output}")
