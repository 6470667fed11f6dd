"""The pair-guided reader (compare/indicators/guided.py): a limit one clause states and the other seems to lack is
paired with a number the rule reader left unread in the other clause, when it clearly belongs. Sentences are
this file's own (feeds, wire ropes, alloys, sheet steel, noise), in both languages."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.extract import extract
from compare.indicators.guided import (RECOVERED_CONFIDENCE, Unread, assign_unread, candidate_score, comparator_in,
                                       item_before, recovered_indicator, segment_of, unit_after, unread_numbers)
from compare.indicators.units import normalise
from compare.indicators.verdicts import compare_clauses, compare_indicators
from compare.terms.termbase import load_termbase

TERMS = load_termbase()
FEED_ZH = "饲料中铅的限量不大于5 mg/kg；镉的限量不大于0.5 mg/kg。"
FEED_EN = ("Maximum content in mg/kg of a feed with 12 % moisture: Lead — complete feed: 5. "
           "Cadmium — complete feed: 0,5, as sampled.")


def _limit(parameter: str, value: float, unit: str, comparator: str = Comparator.MAX) -> "object":
    return next(ind for ind in extract(f"{parameter} 不大于 {value} {unit}。" if comparator == Comparator.MAX
                                       else f"{parameter} 不小于 {value} {unit}。").indicators)


def _number(before: str, value: float, unit: str = "", after: str = "") -> Unread:
    return Unread(value, str(value), (len(before), len(before) + len(str(value))), (0, len(before) + 5), before,
                  after, unit, None)


# ------------------------------------------------------------------------------------------ the parts


def test_segment_is_the_row_or_item_around_a_number():
    text = "Zinc, mg/kg, 30; Copper, mg/kg, 5. Iron: 12"
    start = text.index("5.")
    lo, hi = segment_of(text, start, start + 1)
    assert text[lo:hi].strip() == "Copper, mg/kg, 5"
    start = text.index("12")
    assert text[slice(*segment_of(text, start, start + 2))].strip() == "Iron: 12"  # a colon before a value keeps its name
    heading = "Limits in mg/kg: Iron 12"
    start = heading.index("12")
    assert heading[slice(*segment_of(heading, start, start + 2))].strip() == "Iron 12"  # one before a name heads it
    zh = "镍/(mg/L) | 0.02；铬/(mg/L) | 0.05。"
    start = zh.index("0.05")
    assert zh[slice(*segment_of(zh, start, start + 4))] == "铬/(mg/L) | 0.05"


def test_unit_after_is_the_rule_readers_own():
    assert unit_after("a pressure of 12 kPa at 20 °C", len("a pressure of 12")) == "kPa"
    assert unit_after("4,5 for group A2", 3) == ""


def test_words_of_limit_near_a_number():
    assert comparator_in("Maximum content of zinc, ") == Comparator.MAX
    assert comparator_in("锌含量 不小于 ") == Comparator.MIN
    assert comparator_in("Zinc, ", " max., see note") == Comparator.MAX
    assert comparator_in("Zinc, mg/kg, ") is None


def test_unread_numbers_carry_value_segment_and_span():
    ex = extract(FEED_EN)
    found = unread_numbers(ex)
    assert [(n.value, n.written) for n in found] == [(0.5, "0,5")]
    assert FEED_EN[slice(*found[0].span)] == "0,5" and "Cadmium" in found[0].before
    # numbers already read, references and tolerances are no candidates
    assert unread_numbers(extract("Lead: 0.2 mg/kg maximum, see Section 6.3.2; tolerance ± 8 %")) == []


def test_the_item_of_a_number_is_the_last_piece_that_names_something():
    assert item_before(" Lead content, mg/l, — / ") == " Lead content, mg/l, — / "  # a unit and a dash name nothing
    assert item_before(" Fe 0.7, Mn 0.15, Zn ") == " Zn "
    assert item_before("镍 | 铬 | ") == " 铬 | "
    assert item_before("Sulfur ") == "Sulfur "


# ------------------------------------------------------------------------------------------ scoring


def test_the_same_concept_in_the_segment_scores_and_another_forbids():
    cadmium = _limit("镉", 0.5, "mg/kg")
    assert candidate_score(cadmium, _number(" Cadmium - complete feed: ", 0.5), "content in mg/kg:", TERMS)[0] >= 2
    assert candidate_score(cadmium, _number(" Mercury - complete feed: ", 0.5), "content in mg/kg:", TERMS) is None


def test_a_unit_of_another_dimension_is_never_taken():
    lead = _limit("铅", 5, "mg/kg")
    assert candidate_score(lead, _number("Lead, sample mass ", 5, "g"), "", TERMS) is None
    assert candidate_score(lead, _number("Lead, ", 5), "Length in mm: ", TERMS) is None  # only a length stated
    taken = candidate_score(lead, _number("Lead, ", 5), "Limits in mg/kg and %: ", TERMS)
    assert taken is not None and taken[1] == "mg/kg"  # the partner's own unit before another of its dimension


def test_codes_shared_by_both_names_pair_unitless_values():
    rope = _limit("钢丝绳安全系数 工作级别 M5", 4.5, "", Comparator.MIN)
    assert candidate_score(rope, _number("Group M5 ", 4.5), "", TERMS) is not None
    assert candidate_score(rope, _number("Group M6 ", 4.5), "", TERMS) is None


def test_class_letters_and_chemical_symbols_are_codes_of_both_languages():
    grade = _limit("洁净区 B级 沉降菌", 5, "cfu/4h")
    assert candidate_score(grade, _number("Settle plates, grade B: ", 5), "cfu/4h:", TERMS) is not None
    assert candidate_score(grade, _number("Settle plates, grade C: ", 5), "cfu/4h:", TERMS) is None
    silicon = _limit("焊丝 Si", 0.9, "%")
    taken = candidate_score(silicon, _number(" C 0,10, Mn 1,40, Si ", 0.85), "Composition in %: ", TERMS)
    assert taken is not None and taken[1] == "%"  # 'Mn' and 'Si' are no megagram nor unit of their own
    assert candidate_score(silicon, _number(" C 0,10, Mn ", 1.4), "Composition in %: ", TERMS) is None


def test_a_unit_written_after_another_number_is_that_numbers():
    plating = _limit("铅 镀层厚度", 25, "µm", Comparator.MIN)
    taken = candidate_score(plating, _number(" Lead coating on parts > 6 mm thick: ", 25), "Thickness in µm — ", TERMS)
    assert taken is not None and taken[1] == "µm"


def test_assignment_takes_each_number_once_and_by_closeness():
    a, b = _limit("铅", 0.3, "mg/kg"), _limit("铅", 3.0, "mg/kg")
    numbers = [_number("Lead, fish: ", 0.3), _number("Lead, molluscs: ", 3.0)]
    taken = assign_unread([a, b], numbers, "mg/kg, maximum levels: Lead, fish: 0.3", TERMS)
    assert sorted((p, n) for p, n, _ in taken) == [(0, 0), (1, 1)]
    assert assign_unread([a], [_number("Mercury, fish: ", 0.3)], "mg/kg: Mercury, fish: 0.3", TERMS) == []


def test_a_recovered_reading_is_marked_and_takes_the_kind_it_faces():
    ind = recovered_indicator(_number(" Cadmium - complete feed: ", 0.5), "mg/kg", _limit("镉", 0.5, "mg/kg"), TERMS)
    assert ind.recovered and ind.confidence == RECOVERED_CONFIDENCE and ind.bare and not ind.explicit
    assert ind.parameter.startswith("Cadmium") and ind.normalized.value == 0.5


# ------------------------------------------------------------------------------------------ end to end


def test_a_limit_in_a_headed_list_is_recovered_for_its_partner():
    result = compare_clauses(FEED_ZH, FEED_EN)
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT, Verdict.CONSISTENT]
    recovered = result.pairs[1].international
    assert recovered.recovered and recovered.unit == "mg/kg" and recovered.value == 0.5
    data = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    assert data["indicators"][1]["international"]["recovered"] is True
    assert data["indicators"][1]["confidence"] == RECOVERED_CONFIDENCE
    assert "recovered" not in data["indicators"][0]["international"]
    assert "unread" not in data  # the number taken is no longer listed as unread


def test_either_side_and_unitless_rows_keyed_by_codes():
    rope = compare_clauses("钢丝绳的安全系数：工作级别 A1 不小于 4.0；A2 不小于 4.5。",
                           "Minimum safety factor of wire ropes | Group A1 4,0; Group A2 4,5.")
    assert [p.verdict for p in rope.pairs] == [Verdict.CONSISTENT, Verdict.CONSISTENT]
    alloy = compare_clauses("合金化学成分（质量分数，%）— 元素 | 要求：镍 | — / 0.8；铁 | 余量",
                            "The nickel content shall not exceed 0.8 %.")
    assert alloy.pairs[0].domestic.recovered and alloy.pairs[0].verdict == Verdict.CONSISTENT


def test_no_partner_is_made_up_from_another_quantity():
    other = compare_clauses("铅不大于5 mg/kg。", "Maximum content in mg/kg — Cadmium — complete feed: 5.")
    assert not any(ind.recovered for p in other.pairs for ind in (p.domestic, p.international) if ind)


# ------------------------------------------------------------------------------------------ properties

_SUBSTANCES = [("铅", "Lead"), ("镉", "Cadmium"), ("汞", "Mercury"), ("砷", "Arsenic"), ("锌", "Zinc")]
_UNITS = ["mg/kg", "mg/L", "mm", "kPa", "°C", "V", "g", "%", ""]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SUBSTANCES), st.sampled_from([0.1, 0.5, 2, 5, 20])), min_size=1,
                max_size=4), st.sampled_from(_UNITS), st.sampled_from(_UNITS), st.booleans())
def test_complete_pairs_never_change_and_dimensions_always_agree(rows, unit_zh, unit_en, headed):
    domestic = "；".join(f"{zh}不大于{v} {unit_zh}" for (zh, _), v in rows) + "。"
    heading = f"Maximum content in {unit_en}: " if headed else ""
    international = heading + " ".join(f"{en} — sample: {v}." for (_, en), v in rows[::-1])
    d, i = extract(domestic), extract(international)
    before = compare_indicators(d.indicators, i.indicators)
    after = compare_clauses(domestic, international)
    complete = [p for p in before.pairs if p.domestic is not None and p.international is not None]
    assert all(p in after.pairs for p in complete)
    for p in after.pairs:
        for ind, other in ((p.domestic, p.international), (p.international, p.domestic)):
            if ind is not None and ind.recovered:
                assert other is not None and not other.recovered
                assert ind.normalized.dimension == other.normalized.dimension


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(_UNITS), st.sampled_from(_UNITS), st.sampled_from([0.5, 5, 50]))
def test_never_a_number_of_another_dimension(partner_unit, written_unit, value):
    partner = _limit("铅", value, partner_unit)
    found = candidate_score(partner, _number("Lead, ", value, written_unit), "", TERMS)
    if found is not None and written_unit:
        assert normalise(1.0, written_unit).dimension == partner.normalized.dimension


def test_the_workbook_cell_says_a_value_was_recovered():
    from compare.io.workbook import RECOVERED_MARK, _side_value

    side = compare_clauses(FEED_ZH, FEED_EN).to_dict()["indicators"][1]
    assert _side_value(side["international"]).endswith(RECOVERED_MARK)
    assert RECOVERED_MARK not in _side_value(side["domestic"])


class _Names:
    """An encoder's name similarity, stood in for by a table of pairs (both orders)."""

    def __init__(self, close: dict[tuple[str, str], float]):
        self.close = close
        self.asked: list[str] = []

    def ensure(self, names):
        self.asked += list(names)

    def similarity(self, a: str, b: str) -> float:
        return self.close.get((a, b), self.close.get((b, a), 0.1))


