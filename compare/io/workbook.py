"""The result workbook officials review, print and report from: 汇总 Summary, 匹配 Matches, 候选 Candidates and
指标 Indicators sheets (tabs in Chinese with the English beside them).

Rows stream into write-only sheets, so memory stays flat however long the list; the file appears only when
complete. Headers are Chinese with the English on a second line. Column widths come from the headers and the
first rows, row heights from the text each row wraps, every cell is top-aligned, and each sheet prints on A4
landscape one page wide with its header row repeated (compare.io.sheet_layout). The figures are those of
compare.io.summary: only the adoption rate, computed under a stated rule, stands beside the 85 % target.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Callable, Iterable

from compare.core.model import MatchResult
from compare.core.adoption_rule import RULE_2025, AdoptionRule
from compare.core.policy import ADOPTION_TARGET_PERCENT, ADOPTION_TARGET_SOURCE, MATCH_SCORE, THRESHOLD
from compare.core.text import header_key
from compare.core.vocabulary import FOUR_WAY, NO_VERDICT, Side, Verdict
from compare.io.sheet_layout import column_width, fit_widths, print_layout, row_height
from compare.io.summary import (CHECK_ZH, CLAUSES_COLUMN_NOTE, FIELD_HEADERS, VERDICT_ZH, Check, Difference, Summary, body_of,  # noqa: F401
                                NOT_COUNTED_MARK, VERDICT_CHOICES, other_counterparts_note, verdict_label)
from compare.core.files import atomic_path
from compare.io.xlsx import RowWriter, Styled, save_workbook

# Rows whose best score is below this are "no counterpart found". Measured by bench/bench_threshold.py: 3 of the
# 50 right first counterparts of the sample list score below 50, and 2 of 12 clauses with no counterpart in the
# store score 50 or more.
DEFAULT_THRESHOLD = THRESHOLD
REVIEW_CHOICES = ("确认", "驳回", "待定")
NO_COUNTERPART = "未找到对应 / no counterpart found"
MATCHED = "已匹配 / matched"
EMPTY = "空行 / empty text"
TOTAL = "合计行 / total row: not a clause"
VERDICT_FILLS = {  # light fills users can read at a glance; looser and different call for attention
    "consistent": "C6EFCE", "stricter": "DDEBF7", "looser": "FFC7CE", "different": "FFEB9C",
    "missing_domestic": "EDEDED", "missing_international": "EDEDED",
}

# Tab names, Chinese with the English beside them; `find_sheet` also finds the English-only names of
# workbooks written before.
SUMMARY_SHEET, MATCHES_SHEET, CANDIDATES_SHEET, INDICATORS_SHEET = (
    "汇总 Summary", "匹配 Matches", "候选 Candidates", "指标 Indicators")
SHEETS = (SUMMARY_SHEET, MATCHES_SHEET, CANDIDATES_SHEET, INDICATORS_SHEET)

# Columns added after the list's own columns, with their widths (None: measured from the content).
MATCH_COLUMNS = [
    ("对应国际/国内标准\nCounterpart standard", None),
    ("对应条款\nCounterpart clause", None),
    ("对应条款内容\nCounterpart text", None),
    ("相似度\nScore (0-100)", 10),
    ("指标结论\nIndicator verdict", 12),
    ("匹配状态\nStatus", 10),
    ("审核\nReview (确认/驳回/待定)", 15),
    ("审核意见\nReviewer note", 14),
    ("_query_standard", 4), ("_query_clause", 4), ("_query_text", 4),  # hidden: read back by `review`
    ("_row", 4),  # hidden: the list's row number, to join the Indicators sheet back (report)
]
REVIEW_HEADER = MATCH_COLUMNS[6][0]
# A list of whole standards has no indicator verdict: the column holds the degree of correspondence stated
# (IDT, MOD, NEQ), and the status column where it was stated.
DEGREE_HEADER = "一致性程度\nDegree (IDT/MOD/NEQ)"
DEGREE_TO_CONFIRM = "待确认 / to confirm"
STATED = "写明 / stated: "  # the status of a counterpart a list or catalogue states, before where it is stated
HIDDEN = ("_query_standard", "_query_clause", "_query_text", "_row")
CANDIDATE_COLUMNS = [("行号\nRow", 6), ("查询条款\nQuery", 50), ("排名\nRank", 6),
                     ("候选标准\nCandidate standard", 18), ("候选条款\nCandidate clause", 22),
                     ("候选条款内容\nCandidate text", 50), ("相似度\nScore", 8)]
INDICATOR_VERDICT_HEADER = "结论\nVerdict"
INDICATOR_COLUMNS = [("行号\nRow", 6), ("参数\nParameter", 18), ("国内值\nDomestic value", 20),
                     ("国际值\nInternational value", 20), (INDICATOR_VERDICT_HEADER, 16), ("置信度\nConfidence", 11),
                     ("国内原文\nDomestic text", 40), ("国际原文\nInternational text", 40)]
# The Indicators row that lists a clause pair's numbers read as no value nor condition, for a reviewer.
UNREAD_PARAMETER = "未读出的数值 / Numbers not read"
UNREAD_VERDICT = "请人工核对 / check by hand"
# The Matches sheet's verdict of a pair in which no key indicator was read on either side.
NO_INDICATOR = "无可比指标 / no indicator compared"
# The own columns of a list that has none (the query's standard, clause and text).
QUERY_COLUMNS = ("标准号\nStandard", "条款号\nClause", "条款内容\nText")
# Rows read ahead to measure the column widths, and the widths a landscape A4 page holds at a readable scale.
MEASURED_ROWS = 200
PAGE_BUDGET = 225.0
TEXT_WIDTH, OTHER_WIDTH = 48.0, 20.0
# The share of a column's width that bold header text fills as body text would (bold Latin runs about 10 % wider).
BOLD_SHARE = 0.9

# A comparison function: (domestic text, international text) -> {"overall": ..., "indicators": [...]}
CompareFn = Callable[[str, str], dict]


def find_sheet(wb, name: str):
    """The sheet `name` (one of SHEETS) of a result workbook, or its English-only name in older ones; None."""
    for candidate in (name, name.split(" ", 1)[-1]):
        if candidate in wb.sheetnames:
            return wb[candidate]
    return None


@dataclass
class WorkbookInfo:
    """What the Summary sheet records about the run."""

    store: str = ""
    model: str = ""
    threshold: float = DEFAULT_THRESHOLD
    source: str = ""
    created: str = field(default_factory=lambda: dt.datetime.now().strftime("%Y-%m-%d %H:%M"))
    rule: AdoptionRule = RULE_2025
    # a list of whole standards (number and title, no clause text), matched title to title: the counterparts
    # are standards, not clauses, and titles hold no indicators (compare.matching.titles)
    of_standards: bool = False
    catalogue: str = ""  # the domestic catalogue given with the list, '' when none was


def _text(value, style: int = 0):
    """A value shown in the style with id `style` (see `_Styles`); text always stays text."""
    return Styled(value, style) if style else value


class _Styles:
    """The cell styles of the workbook, registered once each: the attributes are style ids. Every body style is
    top-aligned, so a row's cells start on the same line however tall the row."""

    def __init__(self, sheet: RowWriter) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side as Edge

        top = Alignment(vertical="top")
        wrap = Alignment(wrap_text=True, vertical="top")
        centred = Alignment(vertical="top", horizontal="center")
        self.header = sheet.style({"font": Font(bold=True, color="FFFFFF"),
                                   "fill": PatternFill("solid", fgColor="305496"),
                                   "alignment": Alignment(wrap_text=True, vertical="center", horizontal="center"),
                                   "border": Border(bottom=Edge(style="thin"))})
        self.wrap = sheet.style({"alignment": wrap})
        self.top = sheet.style({"alignment": top})
        # a count beside a column of words: centred, so '6' does not run into the text that follows it
        self.centred = sheet.style({"alignment": centred})
        # a value in a row of label and value (the Run section): a number starts where the words do
        self.value = sheet.style({"alignment": Alignment(wrap_text=True, vertical="top", horizontal="left")})
        self.number = sheet.style({"alignment": top, "number_format": "0.0"})
        self.confidence = sheet.style({"alignment": top, "number_format": "0.00"})
        self.verdict = {v: sheet.style({"fill": PatternFill("solid", fgColor=c), "alignment": wrap})
                        for v, c in VERDICT_FILLS.items()}
        self.miss = sheet.style({"font": Font(italic=True, color="808080"), "alignment": wrap})
        self.percent = sheet.style({"number_format": "0.0%", "alignment": top})
        self.title = sheet.style({"font": Font(bold=True, size=14)})
        self.section = sheet.style({"font": Font(bold=True, size=12, color="305496"), "alignment": top})
        self.bold = sheet.style({"font": Font(bold=True), "alignment": wrap})
        self.note = sheet.style({"font": Font(italic=True, color="595959"), "alignment": wrap})
        # the adoption verdict centred in its fill, apart from the target's percentage in the cell before it
        self.met = sheet.style({"font": Font(bold=True, color="006100"), "fill": PatternFill("solid",
                                fgColor="C6EFCE"), "alignment": centred})
        self.not_met = sheet.style({"font": Font(bold=True, color="9C0006"), "fill": PatternFill("solid",
                                    fgColor="FFC7CE"), "alignment": centred})


