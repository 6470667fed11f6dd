"""The comparison report (比对分析报告) as a Word document an official can hand in: scope and method, the
four-way table of indicator verdicts, the degree suggested per standard with its reasons, the adoption rate under
the stated rule beside the 85 % target, the table of indicator differences, what a reviewer must still check,
and a place to sign. Chinese, with the English terms where they help. Fed by `compare.io.report_data`.
"""

from __future__ import annotations

from pathlib import Path

from compare.core.errors import InputFileError
from compare.core.policy import ADOPTION_TARGET_SOURCE
from compare.core.vocabulary import FOUR_WAY, Degree, Verdict
from compare.io.report_data import PAIR, ReportInput
from compare.io.summary import CHECK_ZH, CLAUSES_COLUMN_NOTE, VERDICT_ZH, other_counterparts_note, verdict_label
from compare.core.files import atomic_path

BODY_FONT, HEADING_FONT, LATIN_FONT = "宋体", "黑体", "Times New Roman"
# Rows of the differences table printed in full; the rest are counted (the workbook lists them all).
MAX_DIFFERENCES = 300
MAX_CHECKS = 200
DEGREE_ZH = {"IDT": "等同采用 IDT", "MOD": "修改采用 MOD", "NEQ": "非等效 NEQ", "—": "未建议（无可比指标）—"}


def write_report_docx(report: ReportInput, path: str | Path) -> Path:
    """Write the report to `path` (.docx) atomically; returns the path."""
    path = Path(path)
    if path.suffix.lower() != ".docx":
        raise InputFileError(f"the comparison report is a Word document: give an output name ending in .docx, not "
                             f"'{path.name}'", option="output")
    document = _document()
    _cover(document, report)
    _scope(document, report)
    _method(document, report)
    _results(document, report)
    _degrees(document, report)
    _adoption(document, report)
    _differences(document, report)
    _checks(document, report)
    _sign(document, report)
    with atomic_path(path) as tmp:
        document.save(str(tmp))
    return path


# ------------------------------------------------------------------------------------------------ document

def _document():
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    section.left_margin, section.right_margin = Cm(2.6), Cm(2.2)
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name, normal.font.size = LATIN_FONT, Pt(11)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BODY_FONT)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.25
    for name, size in (("Title", 20), ("Heading 1", 15), ("Heading 2", 12.5)):
        style = styles[name]
        style.font.name, style.font.size, style.font.bold = LATIN_FONT, Pt(size), True
        style.font.color.rgb = RGBColor(0, 0, 0)
        rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:eastAsia", "w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme"):
            rfonts.attrib.pop(qn(attr), None)
        rfonts.set(qn("w:eastAsia"), HEADING_FONT)
        style.paragraph_format.space_before = Pt(12 if name != "Title" else 0)
        style.paragraph_format.space_after = Pt(6)
    _footer(section)
    return document


def _footer(section) -> None:
    """Centred page numbers: 第 N 页 / 共 M 页."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def text(value: str) -> None:
        run = paragraph.add_run(value)
        run.font.size = Pt(9)

    def field(code: str) -> None:
        run = paragraph.add_run()
        run.font.size = Pt(9)
        for kind, content in (("begin", None), ("instr", code), ("separate", None), ("text", "1"), ("end", None)):
            if kind == "instr":
                element = OxmlElement("w:instrText")
                element.set(qn("xml:space"), "preserve")
                element.text = content
            elif kind == "text":
                element = OxmlElement("w:t")
                element.text = content
            else:
                element = OxmlElement("w:fldChar")
                element.set(qn("w:fldCharType"), kind)
            run._r.append(element)

    text("第 ")
    field(" PAGE ")
    text(" 页 / 共 ")
    field(" NUMPAGES ")
    text(" 页")


def _paragraph(document, text: str = "", *, bold: bool = False, size: float | None = None, align: str = "",
               italic: bool = False, indent: bool = False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    if align:
        paragraph.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(22)
    if text:
        run = paragraph.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
    return paragraph


def _table(document, header: list[str], rows: list[list], widths_cm: list[float], *, size: float = 9.5,
           align_right: tuple[int, ...] = ()):
    """A gridded table with a shaded header row that repeats on every page."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False

    def fill(cell, value, *, bold=False, right=False):
        cell.text = ""
        paragraph = cell.paragraphs[0]
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.line_spacing = 1.1
        if right:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = paragraph.add_run("" if value is None else str(value))
        run.font.size = Pt(size)
        run.bold = bold

    for i, name in enumerate(header):
        cell = table.rows[0].cells[i]
        fill(cell, name, bold=True)
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:fill"), "D9E1F2")
        cell._tc.get_or_add_tcPr().append(shading)
    header_props = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header_props.append(repeat)
    for values in rows:
        cells = table.add_row().cells
        for i, value in enumerate(values):
            fill(cells[i], value, right=i in align_right)
    for i, width in enumerate(widths_cm):  # the grid (LibreOffice reads it) and each cell (Word reads those)
        table.columns[i].width = Cm(width)
        for cell in table.columns[i].cells:
            cell.width = Cm(width)
    document.add_paragraph().paragraph_format.space_after = Pt(2)
    return table


