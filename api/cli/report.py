"""`stdcompare report`: the comparison report (比对分析报告, DOCX) of a result workbook, of a list matched now, or
of two standards aligned clause by clause."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Optional

import typer

from api.settings import get_settings
from compare.core.adoption_rule import rule_from
from compare.core.errors import InputFileError, StdcompareError
from compare.io.report_data import LIST, PAIR, report_input, summary_from_workbook
from compare.io.report_docx import write_report_docx
from compare.io.workbook import WorkbookInfo, write_result_workbook


def report_command(
    source: Path = typer.Argument(..., help="a result workbook (.xlsx written by `match`, reviewed or not); or a "
                                            "list to match now (.csv/.xlsx/.jsonl, needs --store); or, with "
                                            "INTERNATIONAL, the domestic standard of a pair (a file of its clauses "
                                            "or its number in the store)"),
    international: Optional[str] = typer.Argument(None, help="the international standard of a pair (a file or a "
                                                             "stored number): align the two and report on them"),
    output: Path = typer.Option(..., "--output", "-o", help="the report (.docx)"),
    workbook: Optional[Path] = typer.Option(None, "--workbook", help="also keep the result workbook (.xlsx) the "
                                                                     "report was made from (list or pair runs)"),
    store: Optional[Path] = typer.Option(None, "--store", help="store directory [env STDCOMPARE_STORE]"),
    model: Optional[str] = typer.Option(None, "--model", help="encoder [env STDCOMPARE_MODEL; default USE "
                                                              "multilingual v3]"),
    threshold: Optional[float] = typer.Option(None, "--threshold", min=0, max=100,
                                              help="rows scoring below this have no counterpart [default 50]"),
    bodies: Optional[str] = typer.Option(None, "--bodies", help="international bodies counted in the adoption "
                                                                "rate [default ISO,IEC,ITU: the 2025 rule]"),
    levels: Optional[str] = typer.Option(None, "--levels", help="domestic levels that adopt [default national]"),
    degrees: Optional[str] = typer.Option(None, "--degrees", help="degrees that count [default IDT,MOD; NEQ "
                                                                  "never]"),
) -> None:
    """Write the comparison report (比对分析报告, Word): scope and method, the four-way table of indicator verdicts,
    the suggested degree per standard, the adoption rate under the stated rule, the indicator differences and what
    a reviewer must still check."""
    if output.suffix.lower() != ".docx":
        raise InputFileError(f"--output must end in .docx (got '{output.name}')")
    if not output.parent.exists():
        raise InputFileError(f"output folder does not exist: {output.parent}")
    if workbook is not None and workbook.suffix.lower() != ".xlsx":
        raise InputFileError(f"--workbook must end in .xlsx (got '{workbook.name}')")
    rule = rule_from(bodies, levels, degrees)
    settings = get_settings()
    threshold = settings.threshold if threshold is None else threshold
    if international is None and source.suffix.lower() == ".xlsx" and _is_result_workbook(source):
        report = summary_from_workbook(source, rule=rule)
    elif international is not None:
        report = _pair(str(source), international, store, model, threshold, rule, workbook)
    else:
        report = _list(source, store, model, threshold, rule, workbook)
    write_report_docx(report, output)
    s = report.summary
    rows, total = s.four_way()
    adoption = s.adoption()
    rate = "-" if adoption.rate is None else f"{adoption.rate:.1f} % ({'met' if adoption.meets_target else 'not met'})"
    typer.echo(f"{report.subject}: {s.rows} rows, {s.with_counterpart} with a counterpart; indicators "
               + ", ".join(f"{r.verdict} {r.count}" for r in rows) + f" (of {total}); suggested adoption rate "
               f"{rate} under the {rule.name}; {len(s.differences)} differences, {len(s.checks)} rows to check; "
               f"report written to {output}")


def _is_result_workbook(path: Path) -> bool:
    from compare.io.readers import _load_workbook
    from compare.io.workbook import MATCHES_SHEET, find_sheet

    return find_sheet(_load_workbook(path), MATCHES_SHEET) is not None


def _summary_of(results, headers, info: WorkbookInfo, compare, keep: Optional[Path]):
    """Write the result workbook (kept at `keep`, or in a temporary folder) and return its figures: the report
    and the workbook always show the same numbers."""
    if keep is not None:
        return write_result_workbook(results, keep, headers=headers, info=info, compare=compare)
    with tempfile.TemporaryDirectory(prefix="stdcompare-report-") as folder:
        return write_result_workbook(results, Path(folder) / "result.xlsx", headers=headers, info=info,
                                     compare=compare)


def _list(source: Path, store: Optional[Path], model: Optional[str], threshold: float, rule, keep):
    """Match the list as `stdcompare match` does (compare.workflows.match_list) into a result workbook, and
    report on that workbook: the report and the workbook show the same numbers by construction."""
    from compare.io.readers import open_table
    from compare.store.store import Store
    from compare.matching.ranking import Ranking
    from compare.workflows import ListOptions, list_encoder, match_list

    settings = get_settings()
    table = open_table(source, max_rows=settings.max_rows)
    store_path = store or settings.store
    with tempfile.TemporaryDirectory(prefix="stdcompare-report-") as folder:
        output = keep if keep is not None else Path(folder) / "result.xlsx"
        with Store.open(store_path, **settings.store_options()) as db, \
                list_encoder(table.total_hint, model=model or settings.model, threads=settings.threads,
                             separate_process=settings.encoder_process) as encoder:
            options = ListOptions(top_k=settings.top_k, threshold=threshold,
                                  ranking=Ranking(one_to_one=True, **settings.ranking_options()))
            match_list(table, db, encoder, output, options,
                       source=source.name, store_label=Path(store_path).name)
            name = encoder.name
        report = summary_from_workbook(output, rule=rule)
    return replace(report, subject=source.name, model=name, store=Path(store_path).name, source_note="")


def _pair(domestic: str, international: str, store: Optional[Path], model: Optional[str], threshold: float, rule,
          keep):
    from compare.indicators.verdicts import comparison_function
    from compare.matching.align import AlignOptions, align_documents, alignment_results
    from compare.matching.align_inputs import load_document
    from compare.matching.lists import attach_comparisons
    from compare.store.store import Store
    from embeddings import load_encoder

    from api.cli.documents import echo_editions

    settings = get_settings()
    needs_store = not (Path(domestic).exists() and Path(international).exists())
    db = Store.open(store or settings.store, **settings.store_options()) if needs_store else None
    try:
        encoder = load_encoder(model or settings.model, threads=settings.threads)
        if db is not None:
            db.check_encoder(encoder)
        dom = load_document(domestic, "domestic", encoder, db)
        intl = load_document(international, "international", encoder, db)
    finally:
        if db is not None:
            db.close()
    echo_editions((domestic, dom), (international, intl))
    if not dom.clauses or not intl.clauses:
        raise StdcompareError("one of the two standards has no clauses to align")
    alignment = align_documents(dom, intl, encoder, AlignOptions())
    results = list(attach_comparisons(alignment_results(dom, intl, alignment), encoder))
    subject = f"{dom.clauses[0].standard} ↔ {intl.clauses[0].standard}"
    info = WorkbookInfo(model=encoder.name, source=subject, threshold=threshold, rule=rule)
    # Aligned pairs are kept whatever their score: the alignment, not a threshold, decided them.
    summary = _summary_of(results, [], replace(info, threshold=0.0), comparison_function(encoder), keep)
    return report_input(PAIR, subject, summary, model=encoder.name, threshold=0.0)
