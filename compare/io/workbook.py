"""The result workbook officials review and report from: Matches, Candidates, Indicators and Summary sheets.

Rows stream into write-only sheets, so memory stays flat however long the list; the file appears only when
complete. Headers are Chinese with the English on a second line.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from compare.core.model import MatchResult
from compare.io.files import atomic_path
from compare.io.xlsx import RowWriter, Styled

# Rows whose best score is below this are "no counterpart found". Measured by bench/bench_threshold.py: 3 of the
# 50 right first counterparts of the sample list score below 50, and 2 of 12 clauses with no counterpart in the
# store score 50 or more.
DEFAULT_THRESHOLD = 50.0
OUTLINE_TARGET = 0.85
REVIEW_CHOICES = ("确认", "驳回", "待定")
NO_COUNTERPART = "未找到对应 / no counterpart found"
MATCHED = "已匹配 / matched"
EMPTY = "空行 / empty text"
VERDICT_FILLS = {  # light fills users can read at a glance; looser and different call for attention
    "consistent": "C6EFCE", "stricter": "DDEBF7", "looser": "FFC7CE", "different": "FFEB9C",
    "missing_domestic": "EDEDED", "missing_international": "EDEDED",
}
VERDICT_ZH = {"consistent": "一致", "stricter": "严于国际", "looser": "宽于国际", "different": "不同",
              "missing_domestic": "国内缺项", "missing_international": "国际缺项"}

# Columns added after the list's own columns, with their widths.
MATCH_COLUMNS = [
    ("对应国际/国内标准\nCounterpart standard", 22),
    ("对应条款\nCounterpart clause", 18),
    ("对应条款内容\nCounterpart text", 60),
    ("相似度\nScore (0-100)", 12),
    ("指标结论\nIndicator verdict", 16),
    ("匹配状态\nStatus", 20),
    ("审核\nReview (确认/驳回/待定)", 14),
    ("审核意见\nReviewer note", 24),
    ("_query_standard", 4), ("_query_clause", 4), ("_query_text", 4),  # hidden: read back by `review`
]
REVIEW_HEADER = MATCH_COLUMNS[6][0]
HIDDEN = ("_query_standard", "_query_clause", "_query_text")

# A comparison function: (domestic text, international text) -> {"overall": ..., "indicators": [...]}
CompareFn = Callable[[str, str], dict]


@dataclass
class WorkbookInfo:
    """What the Summary sheet records about the run."""

    store: str = ""
    model: str = ""
    threshold: float = DEFAULT_THRESHOLD
    source: str = ""
    created: str = field(default_factory=lambda: dt.datetime.now().strftime("%Y-%m-%d %H:%M"))


@dataclass
class Summary:
    """The figures of a run, also returned to the caller (CLI, API)."""

    rows: int = 0
    empty: int = 0
    with_counterpart: int = 0
    verdicts: Counter = field(default_factory=Counter)
    indicator_verdicts: Counter = field(default_factory=Counter)
    standards: set = field(default_factory=set)
    standards_with_counterpart: set = field(default_factory=set)
    confirmed: int = 0
    candidate_rows: int = 0
    indicator_rows: int = 0
    # (domestic standard, international standard) -> indicator verdict counts, for the suggested degree
    pairs: dict = field(default_factory=dict)

    def degrees(self) -> dict[str, tuple[str, str, int]]:
        """Per listed domestic standard: (its main international counterpart, suggested degree, clauses),
        the counterpart being the standard most of its matched clauses point to."""
        from compare.indicators.rollup import suggest_degree

        best: dict[str, tuple[str, Counter, int]] = {}
        for (domestic, international), (counts, clauses) in self.pairs.items():
            if domestic not in best or clauses > best[domestic][2]:
                best[domestic] = (international, counts, clauses)
        return {d: (i, suggest_degree(dict(c))[0], n) for d, (i, c, n) in best.items()}

    @property
    def adopted(self) -> int:
        """Listed standards whose suggested degree is IDT or MOD (the degrees that count as adoption)."""
        return sum(1 for _, degree, _ in self.degrees().values() if degree in ("IDT", "MOD"))

    @property
    def share_with_counterpart(self) -> float:
        judged = self.rows - self.empty
        return self.with_counterpart / judged if judged else 0.0

    @property
    def share_at_international_level(self) -> float | None:
        """Indicators consistent or stricter, out of all compared indicators (the consumer-goods convention)."""
        total = sum(self.indicator_verdicts.values())
        if not total:
            return None
        return (self.indicator_verdicts["consistent"] + self.indicator_verdicts["stricter"]) / total

    @property
    def share_standards_with_counterpart(self) -> float:
        return len(self.standards_with_counterpart) / len(self.standards) if self.standards else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows": self.rows, "empty_rows": self.empty, "with_counterpart": self.with_counterpart,
            "share_with_counterpart": round(self.share_with_counterpart, 4),
            "verdicts": dict(self.verdicts), "indicator_verdicts": dict(self.indicator_verdicts),
            "share_indicators_at_international_level": (None if self.share_at_international_level is None
                                                        else round(self.share_at_international_level, 4)),
            "standards": len(self.standards), "standards_with_counterpart": len(self.standards_with_counterpart),
            "share_standards_with_counterpart": round(self.share_standards_with_counterpart, 4),
            "confirmed": self.confirmed, "target": OUTLINE_TARGET,
            "suggested_degrees": {d: {"international": i, "degree": g, "clauses": n}
                                  for d, (i, g, n) in sorted(self.degrees().items())},
            "adopted_idt_mod": self.adopted,
        }


def _text(value, style: int = 0):
    """A value shown in the style with id `style` (see `_Styles`); text always stays text."""
    return Styled(value, style) if style else value


class _Styles:
    """The cell styles of the workbook, registered once each: the attributes are style ids."""

    def __init__(self, sheet: RowWriter) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        top = Alignment(vertical="top")
        self.header = sheet.style({"font": Font(bold=True, color="FFFFFF"),
                                   "fill": PatternFill("solid", fgColor="305496"),
                                   "alignment": Alignment(wrap_text=True, vertical="center", horizontal="center"),
                                   "border": Border(bottom=Side(style="thin"))})
        self.wrap = sheet.style({"alignment": Alignment(wrap_text=True, vertical="top")})
        self.number = sheet.style({"alignment": top, "number_format": "0.0"})
        self.verdict = {v: sheet.style({"fill": PatternFill("solid", fgColor=c), "alignment": top})
                        for v, c in VERDICT_FILLS.items()}
        self.miss = sheet.style({"font": Font(italic=True, color="808080"), "alignment": top})
        self.percent = sheet.style({"number_format": "0.0%"})
        self.title = sheet.style({"font": Font(bold=True, size=14)})
        self.bold = sheet.style({"font": Font(bold=True)})


def _sheet(wb, title: str, headers: list[tuple[str, float]], styles: _Styles, hidden: tuple[str, ...] = ()):
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)
    for i, (name, width) in enumerate(headers, start=1):
        dim = ws.column_dimensions[get_column_letter(i)]
        dim.width = width
        if name in hidden:
            dim.hidden = True
    ws.freeze_panes = "A2"
    rows = RowWriter(ws)  # after the widths and panes: they are written before the first row
    rows.append([_text(name, styles.header) for name, _ in headers])
    return rows


def _width(header: str) -> float:
    return min(40.0, max(10.0, len(str(header)) * 2.2))


def verdict_label(verdict: str | None) -> str:
    if not verdict:
        return ""
    return f"{VERDICT_ZH.get(verdict, verdict)} / {verdict}"


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
    """
    from openpyxl import Workbook
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook(write_only=True)
    summary_ws = wb.create_sheet("Summary")  # first tab; filled once every row is known
    _summary_layout(summary_ws)
    summary_rows = RowWriter(summary_ws)
    styles = _Styles(summary_rows)
    own = [(h or f"column {i + 1}", _width(h)) for i, h in enumerate(headers)]
    matches = _sheet(wb, "Matches", own + MATCH_COLUMNS, styles, hidden=HIDDEN)
    cands = _sheet(wb, "Candidates", [("行号\nRow", 8), ("查询条款\nQuery", 50), ("排名\nRank", 8),
                                      ("候选标准\nCandidate standard", 22), ("候选条款\nCandidate clause", 18),
                                      ("候选条款内容\nCandidate text", 60), ("相似度\nScore", 10)], styles)
    inds = _sheet(wb, "Indicators", [("行号\nRow", 8), ("参数\nParameter", 22), ("国内值\nDomestic value", 26),
                                     ("国际值\nInternational value", 26), ("结论\nVerdict", 22),
                                     ("国内原文\nDomestic text", 30), ("国际原文\nInternational text", 30)], styles)
    summary = Summary()
    n_own = len(own)
    score_col = get_column_letter(n_own + 4)
    try:
        for result in results:
            if on_row:
                on_row(result)
            _add_result(result, headers, matches, cands, inds, summary, info, compare, candidates, styles)
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
    matches.ws.conditional_formatting.add(f"{score_col}2:{score_col}{max(last, 2)}", ColorScaleRule(
        start_type="num", start_value=40, start_color="F8696B", mid_type="num", mid_value=info.threshold,
        mid_color="FFEB84", end_type="num", end_value=90, end_color="63BE7B"))
    review_col = get_column_letter(n_own + 7)
    choices = DataValidation(type="list", formula1='"' + ",".join(REVIEW_CHOICES) + '"', allow_blank=True,
                             showErrorMessage=True, errorTitle="审核 / Review",
                             error="请选择 确认、驳回 或 待定 (confirm, reject, pending)")
    choices.add(f"{review_col}2:{review_col}{max(last, 2)}")
    matches.ws.data_validations.append(choices)
    cands.ws.auto_filter.ref = f"A1:G{max(summary.candidate_rows + 1, 2)}"
    inds.ws.auto_filter.ref = f"A1:G{max(summary.indicator_rows + 1, 2)}"
    _write_summary(summary_rows, summary, info, styles)
    with atomic_path(Path(path)) as tmp:
        wb.save(tmp)
    return summary