def test_an_encoder_names_what_the_termbase_does_not_know():
    resin, foam = _limit("环氧值", 0.5, ""), _limit("发泡倍数", 20, "")
    numbers = [_number("Epoxide value, ", 0.5), _number("Expansion ratio: ", 20)]
    text = "Epoxide value, 0.5; Expansion ratio: 20"
    assert assign_unread([resin, foam], numbers, text, TERMS) == []  # no concept, no code: nothing without it
    names = _Names({("环氧值", "Epoxide"): 0.8, ("发泡倍数", "Expansion ratio"): 0.7,
                    ("环氧值", "Expansion ratio"): 0.3})
    taken = assign_unread([resin, foam], numbers, text, TERMS, names)
    assert sorted((p, n) for p, n, _ in taken) == [(0, 0), (1, 1)]
    assert "Epoxide" in names.asked  # the item's name, cleaned as parameter names are ("value" is filler)
    weak = _Names({("环氧值", "Epoxide"): 0.3})
    assert assign_unread([resin], numbers[:1], text, TERMS, weak) == []  # under the floor: no evidence


def test_codes_when_written_decide_over_the_encoder():
    rope = _limit("钢丝绳安全系数 工作级别 M5", 4.5, "", Comparator.MIN)
    names = _Names({("钢丝绳安全系数 工作级别 M5", "Group M6"): 0.95})
    assert candidate_score(rope, _number("Group M6 ", 4.5), "", TERMS, names.similarity) is None