def _pct(share: float | None) -> str:
    return "—" if share is None else f"{100 * share:.1f} %"


# ------------------------------------------------------------------------------------------------ sections

def _cover(document, report: ReportInput) -> None:
    s = report.summary
    document.add_paragraph("标准比对分析报告", style="Title").alignment = 1
    _paragraph(document, "Comparison analysis report: domestic standards and their international counterparts",
               align="center", italic=True, size=10.5)
    rows = [["比对对象 Subject", report.subject or "—"],
            ["比对类型 Kind", "两项标准逐条比对 / two standards, clause by clause" if report.kind == PAIR else
             "比对清单 / a list of clauses or standards"],
            ["国内条款 Domestic clauses" if report.kind == PAIR else "清单行数 Rows", _rows_note(s)],
            ["国内标准 Domestic standards", str(len(s.standards)) if report.kind != PAIR else
             ", ".join(sorted(s.standards)) or "—"],
            ["报告日期 Date", report.created]]
    if report.source_note:
        rows.append(["依据 Based on", report.source_note])
    _table(document, ["项目 Item", "内容 Content"], rows, [4.5, 11.7], size=10)


def _scope(document, report: ReportInput) -> None:
    s = report.summary
    document.add_heading("一、范围 Scope", level=1)
    bodies = ", ".join(sorted(s.by_body)) or "—"
    if report.kind == PAIR:
        text = (f"本报告对 {report.subject} 两项标准逐条对齐，共 {s.rows} 条国内条款，其中 {s.with_counterpart} 条找到"
                f"对应国际条款，并比对其关键技术指标。")
    elif report.of_standards:
        text = (f"本报告比对清单“{report.subject}”中的 {s.rows} 项整部标准（标准号、标准名称，没有条款内容），为每项"
                f"查找对应的标准，找到 {s.with_counterpart} 项；标准名称不含技术指标，故不比对指标。")
    else:
        text = (f"本报告比对清单“{report.subject}”中的 {s.rows} 行（{len(s.standards)} 项国内标准），为每行查找国际"
                f"标准中的对应条款，找到 {s.with_counterpart} 行，并比对其关键技术指标。")
    if not report.of_standards:
        text += f"对应条款所属的国际标准组织：{bodies}。"
    _paragraph(document, text, indent=True)
    _paragraph(document, "本报告依据《国家标准化发展纲要》第二十三条“持续开展重点领域标准比对分析”的要求编写，供比对"
                         "人员审核、确认后使用；其中的一致性程度与采用率均为建议值，须经审核确认。", indent=True)