def _add_result(result: MatchResult, headers: list[str], matches, cands, inds, summary: Summary,
                info: WorkbookInfo, compare: CompareFn | None, candidates: int, styles: _Styles) -> None:
    row = result.row
    summary.rows += 1
    if row.standard:
        summary.standards.add(row.standard)
    best = result.matches[0] if result.matches else None
    found = best is not None and best.score >= info.threshold
    verdict = ""
    if not row.text.strip():
        summary.empty += 1
        status = EMPTY
    elif found:
        summary.with_counterpart += 1
        if row.standard:
            summary.standards_with_counterpart.add(row.standard)
        status = MATCHED
        if best.confirmed:
            summary.confirmed += 1
        if compare is not None:
            verdict = _add_indicators(result, best, compare, inds, summary, styles)
    else:
        status = NO_COUNTERPART
    # Styled cells cost time; only text (wrapped), score, verdict and status carry a style.
    own = [_plain(row.original.get(h), styles) for h in headers]
    shown = best if found else None
    matches.append(own + [
        _plain(shown.clause.standard if shown else None, styles),
        _plain(shown.clause.clause if shown else None, styles),
        _text(shown.clause.text if shown else None, styles.wrap),
        _text(best.score if best else None, styles.number),
        _text(verdict_label(verdict), styles.verdict[verdict]) if verdict else None,
        _text(status, styles.wrap if found else styles.miss),
        "已确认" if shown and shown.confirmed else None,
        None,
        _plain(row.standard, styles), _plain(row.clause, styles), _plain(row.text, styles),
    ])
    for rank, cand in enumerate(result.matches[:candidates], start=1):
        summary.candidate_rows += 1
        cands.append([row.row, _text(row.text, styles.wrap), rank, _plain(cand.clause.standard, styles),
                      _plain(cand.clause.clause, styles), _text(cand.clause.text, styles.wrap),
                      cand.score])


