"""The adoption report: a workbook for officials (summary with chart, standards, gaps, outdated, outside the
rate, links, notes) and the same figures as a dict for JSON. The rule the rate is computed under is stated on
the Summary sheet and in the JSON. The workbook appears only when complete (atomic rename)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from compare.adoption.rate import AdoptionResult, Figures, Outcome
from compare.adoption.links import Link
from compare.core.errors import InputFileError
from compare.adoption.ics import field_name
from compare.core.files import atomic_path
from compare.io.sheet_layout import print_layout, row_height
from compare.io.xlsx import RowWriter, Styled, save_workbook

DECISIONS = ("confirmed", "rejected", "to check")
_FIELD_COLUMNS = ["ICS field", "Field", "领域", "In scope", "IDT", "MOD", "Adopted (IDT+MOD)", "NEQ only",
                  "Other level only", "To confirm", "Not adopted", "Adoption rate %", "Target %", "Meets target", "Adoptions needed",
                  "Outdated adoptions", "Current-edition rate %"]
_STATUS_FILLS = {"IDT": "C6EFCE", "MOD": "DDEBF7", "NEQ only": "FFEB9C", "candidate": "FCE4D6",
                 "not adopted": "FFC7CE"}


def figures_to_dict(figures: Figures) -> dict[str, Any]:
    return {"field": figures.field, "name": figures.name, "name_zh": figures.name_zh,
            "in_scope": figures.in_scope, "idt": figures.idt, "mod": figures.mod, "adopted": figures.adopted,
            "neq_only": figures.neq, "other_level_only": figures.other_level, "to_confirm": figures.candidate, "not_adopted": figures.not_adopted,
            "rate": figures.rate, "target": figures.target, "meets_target": figures.meets_target,
            "adoptions_needed": figures.needed, "outdated": figures.outdated,
            "current_edition_rate": figures.current_edition_rate}


def link_to_dict(link: Link) -> dict[str, Any]:
    return {"domestic": link.domestic.label, "domestic_title": link.domestic.any_title,
            "domestic_status": link.domestic.status, "route": link.route, "degree": link.degree,
            "counted": link.counts, "edition": link.edition, "score": link.score,
            "suggested_degree": link.suggested or None, "evidence": link.evidence}


def outcome_to_dict(outcome: Outcome) -> dict[str, Any]:
    s = outcome.standard
    return {"standard": s.label, "title": s.any_title, "ics": s.ics, "field": s.field or "-",
            "status": outcome.status, "outdated": outcome.outdated, "outdated_reason": outcome.outdated_reason,
            "links": [link_to_dict(link) for link in outcome.links]}


def result_to_dict(result: AdoptionResult) -> dict[str, Any]:
    """The JSON shape of an adoption report, shared by the CLI and the HTTP API."""
    return {"target": result.target, "rule": result.rule.to_dict(), "similarity": result.similarity,
            "sources": result.sources,
            "overall": figures_to_dict(result.overall), "fields": [figures_to_dict(f) for f in result.fields],
            "gaps": [outcome_to_dict(o) for o in result.gaps],
            "outdated": [outcome_to_dict(o) for o in result.outdated],
            "outside_rate": [outcome_to_dict(o) for o in result.outside],
            "standards": [outcome_to_dict(o) for o in result.outcomes],
            "notes": [{"kind": i.kind, "side": i.side, "standard": i.number, "line": i.line, "message": i.message}
                      for i in result.issues]}


def write_report(result: AdoptionResult, path: str | Path) -> Path:
    """Write the report workbook to `path` (.xlsx) atomically; returns the path."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise InputFileError(f"the adoption report is a workbook: give an output name ending in .xlsx, not "
                             f"'{path.name}'")
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    _summary(wb, result)
    _standards(wb, result.outcomes)
    _gaps(wb, result.gaps)
    _outdated(wb, result.outdated)
    _outside(wb, result.outside)
    _links(wb, result.outcomes + result.outside)
    _notes(wb, result)
    with atomic_path(path) as tmp:
        save_workbook(wb, tmp)
    return path


# ---------------------------------------------------------------- sheets