def _method(document, report: ReportInput) -> None:
    document.add_heading("二、方法 Method", level=1)
    model = report.model or "默认模型 default encoder"
    if report.kind == PAIR:
        first = (f"条款对齐 Alignment：用跨语言语义模型（{model}）计算两项标准条款间的相似度，按条款顺序（等同采用时）"
                 f"或全局一对一分配对齐（1:1、1:2、2:1）；相似度（0–100）低于 {report.low_score:g} 的对齐列入复核事项。")
    elif report.of_standards:
        first = ("对应标准 Counterparts：清单的采标情况列、标准目录、双编号或标准名称写明所采用的国际标准的，直接取用"
                 f"（相似度记为 100）；其余用跨语言语义模型（{model}）比较标准名称与比对库"
                 f"{'（' + report.store + '）' if report.store else ''}中各标准的名称；相似度（0–100）低于 "
                 f"{report.threshold:g} 的记为“未找到对应”，低于 {report.low_score:g} 的列入复核事项。")
    else:
        first = (f"对应条款 Counterparts：用跨语言语义模型（{model}）在比对库"
                 f"{'（' + report.store + '）' if report.store else ''}中检索；相似度（0–100）低于 "
                 f"{report.threshold:g} 的行记为“未找到对应”，低于 {report.low_score:g} 的列入复核事项。")
    items = [
        first,
        "关键技术指标 Key indicators：从两侧条款读出参数、限值、单位和条件（以…计、干基等），统一单位后比较。"
        "结论从国内一侧看：限值更严为“严于国际 stricter”，更宽为“宽于国际 looser”，相同为“一致 consistent”；"
        "计量基准、条件或限值类型不同为“不同 different”，不判严宽。",
        "四分类 Four-way table：严于、一致、宽于、不同四类，同 2015 年消费品安全标准国际比对的统计口径；"
        "缺项（一侧无对应指标）单列，不计入四类。",
        "一致性程度 Degree of correspondence：依据 GB/T 1.2-2020（ISO/IEC Guide 21-1），由指标比对结果建议"
        "IDT（等同）、MOD（修改）或 NEQ（非等效），须由审核人依据标准前言确认：比对的指标全部一致且没有只在一侧读出的指标为 IDT；"
        "一致的至少占一半、其余为技术差异（含只在一侧读出的指标，即增加或删减的要求）为 MOD；不足一半为 NEQ；"
        "没有两侧都读出的指标时不建议程度（—），不计入采用率。",
        f"采用率 Adoption rate：{report.rule.description_zh}。",
    ]
    if report.of_standards:
        items = [first, "一致性程度 Degree of correspondence：取自写明的采标情况（GB/T 1.2-2020，ISO/IEC Guide 21-1："
                        "IDT 等同、MOD 修改、NEQ 非等效）；按名称找到而未写明的，须由审核人依据标准前言确认。", items[-1]]
    for item in items:
        document.add_paragraph(item, style="List Bullet")


def _rows_note(s) -> str:
    """'13（空行 0，合计行 1）': a list's total row is no blank row."""
    totals = f"，合计行 {s.totals}" if s.totals else ""
    return f"{s.rows}（空行 {s.empty - s.totals}{totals}）"