class _Sheet:
    """A write-only sheet with its column widths, print layout and a row writer that sets each row's height."""

    def __init__(self, wb, title: str, headers: list[tuple[str, float]], styles: _Styles | None,
                 hidden: tuple[str, ...] = (), *, landscape: bool = True, header_row: bool = True) -> None:
        from openpyxl.utils import get_column_letter

        self.ws = wb.create_sheet(title)
        self.widths = []
        for i, (name, width) in enumerate(headers, start=1):
            dim = self.ws.column_dimensions[get_column_letter(i)]
            dim.width = width
            if name in hidden:
                dim.hidden = True
            self.widths.append(0.0 if name in hidden else width)
        if header_row:
            self.ws.freeze_panes = "A2"
        print_layout(self.ws, title_rows="1:1" if header_row else "", landscape=landscape, grid=header_row)
        self.rows = RowWriter(self.ws)  # after widths, panes and page set-up: they are written before any row
        if header_row and styles is not None:
            names = [name for name, _ in headers]
            # headers are bold, about a tenth wider than the body text the widths are measured for
            self.rows.append([_text(name, styles.header) for name in names],
                             height=row_height(names, [w * BOLD_SHARE for w in self.widths]))

    def style(self, attributes: dict) -> int:
        return self.rows.style(attributes)

    def append(self, values: list, span: int = 0, merges: tuple[tuple[int, int], ...] = ()) -> None:
        """Add a row. `span` > 1 merges its first cell across that many columns (a note across the page);
        `merges` are further (first, last) column ranges, 1-based, each shown as one cell."""
        from openpyxl.utils import get_column_letter

        if span > 1:
            merges = ((1, span),) + tuple(merges)
        plain = [v.value if type(v) is Styled else v for v in values]
        widths = list(self.widths) + [0.0] * max(0, len(plain) - len(self.widths))
        for first, last in merges:  # a merged cell wraps at the width of all its columns
            widths[first - 1] = sum(self.widths[first - 1:last])
            for i in range(first, last):
                if i < len(widths):
                    widths[i] = 0.0
        self.rows.append(values, height=row_height(plain, widths))
        for first, last in merges:
            self.ws.merged_cells.add(f"{get_column_letter(first)}{self.rows.rows}:"
                                     f"{get_column_letter(last)}{self.rows.rows}")


