"""The parameter names a reviewer reads on the Indicators sheet: the words before a value, cleaned, but never
left with a bracket opened and not closed, a space before a colon, or only the words of a choice ('取较大者 至')."""

from __future__ import annotations

from openpyxl import load_workbook

from compare.indicators.phrases import clean_parameter
from compare.io.workbook import INDICATORS_SHEET
from tests.compare.io.test_workbook import workbook_of_pairs

# The demo list's rows that showed the faults (data/domestic_list.xlsx, round six), and wordings of the same kinds.
PAIRS = [
    ("铬（六价）不应超过0.05 mg/L", "Chromium: provisional guideline value 0.05 mg/L"),
    ("镉（以Cd计）限量：稻谷、糙米、大米 0.2 mg/kg", "Cadmium: the ML for polished rice is 0.4 mg/kg"),
    ("在正常工作温度下的输入功率对额定输入功率的偏差应在＋5 ％（或20 W，取较大者）至－10 ％之间",
     "the deviation of the power input from the rated power input shall lie between +5 % (or 20 W, whichever is "
     "greater) and −10 %"),
    ("试样（必要时经粉碎）在130 ℃～133 ℃下干燥", "the test portion, ground if necessary, is dried between 130 °C and 133 °C"),
    ("硫酸盐【以SO4计】不得超过250 mg/L", "Sulfate: 250 mg/L"),
]


def names_on_the_sheet(tmp_path) -> dict[int, list[str]]:
    names: dict[int, list[str]] = {}
    for row in load_workbook(workbook_of_pairs(tmp_path, PAIRS))[INDICATORS_SHEET].iter_rows(min_row=2,
                                                                                             values_only=True):
        names.setdefault(row[0], []).append(row[1])
    return names


def test_names_on_the_indicators_sheet(tmp_path):
    names = names_on_the_sheet(tmp_path)
    assert names[1] == ["铬(六价)"]  # the closing bracket was trimmed away: '铬(六价'
    assert names[2] == ["镉:稻谷、糙米、大米"]  # was '镉 :稻谷、糙米、大米'
    # The lower end of the deviation ('… 取较大者）至－10 %') is the deviation's, not '取较大者 至'.
    deviation = [n for n in names[3] if "偏差" in n]
    assert len(deviation) >= 2 and not any("取较大者" in n or n.endswith("至") for n in names[3])
    assert names[4] == ["试样(必要时经粉碎)"]
    assert names[5] == ["硫酸盐"]


def test_brackets_are_closed_in_their_own_kind():
    assert clean_parameter("铬（六价）不应超过") == "铬（六价）"
    assert clean_parameter("the limit of lead (as Pb in fish ") == "lead (as Pb in fish)"
    assert clean_parameter("Class [A shall be at most") == "Class [A]"
    assert clean_parameter("lead ( total ) maximum") == "lead (total)"
    # the words of a choice are no name in either language, nor the '至' before a range's other end
    assert clean_parameter("whichever is greater) and") == ""
    assert clean_parameter("两者取较大值）的电流") == "电流"
    assert clean_parameter("电压 至") == "电压"