def _results(document, report: ReportInput) -> None:
    s = report.summary
    document.add_heading("三、比对结果 Results", level=1)
    document.add_heading("（一）匹配情况 Match coverage", level=2)
    found = "标准" if report.of_standards else "条款"
    _table(document, ["项目 Figure", "数量 Count", "比例 Share"], [
        ["清单行数 Rows in the list", s.rows, ""],
        [f"找到对应{found}的行 Rows with a counterpart", s.with_counterpart, _pct(s.share_with_counterpart)],
        [f"有对应{found}的国内标准 Standards with a counterpart", len(s.standards_with_counterpart),
         _pct(s.share_standards_with_counterpart)],
        ["审核已确认 Confirmed in review", s.confirmed, ""],
    ], [9.0, 3.2, 3.2], align_right=(1, 2))
    _paragraph(document, f"匹配覆盖率说明找到了多少对应{found}，不是采用率，不与 85 % 目标比较。", italic=True, size=9.5)
    if report.of_standards:
        _paragraph(document, "标准名称不含技术指标，本清单没有比对指标；要比对关键技术指标，请比对条款清单（含“条款内容”列）。",
                   indent=True)
        return

    document.add_heading("（二）关键技术指标比对（四分类）Key indicators: the four-way table", level=2)
    rows, total = s.four_way()
    table_rows = [[r.label, r.count, _pct(r.share), s.verdicts.get(r.verdict, 0)] for r in rows]
    table_rows.append(["合计 Total", total, _pct(1.0 if total else None), ""])
    for v in (Verdict.MISSING_DOMESTIC, Verdict.MISSING_INTERNATIONAL):
        table_rows.append([verdict_label(v) + "（不计入四类）", s.indicator_verdicts.get(v, 0), "",
                           s.clauses_with.get(v, 0)])
    _table(document, ["结论 Verdict", "指标数 Indicators", "比例 Share", "条款数 Clauses"], table_rows,
           [7.0, 3.0, 3.0, 3.0], align_right=(1, 2, 3))
    _paragraph(document, CLAUSES_COLUMN_NOTE.split("Clauses:")[0], italic=True, size=9.5)
    level = s.share_at_international_level
    _paragraph(document, f"达到国际水平（一致或严于）的指标占四类合计的 {_pct(level)}。" if level is not None else
               "没有可比对的关键技术指标。", indent=True)

    tables = s.four_way_by("body")
    if tables:
        document.add_heading("（三）按国际标准组织 By international body", level=2)
        _table(document, ["组织 Body", *(f"{VERDICT_ZH[v]} {v}" for v in FOUR_WAY), "合计 Total"],
               [[name, *(f"{r.count}（{_pct(r.share)}）" for r in rows_), total_]
                for name, (rows_, total_) in tables.items()], [2.6, 2.9, 2.9, 2.9, 2.9, 2.0],
               align_right=(1, 2, 3, 4, 5))
    fields = s.four_way_by("field")
    if fields:
        document.add_heading("（四）按领域 By field", level=2)
        _table(document, ["领域 Field", *(f"{VERDICT_ZH[v]} {v}" for v in FOUR_WAY), "合计 Total"],
               [[name, *(f"{r.count}（{_pct(r.share)}）" for r in rows_), total_]
                for name, (rows_, total_) in fields.items()], [2.6, 2.9, 2.9, 2.9, 2.9, 2.0],
               align_right=(1, 2, 3, 4, 5))


def _degrees(document, report: ReportInput) -> None:
    rows = report.summary.degree_rows()
    document.add_heading("四、一致性程度（写明的）Degree of correspondence as stated" if report.of_standards else
                         "四、一致性程度建议 Suggested degree of correspondence", level=1)
    if not rows:
        _paragraph(document, "没有比对关键技术指标，不能建议一致性程度。No indicators were compared.", indent=True)
        return
    if report.of_standards:  # no clauses, no indicators: where each degree is stated
        _table(document, ["国内标准 Domestic", "对应国际标准 International", "程度 Degree", "依据 Stated in"],
               [[r.domestic, r.international, str(r.degree) if r.degree != Degree.UNDETERMINED else "未写明 —",
                 _stated_zh(r)] for r in rows], [2.9, 3.4, 2.2, 7.7], size=9)
    else:
        _table(document, ["国内标准 Domestic", "对应国际标准 International", "建议程度 Degree",
                          "条款/指标 Clauses/indicators", "理由 Reasons"],
               [[r.domestic, r.international, DEGREE_ZH.get(str(r.degree), str(r.degree)),
                 f"{r.clauses} / {r.indicators}", _reason_zh(r)] for r in rows],
               [2.9, 3.2, 2.3, 1.9, 5.9], size=9)
    if report.summary.other_counterparts():
        _paragraph(document, other_counterparts_note(report.summary.other_counterparts()), size=9.5)
    _paragraph(document, ("写明的程度以标准前言为准；" if report.of_standards else "建议程度只依据关键技术指标；")
               + "IDT 要求技术内容相同、仅有编辑性修改，MOD 要求技术差异已在前言中标明并说明理由。请审核人对照标准前言确认。",
               italic=True, size=9.5)