def _measure(headers: list[str], head: list[MatchResult], values_of) -> list[float]:
    """Widths of the list's own columns and of the three counterpart columns, from the first rows. The list's
    clause text and the counterpart text get the room; the other columns what their content needs, up to a cap."""
    own = []
    columns = list(zip(*[values_of(r.row) for r in head])) if head else [()] * len(headers)
    for i, h in enumerate(headers):
        values = list(columns[i])
        is_text = any(isinstance(v, str) and v and v == r.row.text for v, r in zip(values, head))
        own.append(column_width(h or f"column {i + 1}", values, high=TEXT_WIDTH if is_text else OTHER_WIDTH))
    best = [r.matches[0] if r.matches else None for r in head]
    counterpart = [
        column_width(MATCH_COLUMNS[0][0], [b.clause.standard for b in best if b], high=18.0),
        column_width(MATCH_COLUMNS[1][0], [b.clause.clause for b in best if b], high=16.0),
        column_width(MATCH_COLUMNS[2][0], [b.clause.text for b in best if b], high=TEXT_WIDTH),
    ]
    visible_fixed = sum(w for (name, w) in MATCH_COLUMNS[3:] if name not in HIDDEN)
    return fit_widths(own + counterpart, PAGE_BUDGET - visible_fixed)


def write_result_workbook(
    results: Iterable[MatchResult],
    path: Path,
    *,
    headers: list[str],
    info: WorkbookInfo,
    compare: CompareFn | None = None,
    candidates: int = 3,
    on_row: Callable[[MatchResult], None] | None = None,
) -> Summary:
    """Write the reviewed-workbook for a matched list and return its summary figures.

    `headers` are the list's own columns, copied untouched before the added ones. Rows whose best score is
    below `info.threshold` are marked "no counterpart found" rather than given a weak guess (the guesses stay
    on the Candidates sheet). `compare`, when given, judges the key indicators of each row and its counterpart.
    The first rows are read ahead to measure the column widths.
    """
    from openpyxl import Workbook
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    results = iter(results)
    head = list(islice(results, MEASURED_ROWS))
    # A list with no columns of its own (an alignment of two standards) shows the query's standard, clause, text.
    if headers:
        def values_of(row):
            return [row.original.get(h) for h in headers]
    else:
        headers = list(QUERY_COLUMNS)

        def values_of(row):
            return [row.standard, row.clause, row.text]
    widths = _measure(headers, head, values_of)
    wb = Workbook(write_only=True)
    summary_sheet = _Sheet(wb, SUMMARY_SHEET, _SUMMARY_WIDTHS, None, landscape=False, header_row=False)
    styles = _Styles(summary_sheet.rows)
    n_own = len(headers)
    own = [(h or f"column {i + 1}", widths[i]) for i, h in enumerate(headers)]
    added = [(DEGREE_HEADER if info.of_standards and i == 4 else name, widths[n_own + i] if width is None else width)
             for i, (name, width) in enumerate(MATCH_COLUMNS)]
    matches = _Sheet(wb, MATCHES_SHEET, own + added, styles, hidden=HIDDEN)
    cands = _Sheet(wb, CANDIDATES_SHEET, CANDIDATE_COLUMNS, styles)
    inds = _Sheet(wb, INDICATORS_SHEET, INDICATOR_COLUMNS, styles)
    summary = Summary(rule=info.rule, field_column=field_column(headers))
    score_col = get_column_letter(n_own + 4)
    try:
        for result in chain(head, results):
            if on_row:
                on_row(result)
            _add_result(result, values_of, matches, cands, inds, summary, info, compare, candidates, styles)
    except BaseException:
        for ws in wb.worksheets:  # release the sheets' temporary files; no output file is made
            try:
                ws.close()
            except Exception:
                pass
        raise
    last = summary.rows + 1
    width = get_column_letter(n_own + len(MATCH_COLUMNS) - len(HIDDEN))
    matches.ws.auto_filter.ref = f"A1:{width}{max(last, 2)}"
    matches.ws.print_area = f"A1:{width}{max(last, 2)}"
    matches.ws.conditional_formatting.add(f"{score_col}2:{score_col}{max(last, 2)}", ColorScaleRule(
        start_type="num", start_value=40, start_color="F8696B", mid_type="num", mid_value=info.threshold,
        mid_color="FFEB84", end_type="num", end_value=90, end_color="63BE7B"))
    review_col = get_column_letter(n_own + 7)
    choices = DataValidation(type="list", formula1='"' + ",".join(REVIEW_CHOICES) + '"', allow_blank=True,
                             showErrorMessage=True, errorTitle="审核 / Review",
                             error="请选择 确认、驳回 或 待定 (confirm, reject, pending)")
    choices.add(f"{review_col}2:{review_col}{max(last, 2)}")
    matches.ws.data_validations.append(choices)
    # the reviewer who disagrees with a verdict picks another from the list (the report reads it back); no error
    # message, since a verdict 'not counted' carries a mark after the label and a typed '严于' is read as well
    verdicts = DataValidation(type="list", formula1='"' + ",".join(VERDICT_CHOICES) + '"', allow_blank=True,
                              showErrorMessage=False, showInputMessage=True, promptTitle="结论 / Verdict",
                              prompt="可从列表中改选结论，报告按此计数 / pick another verdict: the report counts it")
    verdict_col = get_column_letter(1 + [name for name, _ in INDICATOR_COLUMNS].index(INDICATOR_VERDICT_HEADER))
    verdicts.add(f"{verdict_col}2:{verdict_col}{max(inds.rows.rows, 2)}")
    inds.ws.data_validations.append(verdicts)
    # every column and every row written (an Indicators sheet also has the rows of numbers not read)
    cands.ws.auto_filter.ref = f"A1:{get_column_letter(len(CANDIDATE_COLUMNS))}{max(cands.rows.rows, 2)}"
    inds.ws.auto_filter.ref = f"A1:{get_column_letter(len(INDICATOR_COLUMNS))}{max(inds.rows.rows, 2)}"
    _write_summary(summary_sheet, summary, info, styles)
    with atomic_path(Path(path)) as tmp:
        save_workbook(wb, tmp)  # nothing left half-open if the disk is full
    return summary


