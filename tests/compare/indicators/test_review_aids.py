"""What a reviewer is shown beside each reading: its confidence and source span, the numbers left unread,
and notes for bad input (issue 12, 'Show what was not read')."""

from __future__ import annotations

import json

from compare.indicators.extract import extract
from compare.indicators.verdicts import compare_clauses


def test_unread_numbers_are_listed_per_clause():
    result = compare_clauses("在标准大气 23/50 下，60227 IEC 53 型软线的绝缘电阻不小于 10 MΩ。",
                             "For cord 60227 IEC 53 in atmosphere 23/50: insulation resistance 10 MΩ minimum.")
    data = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    assert data["unread"]["domestic"][:2] == ["23/50", "60227"]
    assert "60227" in data["unread"]["international"] and "10" not in data["unread"]["international"]
    assert result.unread_text.startswith("unread: domestic 23/50, 60227")
    # A clause whose numbers are all read lists none.
    assert "unread" not in compare_clauses("铅不得超过0.2 mg/kg。", "Lead: 0.2 mg/kg maximum.").to_dict()


def test_references_and_designations_are_not_listed_as_unread():
    """Table, figure and annex references and numbers inside names (B1, G2, IE2) are not values to check."""
    assert extract("黄曲霉毒素B1限量见表1：花生及其制品 20 μg/kg，按附录A.2测定。").unread == ()
    assert extract("Aflatoxins, total (B1 + B2 + G1 + G2): ML 15 µg/kg, see Table 3 and Annex B.").unread == ()
    assert extract("IE2 motors of 11 kW; cord 60227 IEC 53, tested to GB/T 5023.2").unread == ("60227",)


def test_each_reading_carries_its_confidence_and_span():
    text = "镉（以Cd计）不得超过0.1 mg/kg；某物质 3 xyz。"
    found = extract(text).indicators
    assert text[found[0].span[0]:found[0].span[1]].startswith("镉") and found[0].confidence == 1.0
    assert found[1].confidence < 0.6  # no known concept, no comparator word, unknown unit
    side = compare_clauses(text, "Cadmium: 0.1 mg/kg maximum.").to_dict()["indicators"][0]
    assert side["domestic"]["span"] == list(found[0].span) and side["confidence"] == 1.0


def test_bad_input_gives_clear_results():
    assert extract("本标准规定了术语和定义。").indicators == ()
    odd = extract("某参数不超过 5 qux。")
    assert odd.indicators[0].unit == "qux" and any("unknown unit 'qux'" in n for n in odd.notes)
    long = "铅不得超过0.2 mg/kg。" * 8000  # about 100 kB
    result = compare_clauses(long, "Lead: 0.2 mg/kg maximum.")
    assert result.pairs and any("long text" in n for n in result.notes)