def _summary(wb, result: AdoptionResult) -> None:
    from openpyxl.chart import BarChart, LineChart, Reference
    from openpyxl.styles import Font

    ws = wb.create_sheet("Summary")
    overall = result.overall
    bold = Font(bold=True)
    intro = [
        ("International-standard adoption report 国际标准采用情况", Font(bold=True, size=14)),
        (f"International catalogue: {result.sources.get('international', '')}; domestic catalogue: "
         f"{result.sources.get('domestic', '')}; title similarity: {result.similarity}", None),
        (f"Rule 计算规则 — {result.rule.description} / {result.rule.description_zh}", None),
        ("Adopted = a current domestic standard adopts it IDT or MOD (GB/T 1.2-2020, ISO/IEC Guide 21-1); NEQ does "
         "not count; withdrawn standards are out of scope; an adoption of an edition since revised counts but is "
         "flagged as outdated.", None),
        (f"Overall adoption rate 采用率: {_pct(overall.rate)} of {overall.in_scope} international standards "
         f"(target {result.target:g} %: {'met 已达到' if overall.meets_target else 'not met 未达到'}); "
         f"current-edition rate {_pct(overall.current_edition_rate)}; {len(result.outside)} standard(s) of bodies "
         f"outside the rule listed on the 'Outside the rate' sheet; {len(result.issues)} note(s) on the Notes sheet.", bold),
        ("", None),
    ]
    header_row = len(intro) + 1
    # A write-only sheet takes its frozen panes and page set-up before any row is written. Printed as a page,
    # not cut into columns across pages: A4 landscape, one page wide, the table's header repeated.
    ws.freeze_panes = f"A{header_row + 1}"
    print_layout(ws, title_rows=f"{header_row}:{header_row}", grid=False)
    out = _Rows(ws, [12, 44, 28] + [12] * (len(_FIELD_COLUMNS) - 3))
    for text, font in intro:  # one line each, running on to the right
        out.writer.append([Styled(text, out.writer.style({"font": font})) if font is not None else text])
    out.header(_FIELD_COLUMNS)
    for figures in list(result.fields) + [overall]:
        out.append(_field_row(figures))
    last = header_row + len(result.fields)
    if result.fields:
        bars = BarChart()
        bars.title = "Adoption rate by ICS field (target line)"
        bars.y_axis.title = "%"
        bars.x_axis.title = "ICS field"
        bars.y_axis.scaling.min, bars.y_axis.scaling.max = 0, 100
        rate_col = _FIELD_COLUMNS.index("Adoption rate %") + 1
        target_col = _FIELD_COLUMNS.index("Target %") + 1
        bars.add_data(Reference(ws, min_col=rate_col, min_row=header_row, max_row=last), titles_from_data=True)
        bars.set_categories(Reference(ws, min_col=1, min_row=header_row + 1, max_row=last))
        target = LineChart()
        target.add_data(Reference(ws, min_col=target_col, min_row=header_row, max_row=last), titles_from_data=True)
        bars += target
        bars.height, bars.width = 9, 22
        ws.add_chart(bars, f"B{last + 4}")


def _field_row(f: Figures) -> list:
    return [f.field, f.name, f.name_zh, f.in_scope, f.idt, f.mod, f.adopted, f.neq, f.other_level, f.candidate,
            f.not_adopted,
            f.rate, f.target, "yes" if f.meets_target else "no", f.needed, f.outdated, f.current_edition_rate]


def _standards(wb, outcomes: Iterable[Outcome]) -> None:
    columns = ["ICS field", "ICS", "International standard", "Title", "Status", "Outdated", "Domestic standard",
               "Domestic title", "Degree", "Route", "Score", "Evidence", "Edition note", "Reviewer decision"]
    rows = []
    for o in outcomes:
        best = o.best
        rows.append([o.standard.field or "-", o.standard.ics, o.standard.label, o.standard.any_title, o.status,
                     "yes" if o.outdated else "", *_link_cells(best), o.outdated_reason, ""])
    _table(wb, "Standards", columns, rows, [9, 12, 24, 50, 12, 9, 24, 40, 11, 11, 8, 50, 40, 16],
           status_col=5, score_col=11, decision_col=14)


def _gaps(wb, gaps: Iterable[Outcome]) -> None:
    columns = ["ICS field", "Field", "International standard", "Title", "Status", "Candidate domestic standard",
               "Candidate title", "Degree", "Route", "Score", "Evidence", "Suggested degree (clauses)",
               "Reviewer decision"]
    rows = []
    for o in gaps:
        best = o.best if o.best and o.best.domestic_current else None
        name = field_name(o.standard.field)[0] if o.standard.field else field_name("")[0]
        domestic, title, degree, route, score, evidence = _link_cells(best)
        rows.append([o.standard.field or "-", name, o.standard.label, o.standard.any_title, o.status, domestic,
                     title, degree, route, score, evidence, best.suggested if best else "", ""])
    _table(wb, "Gaps", columns, rows, [9, 30, 24, 50, 12, 24, 40, 11, 11, 8, 50, 14, 16],
           status_col=5, score_col=10, decision_col=13)


def _outdated(wb, outdated: Iterable[Outcome]) -> None:
    columns = ["ICS field", "International standard (current edition)", "Title", "Domestic standard",
               "Domestic title", "Degree", "Why outdated"]
    rows = [[o.standard.field or "-", o.standard.label, o.standard.any_title, o.best.domestic.label,
             o.best.domestic.any_title, o.best.degree, o.outdated_reason] for o in outdated if o.best]
    _table(wb, "Outdated", columns, rows, [9, 30, 50, 24, 40, 9, 60])