def field_column(headers: list[str]) -> str:
    """The list's column naming each row's field (领域, ICS ...), as written; '' when it has none."""
    keys = {header_key(h): h for h in headers if h}
    for name in FIELD_HEADERS:
        if header_key(name) in keys:
            return keys[header_key(name)]
    return ""


def _add_result(result: MatchResult, values_of: Callable, matches: _Sheet, cands: _Sheet, inds: _Sheet,
                summary: Summary, info: WorkbookInfo, compare: CompareFn | None, candidates: int,
                styles: _Styles) -> None:
    row = result.row
    summary.rows += 1
    summary.add_listed(row.standard)
    best = result.matches[0] if result.matches else None
    found = result.counterpart(info.threshold) is not None
    verdict = ""
    if not row.text.strip():
        summary.empty += 1
        summary.totals += bool(row.skip)
        status = TOTAL if row.skip else EMPTY
    elif found:
        summary.with_counterpart += 1
        summary.add_listed(row.standard, with_counterpart=True)
        status = MATCHED
        if best.confirmed:
            summary.confirmed += 1
        elif best.score < summary.low_score:
            summary.checks.append(Check(row.row, row.standard, row.clause, "low score",
                                        f"{best.score:.1f} < {summary.low_score:g}: {best.clause.standard} "
                                        f"{best.clause.clause}".strip()))
        if compare is not None:
            verdict = _add_indicators(result, best, compare, inds, summary, styles)
        if info.of_standards:
            summary.add_stated(row.standard, best.clause.standard, best.degree, best.stated_in)
            if best.stated_in:
                status = STATED + best.stated_in
    else:
        status = NO_COUNTERPART
        summary.checks.append(Check(row.row, row.standard, row.clause, "no counterpart",
                                    f"best score {best.score:.1f}" if best else "no candidate"))
    own = [_plain(value, styles) for value in values_of(row)]
    shown = best if found else None
    matches.append(own + [
        _plain(shown.clause.standard if shown else None, styles),
        _plain(shown.clause.clause if shown else None, styles),
        _text(shown.clause.text if shown else None, styles.wrap),
        _text(best.score if best else None, styles.number),
        (_text((shown.degree or DEGREE_TO_CONFIRM) if shown else None, styles.wrap) if info.of_standards else
         _text(verdict_label(verdict), styles.verdict[verdict]) if verdict in styles.verdict else
         _text(verdict, styles.miss) if verdict == NO_INDICATOR else None),
        _text(status, styles.wrap if found else styles.miss),
        # the reviewer's two cells are styled while empty: what is typed in them is top-aligned and wraps
        _text("已确认" if shown and shown.confirmed else None, styles.top),
        _text(None, styles.wrap),
        row.standard, row.clause, row.text, row.row,
    ])
    for rank, cand in enumerate(result.matches[:candidates], start=1):
        summary.candidate_rows += 1
        cands.append([_text(row.row, styles.top), _text(row.text, styles.wrap), _text(rank, styles.top),
                      _plain(cand.clause.standard, styles), _plain(cand.clause.clause, styles),
                      _text(cand.clause.text, styles.wrap), _text(cand.score, styles.number)])


def _plain(value, styles: _Styles):
    """A value as it is, top-aligned; text wraps (and is always written as text, never a formula)."""
    if value is None:
        return None
    if isinstance(value, str):
        return Styled(value, styles.wrap)
    return Styled(value, styles.top)