def _plain(value, styles: _Styles):
    """A value as it is, except long text, which wraps (text is always written as text, never a formula)."""
    if isinstance(value, str) and len(value) > 30:
        return Styled(value, styles.wrap)
    return value


def _add_indicators(result: MatchResult, best, compare: CompareFn, inds, summary: Summary,
                    styles: _Styles) -> str:
    """Compare the row with its counterpart (domestic side first) and list the indicators; returns the verdict."""
    if result.target_side == "international":
        domestic, international = result.row.text, best.clause.text
    else:
        domestic, international = best.clause.text, result.row.text
    done = getattr(best, "comparison", None)  # already judged by compare.matching.lists.attach_comparisons
    comparison = done.to_dict() if done is not None else compare(domestic, international)
    verdict = comparison.get("overall") or ""
    if verdict:
        summary.verdicts[verdict] += 1
    if result.target_side == "international":
        key = (result.row.standard or "(no standard)", best.clause.standard)
    else:
        key = (best.clause.standard, result.row.standard or "(no standard)")
    counts, clauses = summary.pairs.get(key, (Counter(), 0))
    summary.pairs[key] = (counts, clauses + 1)
    for item in comparison.get("indicators", []):
        v = item.get("verdict", "")
        summary.indicator_verdicts[v] += 1
        counts[v] += 1
        summary.indicator_rows += 1
        inds.append([result.row.row, _text(item.get("parameter")),
                     _text(_side_value(item.get("domestic"))), _text(_side_value(item.get("international"))),
                     _text(verdict_label(v), styles.verdict.get(v)),
                     _text((item.get("domestic") or {}).get("text")),
                     _text((item.get("international") or {}).get("text"))])
    return verdict


def _side_value(side: dict | None) -> str:
    if not side:
        return ""
    comparator = {"max": "≤", "min": "≥", "equal": "=", "range": "", "tolerance": "±"}.get(side.get("comparator"), "")
    value = side.get("value")
    if isinstance(value, (list, tuple)) and len(value) == 2:
        value = f"{value[0]}–{value[1]}"
    text = f"{comparator}{value} {side.get('unit') or ''}".strip()
    if side.get("basis"):
        text += f" ({side['basis']})"
    return text


