"""Lists of limits under one heading (issue 12, dev4 round): the bound word of a heading holds for every row after
its colon, a row that names its own substance is no case of the row before, and 'nor more than' closes a range.
Each construction alone, with examples written for the test. Fast: no encoder."""

from __future__ import annotations

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses


def kinds(text):
    return [(i.comparator, i.value) for i in extract_indicators(text)]


# ------------------------------------------------------------------ a heading's bound word holds for its rows


def test_a_bound_word_leading_a_heading_holds_for_every_row_after_the_colon():
    assert kinds("最高允许含量/(mg/kg)：镉 0.2；汞 0.05；铬 1.0。") == [
        (Comparator.MAX, 0.2), (Comparator.MAX, 0.05), (Comparator.MAX, 1.0)]
    assert kinds("Maximum content (mg/kg): cadmium 0,2; mercury 0,05; chromium 1,0.") == [
        (Comparator.MAX, 0.2), (Comparator.MAX, 0.05), (Comparator.MAX, 1.0)]
    assert kinds("Minimum values, MPa: yield 235; tensile 360.") == [(Comparator.MIN, 235.0), (Comparator.MIN, 360.0)]


def test_a_heading_ends_with_its_paragraph():
    # (calcium, no contaminant: a contaminant with no bound word is a maximum by nature, list_limits.ceilings_by_nature)
    found = kinds("最高允许含量/(mg/kg)：镉 0.2。钙含量为0.5 mg/kg。")
    assert found == [(Comparator.MAX, 0.2), (Comparator.EQUAL, 0.5)]


# ------------------------------------------------------------------ a row naming its own substance


def test_a_row_after_a_row_that_named_only_its_substance_is_another_substance():
    found = {i.parameter: i.concept for i in extract_indicators("限量/(mg/L)：铜 1.0；总氯 0.1；锌 5。")}
    assert found["铜"] == "copper" and found["总氯"] != "copper"
    # Element symbols in a composition table: 'N' after 'Cu' is nitrogen, never a case of copper.
    found = [(i.parameter, i.concept) for i in extract_indicators("成分/%，不大于：Mn 1.60；P 0.035；Cu 0.40；N 0.012。")]
    assert ("P", "manganese") not in found and ("N", "copper") not in found


def test_rows_under_a_quantity_heading_still_share_its_quantity():
    found = [i.concept for i in extract_indicators("水分含量/% 早籼米 ≤ 14.5；晚粳米 ≤ 15.5。")]
    assert found[0] and found == [found[0], found[0]]


def test_composition_rows_pair_by_name_not_by_order():
    pairs = compare_clauses("化学成分/%，不大于：Si 0.55；Cu 0.40；N 0.012。",
                            "Chemical composition, % by mass, max.: Si 0,55; N 0,012; Cu 0,55.").pairs
    got = sorted((p.domestic.parameter.split(":")[-1].strip(), p.international.parameter.split(":")[-1].strip(),
                  p.verdict) for p in pairs)
    assert got == [("Cu", "Cu", Verdict.STRICTER), ("N", "N", Verdict.CONSISTENT), ("Si", "Si", Verdict.CONSISTENT)]


# ------------------------------------------------------------------ 'nor more than', 'but not longer than'


def test_nor_and_but_join_two_bounds_into_one_range():
    found = extract_indicators("side lamps: not less than 350 mm nor more than 1 500 mm")
    assert [(i.comparator, i.low, i.high) for i in found] == [(Comparator.RANGE, 350.0, 1500.0)]
    found = extract_indicators("keep the sample in the chamber for at least 2 h but not longer than 4 h")
    assert [(i.comparator, i.low, i.high) for i in found] == [(Comparator.RANGE, 2.0, 4.0)]


# ------------------------------------------------------------------ numbers that are no limits, words that are no definitions


def test_a_referenced_standard_number_is_no_value():
    assert extract_indicators("Class B equipment shall meet the class B limits (see CISPR 22, Clause 6).") == ()
    assert extract_indicators("测量方法按YY 0505的规定。") == ()


def test_means_as_a_noun_is_no_definition():
    # 'operating means', 'means of protection': a thing, whose limits are read ...
    found = extract_indicators("Temperature-rise: operating means of insulating material 40 K and metallic operating "
                               "means 25 K.")
    assert [i.value for i in found] == [40.0, 25.0]
    # ... while "'term' means a …" defines a term, and its numbers are no requirement.
    assert extract_indicators("'Rated voltage' means the voltage of 230 V assigned by the manufacturer.") == ()


def test_items_that_write_the_value_first_are_named_by_the_words_after_it():
    toys = extract_indicators("Migration limits for scraped-off material, mg/kg: 30 Sb, 25 As, 560 Ba, 17 Cd.")
    assert [(i.parameter, i.value, i.unit) for i in toys] == [
        ("Sb", 30.0, "mg/kg"), ("As", 25.0, "mg/kg"), ("Ba", 560.0, "mg/kg"), ("Cd", 17.0, "mg/kg")]
    # a value with its own unit keeps the words after it as its qualifier, not its name
    drug = extract_indicators("Sarafloxacin – chicken, turkey: 10 µg/kg in muscle, 20 µg/kg in fat.")
    assert [i.value for i in drug] == [10.0, 20.0] and not any(i.parameter in ("in muscle", "in fat") for i in drug)
    # name first, value after: unchanged
    metals = extract_indicators("Heavy metals (mg/kg): lead 10, arsenic 3; cadmium 3.")
    assert [i.parameter.split(":")[-1].strip() for i in metals] == ["lead", "arsenic", "cadmium"]


def test_a_formula_after_a_value_names_the_item_when_the_heading_holds_the_unit():
    flue = extract_indicators("Half-hourly emission limits, mg/m³: 60 HCl, 4 HF, 200 SO2.")
    assert [(i.parameter, i.value, i.unit) for i in flue] == [("HCl", 60.0, "mg/m3"), ("HF", 4.0, "mg/m3"),
                                                              ("SO2", 200.0, "mg/m3")]
    voltages = extract_indicators("Test voltage: 1 500 V, 3 000 V.")  # a known unit stays the unit
    assert [(i.value, i.unit) for i in voltages] == [(1500.0, "V"), (3000.0, "V")]



# ------------------------------------------------------------------ a heading's bound word far from its first value


def test_a_bound_heading_holds_for_items_that_name_their_product_at_length():
    # the first value sits well past the heading's colon: the heading still states the kind of each item's limit
    assert kinds("Ochratoxin A — maximum levels: roasted coffee beans and ground roasted coffee, 5 µg/kg; "
                 "soluble coffee (instant coffee), 10 µg/kg.") == [(Comparator.MAX, 5.0), (Comparator.MAX, 10.0)]
    assert kinds("Minimum breaking strength of the assembled sling, all grades: wire rope 1770 MPa; "
                 "fibre rope 500 MPa.") == [(Comparator.MIN, 1770.0), (Comparator.MIN, 500.0)]
    # a value in another unit is no item of the list, and an item's own bound word wins
    found = kinds("Patulin — maximum levels: fruit juices, concentrated fruit juices as reconstituted and fruit "
                  "nectars, 50 µg/kg, tested at 20 °C; solid apple products, at least 25 µg/kg.")
    assert found == [(Comparator.MAX, 50.0), (Comparator.MIN, 25.0)]