def _stated_zh(row) -> str:
    """Where the degree of a listed whole standard was stated (a list of standards has no indicators)."""
    if row.reasons:
        return f"采标情况写明于：{row.reasons[0]}。"
    return "按标准名称找到，未写明一致性程度，请依据标准前言确认。"


def _reason_zh(row) -> str:
    """Why the degree is suggested, in Chinese, from the indicator counts of the pair."""
    counts, total = row.counts, row.indicators
    if not total:
        return "未读出可比对的关键技术指标，请依据文本判断。"
    if row.degree == Degree.UNDETERMINED:  # indicators read on one side only: nothing compared
        sides = "、".join(f"{VERDICT_ZH[Verdict(v)]} {n}" for v, n in counts.items() if n)
        return (f"{total} 项指标只在一侧读出（{sides}），没有两侧都读出的指标，未作比对，不建议程度：可能是增加或删减的要求"
                "（技术差异，标明并说明时至多为 MOD），也可能是另一侧以表格等未读出的形式写明，请依据文本判断。")
    consistent = counts.get(Verdict.CONSISTENT, 0)
    text = f"{total} 项指标中 {consistent} 项一致（{100 * consistent / total:.0f} %）"
    deviations = [f"{VERDICT_ZH[Verdict(v)]} {n}" for v, n in counts.items() if v != Verdict.CONSISTENT and n]
    if not deviations:
        return text + "；未发现技术差异，仅可能有编辑性修改。"
    text += "；技术差异：" + "、".join(deviations)
    if str(row.degree) == "MOD":
        return text + "；多数指标保持一致，差异须在前言中标明并说明。"
    return text + "；保持一致的指标不足一半。"


def _adoption(document, report: ReportInput) -> None:
    adoption = report.summary.adoption()
    document.add_heading("五、国际标准采用率（按写明的采标情况）Adoption rate (as stated)" if report.of_standards else
                         "五、国际标准采用率（建议）Adoption rate (suggested)", level=1)
    _paragraph(document, f"计算规则 Rule：{adoption.rule.description_zh}。", indent=True)
    if adoption.rate is None:
        result = "本清单没有计入采用率的对应国际标准，不计算采用率，也不与目标比较。"
    else:
        met = "达到" if adoption.meets_target else "未达到"
        result = (f"本清单对应的 {len(adoption.in_rate)} 项国际标准中，{'写明' if report.of_standards else '建议'}"
                  f"等同或修改采用的 {len(adoption.adopted)} 项，"
                  f"采用率 {adoption.rate:.1f} %，{met} {adoption.target:g} % 的目标（{ADOPTION_TARGET_SOURCE}）。")
    _paragraph(document, result, indent=True, bold=True)
    if adoption.outside:
        _paragraph(document, "以下对应标准不在规则计入范围内（仍可用于比对）：" + "；".join(adoption.outside) + "。",
                   indent=True)
    _paragraph(document, "此采用率只覆盖本清单对应的国际标准，一致性程度为建议值；领域或全国的采用率应以标准目录计算"
                         "（stdcompare adoption）。", italic=True, size=9.5)


def _differences(document, report: ReportInput) -> None:
    differences = report.summary.differences
    document.add_heading("六、指标差异表 Indicator differences", level=1)
    if not differences:
        _paragraph(document, "未发现不一致的关键技术指标。No indicator differs.", indent=True)
        return
    order = {Verdict.LOOSER: 0, Verdict.DIFFERENT: 1, Verdict.STRICTER: 2, Verdict.MISSING_INTERNATIONAL: 3,
             Verdict.MISSING_DOMESTIC: 4}
    shown = sorted(differences, key=lambda d: (order.get(d.verdict, 9), d.domestic_standard, d.row))
    _paragraph(document, f"共 {len(differences)} 项不一致的指标，按“宽于、不同、严于、缺项”排列。",
               indent=True).paragraph_format.keep_with_next = True  # the heading stays with its table
    _table(document, ["序号 No.", "国内标准/条款 Domestic clause", "国际标准/条款 International clause",
                      "参数 Parameter", "国内值 Domestic", "国际值 International", "结论 Verdict"],
           [[i, f"{d.domestic_standard} {d.domestic_clause}".strip(),
             f"{d.international_standard} {d.international_clause}".strip(), d.parameter,
             d.domestic_value or "—", d.international_value or "—", _short_label(d.verdict)]
            for i, d in enumerate(shown[:MAX_DIFFERENCES], start=1)],
           [1.1, 2.9, 2.9, 2.4, 2.3, 2.3, 2.3], size=8.5)
    if len(shown) > MAX_DIFFERENCES:
        _paragraph(document, f"另有 {len(shown) - MAX_DIFFERENCES} 项见结果工作簿“指标 Indicators”表。", italic=True)


