"""'表A1中：…' is 'in Table A1:', not a statement of what a code 'A1' stands for: the values after it are read
(statements._DESIGNATION_HEAD, the thirty-first round); a code's own 'X中：' / 'X表示：' statement stays no requirement."""

from __future__ import annotations

from compare.indicators.extract import extract


def values(text: str) -> list[tuple[str, float | None, str]]:
    return [(str(i.comparator), i.value, i.unit) for i in extract(text).indicators]


def test_a_table_or_annex_number_before_zhong_heads_the_rows():
    assert values("表A1中：H-3，豁免活度浓度1×10⁶ Bq/g，豁免活度1×10⁹ Bq。") == [
        ("equal", 1e6, "Bq/g"), ("equal", 1e9, "Bq")]
    assert values("表B2中：试验温度为20 ℃。") == [("equal", 20.0, "℃")]
    assert values("附录A中：浓度5 Bq/g。") == [("equal", 5.0, "Bq/g")]


def test_what_a_code_stands_for_stays_no_requirement():
    assert values("A1中：浓度5 Bq/g。") == []
    assert values("轮胎规格205/55R16 91V表示：名义断面宽度205 mm") == []