def _add_indicators(result: MatchResult, best, compare: CompareFn, inds: _Sheet, summary: Summary,
                    styles: _Styles) -> str:
    """Compare the row with its counterpart (domestic side first) and list the indicators; returns the verdict."""
    row = result.row
    if result.target_side == Side.INTERNATIONAL:
        domestic, international = row.text, best.clause.text
        dom_ref, intl_ref = (row.standard, row.clause), (best.clause.standard, best.clause.clause)
    else:
        domestic, international = best.clause.text, row.text
        dom_ref, intl_ref = (best.clause.standard, best.clause.clause), (row.standard, row.clause)
    done = getattr(best, "comparison", None)  # already judged by compare.matching.lists.attach_comparisons
    comparison = done.to_dict() if done is not None else compare(domestic, international)
    # two clauses with no key indicator read are not 'consistent': nothing was compared (the cell says so, and
    # the clause is counted under no verdict, as the report of the workbook counts it)
    verdict = (NO_INDICATOR if comparison.get("overall") == NO_VERDICT or not comparison.get("indicators")
               else comparison.get("overall") or "")
    summary.add_clause("" if verdict == NO_INDICATOR else verdict,
                       [item.get("verdict", "") for item in comparison.get("indicators", [])])
    counts = summary.add_pair(dom_ref[0], intl_ref[0])
    notes = comparison.get("notes") or []
    if notes:
        summary.checks.append(Check(row.row, row.standard, row.clause, "unread", "; ".join(notes)))
    field_value = str(row.original.get(summary.field_column) or "") if summary.field_column else ""
    for item in comparison.get("indicators", []):
        v = item.get("verdict", "")
        dom_value, intl_value = _side_value(item.get("domestic")), _side_value(item.get("international"))
        summary.add_indicator(v, counts, international=intl_ref[0] or "", field_value=field_value,
                              difference=Difference(row.row, dom_ref[0] or "", dom_ref[1] or "", intl_ref[0] or "",
                                                    intl_ref[1] or "", item.get("parameter") or "", dom_value,
                                                    intl_value, v))
        inds.append([_text(row.row, styles.top), _text(item.get("parameter"), styles.wrap),
                     _text(dom_value, styles.wrap), _text(intl_value, styles.wrap),
                     _text(verdict_label(v) + (NOT_COUNTED_MARK if item.get("counted") is False else ""),
                           styles.verdict.get(v, styles.wrap)),
                     _text(item.get("confidence"), styles.confidence),
                     _text((item.get("domestic") or {}).get("text"), styles.wrap),
                     _text((item.get("international") or {}).get("text"), styles.wrap)])
    unread = comparison.get("unread") or {}
    if unread:
        inds.append([_text(row.row, styles.top), _text(UNREAD_PARAMETER, styles.miss),
                     _text(", ".join(unread.get("domestic") or []), styles.wrap),
                     _text(", ".join(unread.get("international") or []), styles.wrap),
                     _text(UNREAD_VERDICT, styles.miss), None, _text(domestic, styles.wrap),
                     _text(international, styles.wrap)])
    return verdict


# A value the pair-guided reader took from a number the rule reader left unread (compare.indicators.guided): its
# confidence is low, and the cell says so, for the reviewer to check it against the clause text beside it.
RECOVERED_MARK = "[补读 read by pairing: check]"


def _number(x) -> str:
    """30, not 30.0 (as the indicator readings print); anything not a number as it is."""
    if isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x):
        return str(int(x)) if float(x).is_integer() else repr(float(x))
    return str(x)


def _side_value(side: dict | None) -> str:
    if not side:
        return ""
    comparator, value, unit = side.get("comparator"), side.get("value"), side.get("unit") or ""
    if isinstance(value, (list, tuple)) and len(value) == 2:
        text = f"{_number(value[0])}–{_number(value[1])}"
    elif comparator == "tolerance":  # '(23 ± 2) ℃': the tolerance is the limit
        text = f"({_number(value)} ± {_number(side.get('tolerance'))})"
    else:
        text = {"max": "≤", "min": "≥", "equal": "="}.get(comparator, "") + _number(value)
    text = f"{text} {unit}".strip()
    if side.get("basis"):
        text += f" ({side['basis']})"
    if side.get("recovered"):
        text += f" {RECOVERED_MARK}"
    return text


# ------------------------------------------------------------------------------------------------ summary

_SUMMARY_WIDTHS = [("A", 46.0), ("B", 13.0), ("C", 13.0), ("D", 13.0), ("E", 13.0), ("F", 13.0)]
_MET = ("达到 / met", "未达到 / not met")


