"""What a comparison report (比对分析报告) says, as plain data: the subject, the run, and the figures of
compare.io.summary. A report is made from the `Summary` a result workbook was written with (a match run, an
alignment of two standards), or from a result workbook read back, so it carries the reviewer's confirmations.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from compare.core.adoption_rule import RULE_2025, AdoptionRule
from compare.core.errors import ColumnError
from compare.core.policy import MATCH_SCORE, THRESHOLD
from compare.core.text import clean_cell, detect_language
from compare.core.vocabulary import Degree
from compare.indicators.verdicts import overall_verdict
from compare.io.review import CONFIRM, REJECT
from compare.io.summary import (NOT_COUNTED_MARK, VERDICT_CHOICES, Check, Difference, ReviewNote, Summary,
                                read_verdict, verdict_label)
from compare.io.workbook import (DEGREE_HEADER, INDICATORS_SHEET, MATCH_COLUMNS, MATCHED, MATCHES_SHEET, NO_COUNTERPART,
                                 STATED, SUMMARY_SHEET, TOTAL, UNREAD_VERDICT, field_column, find_sheet)

LIST, PAIR = "list", "pair"


@dataclass(frozen=True)
class ReportInput:
    """Everything the DOCX report shows; no server path (the store is named by its folder only)."""

    kind: str                 # LIST: a list of clauses or standards; PAIR: two standards aligned
    subject: str              # the list's file name, or "GB/T 19001-2016 ↔ ISO 9001:2015"
    summary: Summary
    model: str = ""
    store: str = ""
    threshold: float = THRESHOLD
    low_score: float = MATCH_SCORE
    created: str = field(default_factory=lambda: dt.date.today().isoformat())
    source_note: str = ""     # e.g. "read back from the reviewed workbook X.xlsx"
    of_standards: bool = False  # a list of whole standards matched on titles: no clauses, no indicators

    @property
    def rule(self) -> AdoptionRule:
        return self.summary.rule


def report_input(kind: str, subject: str, summary: Summary, *, model: str = "", store: str = "",
                 threshold: float = THRESHOLD, source_note: str = "", of_standards: bool = False) -> ReportInput:
    return ReportInput(kind=kind, subject=subject, summary=summary, model=model, store=Path(store).name if store
                       else "", threshold=threshold, low_score=summary.low_score, source_note=source_note,
                       of_standards=of_standards)


def summary_from_workbook(path: str | Path, *, rule: AdoptionRule = RULE_2025, name: str | None = None) -> ReportInput:
    """Read a result workbook (written by a match run, perhaps reviewed since) back into the report's figures.

    `name` is the workbook's name as the user knows it, when it was saved under another (an upload); the
    subject is the list the Summary sheet names. Counterparts the reviewer typed in or confirmed count as they stand in the workbook, and a rejected one
    (驳回) leaves its row with no counterpart, listed for the reviewer; indicator verdicts are those of the
    Indicators sheet; numbers that could not be read are found again from the two texts.
    """
    from compare.indicators.extract import extract
    from compare.io.readers import _load_workbook

    path = Path(path)
    wb = _load_workbook(path)
    matches = find_sheet(wb, MATCHES_SHEET)
    if matches is None:
        raise ColumnError(f"{path.name} has no '{MATCHES_SHEET}' sheet; give the result workbook of a matched list",
                          option="workbook")
    rows = matches.iter_rows(values_only=True)
    header = [clean_cell(h) for h in next(rows, [])]
    needed = {"standard": MATCH_COLUMNS[0][0], "clause": MATCH_COLUMNS[1][0], "text": MATCH_COLUMNS[2][0],
              "score": MATCH_COLUMNS[3][0], "status": MATCH_COLUMNS[5][0], "review": MATCH_COLUMNS[6][0],
              "q_standard": "_query_standard", "q_clause": "_query_clause", "q_text": "_query_text"}
    missing = [name.splitlines()[-1] for name in needed.values() if name not in header]
    if missing:
        raise ColumnError(f"the Matches sheet of {path.name} lacks the columns {', '.join(missing)}; give the "
                          "workbook stdcompare wrote, keeping its columns", option="workbook")
    at = {key: header.index(name) for key, name in needed.items()}
    # a list of whole standards: the degree stated of each counterpart, in place of an indicator verdict
    degree_at = header.index(DEGREE_HEADER) if DEGREE_HEADER in header else None
    row_at = header.index("_row") if "_row" in header else None
    verdict_at = header.index(MATCH_COLUMNS[4][0]) if MATCH_COLUMNS[4][0] in header else None
    note_at = header.index(MATCH_COLUMNS[7][0]) if MATCH_COLUMNS[7][0] in header else None
    # the list's own columns come first on the Matches sheet: its field column (领域, ICS) gives the table by field
    own = header[:min(at.values())]
    summary = Summary(rule=rule, field_column=field_column(own))
    field_at = own.index(summary.field_column) if summary.field_column else None
    by_row: dict[int, dict] = {}
    for index, values in enumerate(rows, start=1):
        cells = list(values) + [None] * (len(header) - len(values))

        def get(key):
            return clean_cell(cells[at[key]])

        number = cells[row_at] if row_at is not None and isinstance(cells[row_at], int) else index
        summary.rows += 1
        standard, clause, text = get("q_standard"), get("q_clause"), get("q_text")
        summary.add_listed(standard)
        note = clean_cell(cells[note_at]) if note_at is not None else ""
        if note:  # the reviewer's own words reach the report, whatever the row's fate below
            summary.review_notes.append(ReviewNote(number, standard, clause,
                                                   f"{get('standard')} {get('clause')}".strip(), get("review"), note))
        status = get("status")
        score = cells[at["score"]] if isinstance(cells[at["score"]], (int, float)) else None
        if not text.strip():
            summary.empty += 1
            summary.totals += status == TOTAL
            continue
        if status != MATCHED and not get("standard"):
            detail = f"best score {score:.1f}" if score is not None else "no candidate"
            summary.checks.append(Check(number, standard, clause, "no counterpart", detail))
            continue
        counterpart = (get("standard"), get("clause"), get("text"))
        decision = get("review").lower()
        if decision in REJECT:  # the reviewer says this is not the counterpart: the row has none yet
            summary.checks.append(Check(number, standard, clause, "rejected",
                                        f"{counterpart[0]} {counterpart[1]}".strip()))
            continue
        summary.with_counterpart += 1
        summary.add_listed(standard, with_counterpart=True)
        if degree_at is not None:
            degree = clean_cell(cells[degree_at])
            summary.add_stated(standard, counterpart[0], degree if degree in set(Degree) - {Degree.UNDETERMINED}
                               else "", status.partition(STATED)[2] if status.startswith(STATED) else "")
        confirmed = decision in CONFIRM or decision == "已确认"
        summary.confirmed += confirmed
        if score is not None and score < summary.low_score and not confirmed:
            summary.checks.append(Check(number, standard, clause, "low score",
                                        f"{score:.1f} < {summary.low_score:g}: {counterpart[0]} "
                                        f"{counterpart[1]}".strip()))
        query_domestic = detect_language(text) == "zh"
        dom, intl = ((standard, clause, text), counterpart) if query_domestic else (counterpart, (standard, clause,
                                                                                                    text))
        notes = [f"domestic: {n}" for n in extract(dom[2]).notes] + \
                [f"international: {n}" for n in extract(intl[2]).notes]
        if notes:
            summary.checks.append(Check(number, standard, clause, "unread", "; ".join(notes)))
        by_row[number] = {"dom": dom, "intl": intl, "verdicts": [], "counted": [], "status": status,
                          "shown": read_verdict(cells[verdict_at]) if verdict_at is not None else None,
                          "where": (standard, clause),
                          "field": clean_cell(cells[field_at]) if field_at is not None else ""}
    _read_indicators(wb, summary, by_row, name or path.name)
    run = _run_section(wb)
    threshold = run.get("相似度阈值 / Score threshold")
    # the subject is the list that was matched (the Run section names it), not the result workbook
    shown = name or path.name
    return report_input(LIST, str(run.get("比对清单 / List") or shown), summary, source_note=shown,
                        model=str(run.get("模型 / Model") or ""), store=str(run.get("比对库 / Store") or ""),
                        threshold=float(threshold) if isinstance(threshold, (int, float)) else THRESHOLD,
                        of_standards=degree_at is not None)


def _read_indicators(wb, summary: Summary, by_row: dict[int, dict], name: str) -> None:
    sheet = find_sheet(wb, INDICATORS_SHEET)
    pairs_seen: set[int] = set()
    if sheet is not None:
        for line, values in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
            if not values or not isinstance(values[0], int) or values[0] not in by_row:
                continue
            item = by_row[values[0]]
            label = clean_cell(values[4] if len(values) > 4 else None)
            counted = not label.endswith(NOT_COUNTED_MARK)  # a pair the overall verdict did not rest on
            if not label or label == UNREAD_VERDICT:  # a cell cleared, or the row of numbers not read
                continue
            # a reviewer types '严于' or 'stricter' as often as the label written: an indicator whose verdict
            # could not be read vanished from the report, and its pair's degree was suggested without it
            verdict = read_verdict(label)
            if verdict is None:
                raise ColumnError(
                    f"the {INDICATORS_SHEET} sheet of {name}, row {line}: the verdict '{label}' is none of "
                    f"{', '.join(VERDICT_CHOICES)}; write one of these (or its Chinese or English word alone) "
                    "and make the report again", option="workbook")
            if values[0] not in pairs_seen:
                pairs_seen.add(values[0])
                item["counts"] = summary.add_pair(item["dom"][0], item["intl"][0])
            item["verdicts"].append(verdict)
            if counted:
                item["counted"].append(verdict)
            else:
                item["uncounted"] = True
            summary.add_indicator(verdict, item["counts"], international=item["intl"][0], field_value=item["field"],
                                  difference=Difference(values[0], item["dom"][0], item["dom"][1], item["intl"][0],
                                                        item["intl"][1], clean_cell(values[1]),
                                                        clean_cell(values[2]), clean_cell(values[3]), verdict))
    flagged = {check.row for check in summary.checks if check.kind == "unread"}
    for number, item in by_row.items():
        if item.get("uncounted") and number not in flagged:
            # the match flagged this row with the comparison's note (a one-sided reading the other clause writes
            # too): the report of the same workbook counts it among the rows to check as the Summary sheet does
            summary.checks.append(Check(number, *item["where"], "unread",
                                        "an indicator read on one side only, not counted in the overall verdict: "
                                        "check it by hand"))
        if item["verdicts"]:
            overall = overall_verdict(item["counted"] or item["verdicts"])
            summary.add_clause(overall, item["verdicts"])
            if item["shown"] is not None and item["shown"] != overall:
                # the reviewer changed the clause's verdict, which the indicators' verdicts make: said, not lost
                summary.checks.append(Check(
                    number, *item["where"], "verdict edited",
                    f"{MATCHES_SHEET}: {verdict_label(item['shown'])}; {INDICATORS_SHEET}: {verdict_label(overall)}, "
                    f"counted here: change the indicators' verdicts on the {INDICATORS_SHEET} sheet"))


def _run_section(wb) -> dict:
    """The Summary sheet's Run section (and any other labelled row): label -> value."""
    sheet = find_sheet(wb, SUMMARY_SHEET)
    if sheet is None:
        return {}
    return {values[0]: values[1] for values in sheet.iter_rows(max_col=2, values_only=True)
            if values and isinstance(values[0], str) and len(values) > 1 and values[1] is not None}


__all__ = ["LIST", "PAIR", "NO_COUNTERPART", "ReportInput", "report_input", "summary_from_workbook"]