def _outside(wb, outside: Iterable[Outcome]) -> None:
    columns = ["International standard", "Title", "Status (not counted)", "Domestic standard", "Domestic title",
               "Degree", "Route", "Score", "Evidence"]
    rows = [[o.standard.label, o.standard.any_title, o.status, *_link_cells(o.best)] for o in outside]
    _table(wb, "Outside the rate", columns, rows, [24, 50, 16, 24, 40, 11, 11, 8, 50])


def _links(wb, outcomes: Iterable[Outcome]) -> None:
    columns = ["International standard", "Domestic standard", "Domestic title", "Domestic status", "Degree",
               "Route", "Counted", "Edition adopted", "Score", "Evidence", "Suggested degree (clauses)"]
    rows = [[o.standard.label, link.domestic.label, link.domestic.any_title, link.domestic.status, link.degree,
             link.route, "yes" if link.counts else "no", link.edition, link.score, link.evidence, link.suggested]
            for o in outcomes for link in o.links]
    _table(wb, "Links", columns, rows, [24, 24, 40, 12, 11, 11, 9, 10, 8, 60, 14], score_col=9)


def _notes(wb, result: AdoptionResult) -> None:
    columns = ["Kind", "Side", "Standard", "Line", "Note"]
    rows = [[i.kind, i.side, i.number, i.line, i.message] for i in result.issues]
    _table(wb, "Notes", columns, rows, [16, 14, 26, 7, 110])


# ---------------------------------------------------------------- helpers

def _link_cells(link: Link | None) -> list:
    if link is None:
        return ["", "", "", "", None, ""]
    return [link.domestic.label, link.domestic.any_title, link.degree, link.route, link.score, link.evidence]


def _table(wb, title: str, columns: list[str], rows: list[list], widths: list[int], *, status_col: int = 0,
           score_col: int = 0, decision_col: int = 0) -> None:
    """A sheet with a frozen, filtered header; optional status fills, score colour scale and decision drop-down."""
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    ws = wb.create_sheet(title)
    ws.freeze_panes = "A2"
    print_layout(ws)  # A4 landscape, one page wide, header row repeated on every page
    last = len(rows) + 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(last, 2)}"
    if score_col and rows:
        letter = get_column_letter(score_col)
        ws.conditional_formatting.add(f"{letter}2:{letter}{last}", ColorScaleRule(
            start_type="num", start_value=50, start_color="F8696B", mid_type="num", mid_value=75,
            mid_color="FFEB84", end_type="num", end_value=100, end_color="63BE7B"))
    if decision_col and rows:
        letter = get_column_letter(decision_col)
        choice = DataValidation(type="list", formula1='"' + ",".join(DECISIONS) + '"', allow_blank=True)
        ws.data_validations.append(choice)
        choice.add(f"{letter}2:{letter}{last}")
    out = _Rows(ws, widths)
    out.header(columns)
    for row in rows:
        out.append(row, status_at=status_col - 1 if status_col else None)


class _Rows:
    """The rows of one sheet of the report: column widths set first, the report's few styles, each row as tall
    as its wrapped text needs (rows written without a height overlapped when printed)."""

    def __init__(self, ws, widths: list[float]) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        self.widths = list(widths)
        self.writer = RowWriter(ws)
        wrap = Alignment(wrap_text=True, vertical="top")
        self._header = self.writer.style({"font": Font(bold=True), "alignment": wrap,
                                          "fill": PatternFill("solid", start_color="D9E1F2", end_color="D9E1F2")})
        self._wrap = self.writer.style({"alignment": wrap})
        self._fills = {name: self.writer.style({"alignment": wrap, "fill": PatternFill("solid", start_color=colour,
                                                                                       end_color=colour)})
                       for name, colour in _STATUS_FILLS.items()}

    def header(self, columns: list[str]) -> None:
        # bold text runs about a tenth wider than the widths are measured for
        self.writer.append([Styled(name, self._header) for name in columns],
                           height=row_height(columns, [w * 0.9 for w in self.widths]))

    def append(self, values: list, status_at: int | None = None) -> None:
        """A row; the cell at `status_at` (0-based) is filled by its status (IDT, MOD, not adopted ...)."""
        styles = [self._wrap] * len(values)
        if status_at is not None and values[status_at] in self._fills:
            styles[status_at] = self._fills[values[status_at]]
        self.writer.append([None if v is None else Styled(v, st) for v, st in zip(values, styles)],
                           height=row_height(values, self.widths))


def _pct(rate: float | None) -> str:
    return "n/a" if rate is None else f"{rate:.1f} %"