def _write_summary(sheet: _Sheet, summary: Summary, info: WorkbookInfo, styles: _Styles) -> None:
    """The Summary sheet: each figure for what it is; the target only beside the adoption rate."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.worksheet.pagebreak import Break

    numerals = iter("一二三四五六七八九")

    def section(title: str, *, new_page: bool = False) -> None:
        # numbered as written, so that a section left out leaves no gap
        sheet.append([])
        if new_page:
            # printed, the section starts a page: a table it holds is not cut after its first rows
            sheet.ws.row_breaks.append(Break(id=sheet.rows.rows))
        sheet.append([_text(f"{next(numerals)}、{title}", styles.section)], span=6)

    def header(*names: str) -> None:
        sheet.append([_text(n, styles.header) for n in names])

    def note(text: str) -> None:
        sheet.append([_text(text, styles.note)], span=6)

    def pct(share):
        return _text(share, styles.percent) if share is not None else None

    sheet.append([_text("标准比对结果汇总 / Comparison summary", styles.title)], span=6)
    note(f"清单 List: {info.source or '-'}；生成时间 Created: {info.created}")
    note(AS_MATCHED_NOTE)

    section("匹配情况 / Match coverage")
    header("项目 / Figure", "数量 / Count", "比例 / Share")
    found_rows, found_standards = ((
        "找到对应标准的行 / Rows with a counterpart standard", "清单中有对应的标准 / Listed standards with a counterpart")
        if info.of_standards else (
        "找到对应条款的行 / Rows with a counterpart", "有对应条款的标准 / Standards with a counterpart"))
    for label, value, share in (
            ("清单行数 / Rows in the list", summary.rows, None),
            ("空行 / Empty rows", summary.empty - summary.totals, None),
            *((("合计行（不是条款）/ Total rows (not clauses)", summary.totals, None),) if summary.totals else ()),
            (found_rows, summary.with_counterpart, summary.share_with_counterpart),
            ("清单中的标准 / Standards listed", len(summary.standards), None),
            (found_standards, len(summary.standards_with_counterpart), summary.share_standards_with_counterpart),
            ("审核已确认的对应 / Counterparts confirmed in review", summary.confirmed, None),
            ("需复核的行 / Rows a reviewer must check", len(summary.checks), None)):
        sheet.append([_text(label, styles.wrap), _text(value, styles.top), pct(share)])
    if info.of_standards:
        note(OF_STANDARDS_NOTE)
        note("匹配覆盖率说明找到了多少对应标准，不是采用率，不与 85 % 目标比较。Coverage says how many counterpart "
             "standards were found; it is not the adoption rate and has no target.")
    else:
        note("匹配覆盖率说明找到了多少对应条款，不是采用率，不与 85 % 目标比较。Coverage says how many counterparts "
             "were found; it is not the adoption rate and has no target.")

    section("关键技术指标比对（四分类）/ Key indicators: the four-way table")
    if info.of_standards:
        note(NO_INDICATORS_NOTE)
    else:
        total, first, last = _write_four_way(sheet, summary, styles, section, header, note, pct)
    _write_adoption(sheet, summary, info, styles, section, header, note, pct)
    _write_checks(sheet, summary, styles, section, note)
    _write_run(sheet, info, styles, section)
    if not info.of_standards and total:
        chart = BarChart()
        chart.type = "bar"
        chart.title = "指标比对结论 / Indicator verdicts"
        chart.y_axis.title = "数量 / count"
        chart.height, chart.width = 7.0, 15.0
        chart.add_data(Reference(sheet.ws, min_col=2, min_row=first - 1, max_row=last), titles_from_data=True)
        chart.set_categories(Reference(sheet.ws, min_col=1, min_row=first, max_row=last))
        chart.legend = None
        sheet.ws.add_chart(chart, "H3")
    sheet.ws.print_area = f"A1:F{sheet.rows.rows}"  # the chart repeats the four-way table: on screen only


# The sheet is written once: a reviewer's 确认 / 驳回 and changed verdicts change the report's figures, not these.
AS_MATCHED_NOTE = (
    "本表为比对时的数字，审核后不会自动更新；审核（确认、驳回、改结论）后的数字见比对分析报告（由审核后的工作簿生成）。"
    "Figures as matched: the review does not change them; the comparison report made from the reviewed workbook "
    "gives the reviewed figures.")
OF_STANDARDS_NOTE = (
    "本清单列的是整部标准（标准号、标准名称，没有条款内容），按标准名称与比对库中另一侧各标准的名称匹配：找到的是对应"
    "标准，不是对应条款，“对应条款”列因此为空。This list names whole standards (number and title, no clause "
    "text); each was matched on the titles of the standards stored on the other side: the counterparts are whole "
    "standards, not clauses, so the counterpart clause column is empty.")
NO_INDICATORS_NOTE = (
    "标准名称不含技术指标，本清单没有比对指标。要比对关键技术指标，请比对条款清单（含“条款内容”列）。Titles hold no "
    "technical indicators: none were compared for this list. To compare key indicators, match a list of clauses "
    "(with a 条款内容 column).")


def _write_four_way(sheet: _Sheet, summary: Summary, styles: _Styles, section, header, note,
                    pct) -> tuple[int, int, int]:
    """The four-way table of indicator verdicts, overall, by body and by field; returns the total and the rows
    of the four verdicts (for the chart)."""
    header("结论 / Verdict", "指标数 / Indicators", "比例 / Share", "条款数 / Clauses")
    rows, total = summary.four_way()
    first = sheet.rows.rows + 1
    for r in rows:
        sheet.append([_text(r.label, styles.verdict[r.verdict]), _text(r.count, styles.top), pct(r.share),
                      _text(summary.verdicts.get(r.verdict, 0), styles.top)])
    last = sheet.rows.rows
    sheet.append([_text("合计 / Total", styles.bold), _text(total, styles.top), pct(1.0 if total else None)])
    for v in (Verdict.MISSING_DOMESTIC, Verdict.MISSING_INTERNATIONAL):
        sheet.append([_text(verdict_label(v) + "（不在四分类内 / not among the four）", styles.verdict[v]),
                      _text(summary.indicator_verdicts.get(v, 0), styles.top), None,
                      _text(summary.clauses_with.get(v, 0), styles.top)])
    sheet.append([_text("达到国际水平（一致或严于）/ At the international level (consistent or stricter)",
                        styles.wrap), _text(sum(summary.indicator_verdicts.get(v, 0) for v in
                                                (Verdict.CONSISTENT, Verdict.STRICTER)), styles.top),
                  pct(summary.share_at_international_level)])
    note("四分类同 2015 年消费品安全标准国际比对（严于、一致、宽于、不同）；份额以四类合计为分母。"
         "The four verdicts of the 2015 national comparison of consumer-goods safety standards; shares are of "
         "their total. No target applies to these figures.")
    note(CLAUSES_COLUMN_NOTE)

    for group, title in (("body", "按国际标准组织 / By international body"), ("field", "按领域 / By field")):
        section(title)
        tables = summary.four_way_by(group)
        if group == "field" and not summary.field_column:
            note("清单没有领域列（领域 / ICS）；加上该列即可按领域统计。The list has no field column (领域 or ICS): "
                 "add one to get this table by field.")
            continue
        if group == "field":
            note(f"领域取自清单的“{summary.field_column}”列 / field from the list's column '{summary.field_column}'")
        header("组织 / Body" if group == "body" else "领域 / Field",
               *(f"{VERDICT_ZH[v]}\n{v}" for v in FOUR_WAY), "合计 / Total")
        for name, (group_rows, group_total) in tables.items():
            sheet.append([_text(name, styles.bold), *(_text(r.count, styles.top) for r in group_rows),
                          _text(group_total, styles.top)])
            sheet.append([_text(f"{name} 比例 / share", styles.wrap), *(pct(r.share) for r in group_rows),
                          pct(1.0)])
        if not tables:
            note("没有比对的指标 / no indicators compared")
    return total, first, last


# How a degree is suggested from the indicators (compare.indicators.rollup.suggest_degree), said where it is shown.
DEGREE_POLICY_NOTE = (
    "建议规则：IDT——比对的指标全部一致，且没有只在一侧读出的指标；MOD——一致的指标至少占一半，其余为技术差异（严于、宽于、"
    "不同，或只在一侧读出的指标，即增加或删减的要求），须在前言中标明并说明；NEQ——一致的指标不足一半；“—”——没有两侧都读出的"
    "指标（没有指标，或指标只在一侧读出），不作判断，不计入采用率，请依据文本判断。"
    "How a degree is suggested: IDT, every compared indicator consistent and none read on one side only; MOD, at "
    "least half consistent, the rest technical deviations (stricter, looser, different, or read on one side only: "
    "an added or left-out requirement) to be identified and explained in the foreword; NEQ, fewer than half "
    "consistent; '—', no indicator read on both sides (none at all, or on one side only): no judgement, outside "
    "the rate, judge from the text.")


def _write_adoption(sheet: _Sheet, summary: Summary, info: WorkbookInfo, styles: _Styles, section, header, note,
                    pct) -> None:
    """The adoption rate of the listed standards' counterparts under the rule, and the suggested degrees."""
    adoption = summary.adoption()
    section("国际标准采用率（按写明的采标情况）/ Adoption rate (as stated)" if info.of_standards else
            "国际标准采用率（按指标比对建议，待确认）/ Adoption rate (suggested from the indicators, to confirm)",
            new_page=True)
    note(f"计算规则 / Rule: {adoption.rule.description_zh}. {adoption.rule.description}.")
    header("项目 / Figure", "数量 / Count", "采用率 / Rate", f"目标 / Target", "结论 / Result")
    sheet.append([_text("计入采用率的对应国际标准 / International counterparts in the rate", styles.wrap),
                  _text(len(adoption.in_rate), styles.top)])
    met = adoption.meets_target
    sheet.append([_text("其中写明等同或修改采用 (IDT/MOD) / of which stated IDT or MOD" if info.of_standards else
                        "其中建议等同或修改采用 (IDT/MOD) / of which suggested IDT or MOD", styles.wrap),
                  _text(len(adoption.adopted), styles.top),
                  pct(None if adoption.rate is None else adoption.rate / 100.0),
                  pct(adoption.target / 100.0),
                  None if met is None else _text(_MET[0] if met else _MET[1], styles.met if met else styles.not_met)])
    sheet.append([_text("规则之外的对应标准（不计入）/ Counterparts outside the rule (not counted)", styles.wrap),
                  _text(len(adoption.outside), styles.top)])
    for item in adoption.outside:
        sheet.append([_text("  " + item, styles.note)], span=6)
    if info.of_standards:
        note(f"目标 {ADOPTION_TARGET_PERCENT:g} %：{ADOPTION_TARGET_SOURCE}。此采用率只覆盖本清单对应的国际标准，一致性"
             "程度取自清单的采标情况列、标准目录、双编号或标准名称所写明的；按名称找到而未写明程度的不计入。"
             "This rate covers only the international standards this list corresponds to, with the degrees stated "
             "in the list's adoption column, a domestic catalogue, a double number or the title; a counterpart "
             "found by title with no degree stated is not counted.")
    else:
        note(f"目标 {ADOPTION_TARGET_PERCENT:g} %：{ADOPTION_TARGET_SOURCE}。此采用率只覆盖本清单对应的国际标准，一致性"
             "程度由指标比对建议，需审核确认；领域或全国的采用率请用标准目录计算（stdcompare adoption）。This rate covers "
             "only the international standards this list corresponds to, with degrees suggested from the indicators "
             "for the reviewer to confirm; the rate of a field comes from catalogues (stdcompare adoption).")

    degree_rows = summary.degree_rows()
    if degree_rows:
        section("一致性程度（写明的）/ Degree of correspondence as stated" if info.of_standards else
                "一致性程度建议 / Suggested degree of correspondence per standard")
        sheet.append([_text(n, styles.header) for n in (
            "国内标准 / Domestic standard", "对应国际标准 / International",
            "程度 / Degree" if info.of_standards else "建议程度 / Degree",
            "依据 / Stated in" if info.of_standards else "条款数 / Clauses",
            "计入采用率 / In the rate", None)], merges=((5, 6),))
        for r in degree_rows:
            sheet.append([_text(r.domestic, styles.wrap), _text(r.international, styles.wrap),
                          _text(str(r.degree), styles.top),
                          _text("; ".join(r.reasons) or "—", styles.wrap) if info.of_standards
                          else _text(r.clauses, styles.centred),
                          _text("是 / yes" if r.in_rate else f"否 / no: {r.why_outside}", styles.wrap)],
                         merges=((5, 6),))
            if not info.of_standards and r.reasons:  # what the suggestion rests on, under its row
                sheet.append([_text("  依据 / Reasons: " + "; ".join(r.reasons), styles.note)], span=6)
        if summary.other_counterparts():
            note(other_counterparts_note(summary.other_counterparts()))
        if info.of_standards:
            note("仅 IDT、MOD 计为采用，NEQ 不计（GB/T 1.2-2020，ISO/IEC Guide 21-1）；写明的程度以标准前言为准。"
                 "Only IDT and MOD count as adoption, NEQ never; a stated degree is as good as the foreword it "
                 "comes from.")
        else:
            note("一致性程度依据 GB/T 1.2-2020（ISO/IEC Guide 21-1）由指标比对结果建议，需审核确认；仅 IDT、MOD 计为"
                 "采用，NEQ 不计。Degrees are suggested from the indicator comparison for the reviewer to confirm; "
                 "only IDT and MOD count as adoption, NEQ never.")
            note(DEGREE_POLICY_NOTE)