def _summary_layout(sheet) -> None:
    sheet.column_dimensions["A"].width = 46
    for col in "BCD":
        sheet.column_dimensions[col].width = 16


def _write_summary(ws: RowWriter, summary: Summary, info: WorkbookInfo, styles: _Styles) -> None:
    """The Summary sheet (its column widths were set by `_summary_layout` before its first row)."""
    from openpyxl.chart import BarChart, Reference

    sheet = ws.ws
    ws.append([_text("标准比对结果汇总 / Comparison summary", styles.title)])
    ws.append([])
    ws.append([_text(h, styles.header) for h in ("指标 / Figure", "数值 / Value", "比例 / Share",
                                                     "目标 / Target (85 %)")])
    figures = [
        ("清单行数 / Rows in the list", summary.rows, None, None),
        ("空行 / Empty rows", summary.empty, None, None),
        ("找到对应条款 / Rows with a counterpart", summary.with_counterpart, summary.share_with_counterpart,
         OUTLINE_TARGET),
        ("清单中的标准 / Standards listed", len(summary.standards), None, None),
        ("有国际对应的标准 / Standards with an international counterpart", len(summary.standards_with_counterpart),
         summary.share_standards_with_counterpart, OUTLINE_TARGET),
        ("指标达到国际水平（一致或严于）/ Indicators at the international level (consistent or stricter)",
         sum(summary.indicator_verdicts[v] for v in ("consistent", "stricter")),
         summary.share_at_international_level, None),
        ("其中建议为等同/修改采用 (IDT/MOD) / Of those, suggested IDT or MOD", summary.adopted,
         summary.adopted / len(summary.standards_with_counterpart) if summary.standards_with_counterpart else None,
         OUTLINE_TARGET),
        ("已确认的对应 / Counterparts confirmed in review", summary.confirmed, None, None),
    ]
    for label, value, share, target in figures:
        ws.append([_text(label, styles.wrap), value,
                   _text(share, styles.percent) if share is not None else None,
                   _text(target, styles.percent) if target is not None else None])
    ws.append([])
    ws.append([_text(h, styles.header) for h in ("条款结论 / Clause verdict", "条款数 / Clauses",
                                                     "指标数 / Indicators", "")])
    first_verdict_row = ws.rows + 1
    order = ["consistent", "stricter", "looser", "different", "missing_domestic", "missing_international"]
    for verdict in order:
        ws.append([_text(verdict_label(verdict), styles.verdict[verdict]), summary.verdicts.get(verdict, 0),
                   summary.indicator_verdicts.get(verdict, 0)])
    last_verdict_row = ws.rows
    ws.append([])
    degrees = summary.degrees()
    if degrees:
        ws.append([_text(h, styles.header) for h in ("国内标准 / Domestic standard", "对应国际标准 / "
                   "International counterpart", "建议一致性程度 / Suggested degree", "条款数 / Clauses")])
        for domestic, (international, degree, clauses) in sorted(degrees.items()):
            ws.append([_text(domestic), _text(international), degree, clauses])
        ws.append([_text("一致性程度依据 GB/T 1.2-2020（ISO/IEC Guide 21-1）由指标比对结果建议，需审核确认；仅 IDT、MOD 计为采用。"
                                "Degrees are suggested from the indicator comparison (GB/T 1.2-2020, ISO/IEC Guide "
                                "21-1) for the reviewer to confirm; only IDT and MOD count as adoption.", styles.wrap)])
        ws.append([])
    for label, value in (("生成时间 / Created", info.created), ("比对清单 / List", info.source),
                         ("比对库 / Store", info.store), ("模型 / Model", info.model),
                         ("相似度阈值 / Score threshold", info.threshold),
                         ("说明 / Note", "相似度低于阈值的行标为“未找到对应”；候选见 Candidates 表。"
                                         "Rows scoring below the threshold are marked 'no counterpart found'; "
                                         "their best guesses are on the Candidates sheet. "
                                         "国际标准采用率目标 85 %（《国家标准化发展纲要》）。")):
        ws.append([_text(label, styles.bold), _text(value, styles.wrap)])
    chart = BarChart()
    chart.type = "bar"
    chart.title = "指标比对结论 / Indicator verdicts"
    chart.y_axis.title = "数量 / count"
    chart.height, chart.width = 7.5, 16
    data = Reference(sheet, min_col=2, max_col=3, min_row=first_verdict_row - 1, max_row=last_verdict_row)
    labels = Reference(sheet, min_col=1, min_row=first_verdict_row, max_row=last_verdict_row)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(labels)
    sheet.add_chart(chart, "F3")