def _short_label(verdict: str) -> str:
    """'严于国际 / stricter'; the two missing verdicts as '国际缺项 / missing', which fits a narrow column."""
    if verdict in (Verdict.MISSING_DOMESTIC, Verdict.MISSING_INTERNATIONAL):
        return f"{VERDICT_ZH[Verdict(verdict)]} / missing"
    return verdict_label(verdict)


def _checks(document, report: ReportInput) -> None:
    checks = report.summary.checks
    document.add_heading("七、需复核事项 What a reviewer must still check", level=1)
    if not checks:
        _paragraph(document, "无。Nothing left to check.", indent=True)
        return
    counts = {}
    for check in checks:
        counts[check.kind] = counts.get(check.kind, 0) + 1
    _paragraph(document, "；".join(f"{CHECK_ZH.get(k, k)} {n} 行" for k, n in counts.items()) + "。",
               indent=True).paragraph_format.keep_with_next = True
    _table(document, ["行号 Row", "标准/条款 Clause", "事项 Item", "说明 Detail"],
           [[c.row, f"{c.standard} {c.clause}".strip() or "—", CHECK_ZH.get(c.kind, c.kind), c.detail]
            for c in checks[:MAX_CHECKS]], [1.4, 4.0, 3.2, 7.6], size=8.5)
    if len(checks) > MAX_CHECKS:
        _paragraph(document, f"另有 {len(checks) - MAX_CHECKS} 行见结果工作簿。", italic=True)


def _sign(document, report: ReportInput) -> None:
    """The review and the signatures, kept on one page: a table whose rows neither split nor part."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.oxml import OxmlElement
    from docx.shared import Cm, Pt

    document.add_heading("八、审核意见 Review", level=1).paragraph_format.keep_with_next = True
    notes = report.summary.review_notes
    if notes:
        _paragraph(document, f"结果工作簿中逐行填写的审核意见 {len(notes)} 条：Reviewer notes typed on the rows of the "
                   "result workbook:", indent=True).paragraph_format.keep_with_next = True
        _table(document, ["行号 Row", "标准/条款 Clause", "对应 Counterpart", "审核 Review", "审核意见 Note"],
               [[n.row, f"{n.standard} {n.clause}".strip() or "—", n.counterpart or "—", n.decision or "—", n.note]
                for n in notes[:MAX_CHECKS]], [1.4, 3.4, 3.4, 1.8, 6.2], size=8.5)
        if len(notes) > MAX_CHECKS:
            _paragraph(document, f"另有 {len(notes) - MAX_CHECKS} 条见结果工作簿。", italic=True)
        _paragraph(document)
    table = document.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    opinion = table.rows[0].cells[0].merge(table.rows[0].cells[2])
    opinion.text = "审核意见 Review opinion："
    for i, name in enumerate(("比对人 Prepared by", "审核人 Reviewed by", "批准人 Approved by")):
        table.rows[1].cells[i].text = name
        table.rows[3].cells[i].text = "日期 Date："
    for row, height in zip(table.rows, (Cm(4.0), Cm(0.8), Cm(1.6), Cm(0.8))):
        row.height, row.height_rule = height, WD_ROW_HEIGHT_RULE.AT_LEAST
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = row is not table.rows[-1]
                paragraph.paragraph_format.space_after = Pt(0)
                for run in paragraph.runs:
                    run.font.size = Pt(10.5)