# Rows to check listed on the Summary sheet; the rest are counted (the Matches sheet's filter finds them all).
MAX_SUMMARY_CHECKS = 200


def _write_checks(sheet: _Sheet, summary: Summary, styles: _Styles, section, note) -> None:
    """The rows a reviewer must check, one line each (the count alone, in the coverage table, named none)."""
    checks = summary.checks
    section("需复核的行 / Rows a reviewer must check")
    if not checks:
        note("无。Nothing to check.")
        return
    shown = sorted(checks, key=lambda c: c.row)
    sheet.append([_text(name, styles.header) for name in ("行号 · 条款 / Row · clause", "事项 / Item",
                                                           "说明 / Detail")], merges=((3, 6),))
    for check in shown[:MAX_SUMMARY_CHECKS]:
        where = f"{check.standard} {check.clause}".strip()
        sheet.append([_text(f"第 {check.row} 行 / row {check.row}" + (f" · {where}" if where else ""), styles.wrap),
                      _text(CHECK_ZH.get(check.kind, check.kind), styles.wrap), _text(check.detail, styles.wrap)],
                     merges=((3, 6),))
    if len(shown) > MAX_SUMMARY_CHECKS:
        note(f"另有 {len(shown) - MAX_SUMMARY_CHECKS} 行未列出，见“{MATCHES_SHEET}”表（按状态或相似度筛选）。"
             f"{len(shown) - MAX_SUMMARY_CHECKS} more rows are not listed here: filter the {MATCHES_SHEET} sheet "
             "by status or score.")


def _write_run(sheet: _Sheet, info: WorkbookInfo, styles: _Styles, section) -> None:
    section("运行信息 / Run")
    matched = ("整部标准，按标准名称 / whole standards, by title" if info.of_standards
               else "条款 / clauses")
    catalogue = (() if not info.catalogue else
                 (("标准目录 / Catalogue", info.catalogue if info.of_standards else
                   f"{info.catalogue}（未使用：条款清单逐条比对，标准目录只用于整部标准的清单）/ not used: a list of "
                   "clauses is matched clause by clause; a catalogue states the adoptions of a list of whole "
                   "standards"),))
    for label, value in (("比对清单 / List", info.source), ("比对对象 / Matched", matched), *catalogue,
                         ("比对库 / Store", Path(info.store).name if info.store else ""),
                         ("模型 / Model", info.model), ("相似度阈值 / Score threshold", info.threshold),
                         ("低分复核线 / Low-score check below", MATCH_SCORE),
                         ("说明 / Note", "相似度低于阈值的行标为“未找到对应”；候选见“候选 Candidates”表。"
                                         "Rows scoring below the threshold are marked 'no counterpart found'; their "
                                         "best guesses are on the Candidates sheet.")):
        sheet.append([_text(label, styles.bold), _text(value, styles.value)], merges=((2, 6),))
