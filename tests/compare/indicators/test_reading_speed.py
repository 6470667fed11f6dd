"""The reader's shortcuts for speed change no reading: each quick test (a look-ahead, a hint that a pattern can
match at all) gives the same answer as the full pattern it guards, on the project's clauses and on every form."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from compare.indicators import extract as reader
from compare.indicators import clausetext, phrases, quick
from compare.indicators.clausetext import fold, fold_each
from compare.indicators.tolerance_points import stated_point

DATA = Path(__file__).resolve().parents[3] / "data"

# Every form of value and basis, and texts that hold none.
FORMS = [
    "(23 ± 2) °C", "(50±10)%", "220 V ± 10 %", "23 ± 2 °C", "± 0.05 mm", "65 N ≤ f ≤ 500 N", "3 mm < t ≤ 40 mm",
    "11≤n≤39", "between 5 mm and 10 mm", "From 2 to 4 h", "介于5 mm与10 mm之间", "在6.5～8.5范围内", "5 mm to 10 mm",
    "12%~14%", "6.5-8.5", "0.2 mg/kg", "− 40 °C", "+ 85 °C", "1,5 kV", "3 000 V", "2.0×10^12 个/km", "4.5E6",
    "铅（以Pb计）≤0.2 mg/kg，干基", "as NO3 on a dry basis", "nitrate as nitrate ion 50 mg/L", "(m/m) 5 %",
    "(V/V) 12 %", "fat basis 0.5", "可食部分 2 mg/kg", "whole commodity", "ready-to-feed", "AS N", "ſolid baſis",
    "no number here", "", "Class II appliances", "每100 kJ不低于0.45 g", "60 kcal (251 kJ) per 100 mL",
]


def _clauses() -> list[str]:
    texts = list(FORMS)
    for name in ("dev.jsonl", "dev2.jsonl"):
        for line in (DATA / "indicator_eval" / name).read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            texts += [case["domestic"], case["international"]]
    for name in ("domestic_clauses.csv", "international_clauses.csv"):
        with open(DATA / name, encoding="utf-8", newline="") as handle:
            texts += [row["text"] for row in csv.DictReader(handle)]
    return texts


CLAUSES = _clauses()


def _readings(pattern, text):
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_value_pattern_reads_the_same_with_and_without_its_look_aheads():
    full = reader.ungated_value_pattern()
    for text in CLAUSES:
        for folded in _variants(text):
            assert _readings(reader._VALUE, folded) == _readings(full, folded), folded


def test_long_text_is_read_by_the_pattern_without_look_aheads():
    text = "谷物中铅 0.2 mg/kg；" * 400
    assert len(text) > reader._GATED_TEXT
    assert [m.span() for m in reader._values(text)] == [m.span() for m in reader._VALUE.finditer(text)]


@pytest.mark.parametrize("reading, full", [(phrases.basis_in, phrases.read_basis),
                                           (phrases.strip_basis, phrases.remove_basis)])
def test_basis_reading_is_the_same_with_and_without_its_quick_test(reading, full):
    for text in CLAUSES:
        for folded in _variants(text):
            assert reading(folded) == full(folded), folded


def _basis_by_every_pattern(text: str) -> str | None:
    # read_basis as it read before its patterns had words to look for first: every pattern run on the text
    parts = []
    m = phrases._BASIS_AS.search(text)
    chemical = "as " + re.sub(r"[+\-]+$", "", m.group(1) or m.group(2)) if m else None
    for pattern, name in phrases._CHEMICAL_WORDS:
        if not chemical and pattern.search(text):
            chemical = name
    chemical = chemical or phrases.element_basis(text)
    parts += [chemical] if chemical else []
    for words in (phrases.BASIS_WORDS, phrases.FRACTION_WORDS):
        parts += [name for pattern, name in words if pattern.search(text)][:1]
    return "; ".join(parts) or None


def test_a_basis_pattern_skipped_for_lack_of_its_words_would_have_found_nothing():
    texts = CLAUSES + FORMS + ["( M / M ) 5 %", "（mol/mol）", "AS NITRATE 50 mg/L", "DRY MATTER", "wet\tweight",
                               "INHALABLE DUST 4 mg/m³", "ready-to-use", "by\nvolume", "MOLE FRACTION"]
    for text in texts:
        for variant in _variants(text):
            assert phrases.read_basis(variant) == _basis_by_every_pattern(variant), variant


def _variants(text: str) -> list[str]:
    # Capitals and swapped case reach the case-ignoring branches; 'ſ', 'ı', 'İ' and the Kelvin sign are letters those
    # branches also take for s, i and k.
    odd = text.replace("s", "ſ").replace("i", "ı").replace("I", "İ").replace("k", "K")
    return [text, fold(text)[0], text.upper(), text.swapcase(), odd]


def _matches(pattern: re.Pattern, text: str):
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_every_quick_pattern_finds_what_its_plain_pattern_finds():
    assert len(quick.REGISTERED) >= 10
    plain = [(fast, re.compile(source, flags)) for fast, source, flags in quick.REGISTERED]
    for text in CLAUSES:
        for variant in _variants(text):
            for fast, full in plain:
                assert _matches(fast, variant) == _matches(full, variant), (full.pattern[:60], variant)


# Pieces of clause text that the quick tests key on, shuffled into new text.
_PIECES = ["see ", "Table 3", "annex A", " clause 5.2", "GB/T 5009.12-2017", "ISO 286-1:2010", "2022年1月1日", "见5.2",
           "第3章", "表1", "附录A", "type 2", "Class II", "IE2", "Ⅱ型", "国六b", "27/65", "4-pole", "strength class 42,5 N",
           "M12×80", "12:30", "适用于", "applies to", "means", "不大于", "shall not exceed", "not more than", "ML",
           "max.", "≤", "at least", "at 23 °C", "在20 ℃下", "under", "measured after", "以N计", "as N", "dry basis",
           "(m/m)", "三十分钟", "百分之五", "three months", "one year", "0,8", "1 000", "2,000", ". ", "。", "; ", "\n",
           "(23 ± 2) °C", "65 N ≤ f ≤ 500 N", "between 5 and 10 mm", "6.5-8.5", "0.2 mg/kg", "−", "ſ", "ı", "İ", "K",
           " ", "a", "n't ", "never ", "不", "未", "于", "@", "HV", "in mg/kg", ", mg/L", "/(mg/kg)", "每100 kJ"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_quick_patterns_agree_on_new_text(pieces):
    text = "".join(pieces)
    for variant in _variants(text):
        for fast, source, flags in quick.REGISTERED:
            assert _matches(fast, variant) == _matches(re.compile(source, flags), variant), (source[:60], variant)
        assert _readings(reader._VALUE, variant) == _readings(reader.ungated_value_pattern(), variant)
        assert phrases.basis_in(variant) == phrases.read_basis(variant)
        assert phrases.strip_basis(variant) == phrases.remove_basis(variant)


def _numeral_read_without_quick_test(text: str) -> bool:
    """Whether `words_to_digits` would read a number in words, by the plain hint (the words as an alternation) and
    the numeral pattern itself."""
    plain_hint = re.compile("|".join(map(re.escape, clausetext._EN_NUMERAL_UNITS)))
    return bool(plain_hint.search(quick.caseless(text)) and clausetext._EN_NUMERAL.search(text))


@pytest.mark.parametrize("text", ["Keep for three months.", "at least six transverse rows", "ſix cycles",
                                  "FİVE TIMES", "the component shall be tested for 2 months", "三个月"])
def test_a_text_said_to_write_no_number_word_has_none_the_numeral_pattern_reads(text):
    assert clausetext.may_write_numeral(quick.caseless(text)) >= _numeral_read_without_quick_test(text)


def test_project_clauses_said_to_write_no_number_word_have_none():
    for text in CLAUSES:
        for variant in _variants(text):
            if not clausetext.may_write_numeral(quick.caseless(variant)):
                assert not _numeral_read_without_quick_test(variant), variant


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["six", "seven", "twenty-one", "hundred", " times", " cycles", " specimens",
                                           "consecutive", "none", "ſeven", "nİne"]), max_size=12))
def test_new_text_said_to_write_no_number_word_has_none(pieces):
    text = "".join(pieces)
    for variant in _variants(text):
        if not clausetext.may_write_numeral(quick.caseless(variant)):
            assert not _numeral_read_without_quick_test(variant), variant


# Any word of DESIGNATION_HINTS, or a code of letters between digits: the quick test as it was, every word alone a hint.
_PLAIN_DESIGNATION_HINT = re.compile("|".join(map(re.escape, clausetext.DESIGNATION_HINTS)) + r"|\d[a-z]{1,2}\d")


def _designation_read_with_plain_hint(text: str) -> bool:
    """Whether the reader found a designation when any word of the hints let the pattern run."""
    return bool(_PLAIN_DESIGNATION_HINT.search(text.lower()) and reader.DESIGNATIONS.search(text))


def test_a_unit_per_unit_and_a_word_holding_a_hint_are_no_hint_of_a_designation():
    assert not reader._may_name_designation("镉 ≤ 0.1 mg/kg，汞 ≤ 0.02 mg/l")
    assert not reader._may_name_designation("the flow to the sample applies for 3 l/min - at the level of 2 pa")
    for text in ("300/500 V", "1/3 octave band", "27/65", "P.O 42,5 ≥ 3 mpa/s", "p·s 32,5 r/min", "ⅵ mg/kg",
                 "IP 54", "ie2 motors", "a 4-pole motor", "ac-15", "level 1: 40", "tıer 2, 5 mg/kg"):
        assert reader._may_name_designation(text.lower()), text


def test_project_clauses_said_to_name_no_designation_have_none():
    for text in CLAUSES:
        for variant in set(_variants(text)) | {fold(v)[0] for v in _variants(text)}:
            if not reader._may_name_designation(variant.lower()):
                assert not _designation_read_with_plain_hint(variant), variant


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["/", " / ", "mg/kg", "300/500 V", "1/3", "P.O 42,5", "P·S 32,5", "Ⅵ", "ⅸ",
                                           "8/20 µs", "CEM II/A-S 42,5 N", "3", "-", "4-pole", "AC-15", "IP54", "IE 3",
                                           "SIL 2", "Level 2:", "level", "applies", "sample", "tıer", "claſs", "Tİer"]),
               max_size=12))
def test_new_text_said_to_name_no_designation_has_none(pieces):
    for text in ("".join(pieces), fold("".join(pieces))[0]):
        if not reader._may_name_designation(text.lower()):
            assert not _designation_read_with_plain_hint(text), text


def test_a_clause_without_the_words_says_nothing_the_limits_apply_to():
    assert not reader._may_say_what_limits_apply_to("The appliance shall be tested at 23 °C; leakage current 0,5 mA.")
    assert not reader._may_say_what_limits_apply_to("铅 ≤ 0.2 mg/kg")
    for text in ("The ML applies to inorganic arsenic.", "the maximum levels refer to methylmercury", "限量适用于无机砷",
                 "LİMITS APPLY TO total mercury", "the lımit applies to the dry matter"):
        assert reader._may_say_what_limits_apply_to(text), text


def test_a_clause_without_the_words_names_no_test_setting():
    assert not reader._may_name_a_setting("Leakage current 0,5 mA; insulation resistance 2 MΩ.")
    assert not reader._may_name_a_setting("镉 ≤ 0.1 mg/kg，汞 ≤ 0.02 mg/kg")
    for text in ("冲击试验温度 -20 ℃", "检验速度 50 km/h", "测试电压 500 V", "制动初速度 30 km/h",
                 "TESTED AT 100 km/h", "the preſcribed speed of 80 km/h", "TEST voltage 1 kV"):
        assert reader._may_name_a_setting(text), text


@pytest.mark.parametrize("hint, pattern", [(reader._may_say_what_limits_apply_to, reader._APPLIES_TO),
                                           (reader._may_name_a_setting, reader._TEST_SETTING)])
def test_project_clauses_a_words_hint_passes_over_hold_nothing_its_pattern_finds(hint, pattern):
    for text in CLAUSES:
        for variant in _variants(text):
            if not hint(variant):
                assert pattern.search(variant) is None, variant


def test_folding_a_whole_text_is_folding_it_character_by_character():
    for text in CLAUSES + ["温度（23±2）℃，10¹² 个/km", "ｍｇ／ｋｇ\t½ ㎎ 10⁻³"]:
        assert fold(text) == fold_each(text), text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_folding_any_text_is_folding_it_character_by_character(text):
    assert fold(text) == fold_each(text)


def _longest_first(words) -> re.Pattern:
    """The comparator words as a plain longest-first alternation (what phrases.BEFORE reads as a trie)."""
    ordered = sorted((w for w in words if w not in ("ml", "mls")), key=len, reverse=True)
    english = [re.escape(w) for w in ordered if w[0].isascii() and w[0].isalpha()]
    other = [re.escape(w) for w in ordered if not (w[0].isascii() and w[0].isalpha())]
    return re.compile("(" + "|".join(other) + r"|(?<![A-Za-z/])(?:" + "|".join(english)
                      + r")(?![A-Za-z])(?!\s+deviation)|(?<![A-Za-z])(?-i:MLs?)(?![A-Za-z]))", re.I)


def test_comparator_words_read_as_a_trie_are_the_longest_first_words():
    plain = _longest_first(phrases.KIND)
    for text in CLAUSES + _PIECES + ["not more thanx", "maximums", "upper limit deviation", "不应超过或等于"]:
        for variant in _variants(text):
            assert _matches(phrases.BEFORE, variant) == _matches(plain, variant), variant


def _conditions_asked_one_by_one(mains, conditions, masked, where, original):
    """Each limit's conditions as the reader first found them: every condition of its sentence asked in turn."""
    ends = [m.start() for m in phrases.SENTENCE_END.finditer(masked)]
    sentence = {id(r): reader.bisect.bisect_left(ends, r.start) for r in mains + conditions}
    return {id(raw): tuple(reader._condition(c, masked, where, original) for c in conditions
                           if sentence[id(c)] == sentence[id(raw)] and reader._heads(c, raw, conditions, mains))
            for raw in mains}


_UNITS = ["mm", "°C"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.sampled_from(["main", "plain", "closed", "trails", "both"]),
                          st.sampled_from(_UNITS)), max_size=14),
       st.sets(st.integers(0, 199), max_size=5))
# A closed condition that trails its own limit still ends the reach of an earlier heading of its quantity.
@example([(0, "closed", "mm"), (5, "main", "mm"), (10, "both", "mm"), (15, "main", "mm")], set())
def test_conditions_found_once_are_those_asked_of_every_limit(values, breaks):
    # A text of values 3 characters wide at distinct slots, with sentence ends between some of them.
    text = list("a" * 200)
    for b in breaks:
        text[b] = ";"
    masked = "".join(text)
    where = list(range(len(masked)))
    mains, conditions, used = [], [], set()
    for slot, kind, unit in values:
        if slot in used:
            continue
        used.add(slot)
        start = 3 * slot + 10
        raw = reader._Raw(start, start + 3, "equal", 1.0, None, None, None, unit, left_start=max(0, start - 5),
                          condition=kind != "main", closed=kind in ("closed", "both"), trails=kind in ("trails", "both"))
        (mains if kind == "main" else conditions).append(raw)
    mains.sort(key=lambda r: r.start)
    conditions.sort(key=lambda r: r.start)
    found = reader._headed_conditions(mains, conditions, masked, where, masked)
    expected = _conditions_asked_one_by_one(mains, conditions, masked, where, masked)
    assert {k: v for k, v in expected.items() if v} == found


def test_conditions_found_once_on_the_project_clauses():
    seen = []
    original = reader._headed_conditions

    def checked(mains, conditions, masked, where, text, *ends):
        found = original(mains, conditions, masked, where, text, *ends)
        expected = _conditions_asked_one_by_one(mains, conditions, masked, where, text)
        assert {k: v for k, v in expected.items() if v} == found, text
        seen.append(bool(conditions))
        return found

    reader._headed_conditions = checked
    try:
        for text in CLAUSES + ["小于2 m时，高度不低于900 mm；大于等于2 m时，高度不低于1 050 mm，" * 3,
                               "± 2 % for temperatures from 0,1 °C to 30 °C and ± 3 % for 30 °C to 60 °C. " * 2,
                               "密度（20 ℃）≤ 0.8 g/mL，" * 5]:
            reader.extract.__wrapped__(text)
    finally:
        reader._headed_conditions = original
    assert sum(seen) > 50


def _lone_tolerances_placed_by_looking_back(indicators, termbase, text=""):
    """Each lone '± T' placed as the reader first did it: every value before it asked in turn, nearest first (a point
    a tolerance holds at, '在额定电压的10 %时', is none: tol26)."""
    out = []
    for ind in indicators:
        if not (ind.comparator == "tolerance" and ind.value == 0.0 and ind.tolerance):
            out.append(ind)
            continue
        concept = termbase.concept_of(ind.qualifier) or termbase.concept_of(
            reader._TOLERANCE_WORD.sub(" ", ind.parameter)) or ind.concept
        target = next((k for k in range(len(out) - 1, -1, -1)
                       if out[k].comparator == "equal" and out[k].value is not None and concept and out[k].concept
                       and termbase.related(out[k].concept, concept)
                       and out[k].normalized.dimension == ind.normalized.dimension
                       and not stated_point(out[k].text, text[out[k].span[1]:out[k].span[1] + 40])), None)
        if target is not None:
            base = out[target]
            out[target] = reader.replace(base, comparator="tolerance", tolerance=ind.tolerance, explicit=True,
                                         normalized=reader.normalise(base.value, base.unit, tolerance=ind.tolerance))
        else:
            out.append(reader.replace(ind, comparator="max", value=ind.tolerance, tolerance=None, explicit=True,
                                      normalized=reader.normalise(ind.tolerance, ind.unit)))
    return tuple(out)


_TOLERANCE_PIECES = ["温度为20.0 ℃，", "温度允差为±2.0 ℃，", "相对湿度为65 %，", "允差为±5 %，", "试验电压为1 250 V，",
                     "电压允差±10 V；", "偏差应在±2 ℃以内。", "The temperature is 23 °C; ", "The tolerance limits are ± 2,0 °C "
                     "for temperature. ", "± 2 % for temperatures from 0,1 °C to 30 °C, ", "within ± 2 mm of the nominal "
                     "width; ", "the width is 40 mm, ", "lead 0.2 mg/kg, ", "在额定电压的10 %时，", "电压误差为±2 %，"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_TOLERANCE_PIECES), max_size=12))
def test_lone_tolerances_placed_by_dimension_as_by_looking_back(pieces):
    seen = []
    original = reader._place_lone_tolerances

    def checked(indicators, termbase, text=""):
        found = original(indicators, termbase, text)
        assert found == _lone_tolerances_placed_by_looking_back(indicators, termbase, text)
        seen.append(sum(i.comparator == "tolerance" and i.value == 0.0 for i in indicators))
        return found

    reader._place_lone_tolerances = checked
    try:
        reader.extract.__wrapped__("".join(pieces))
    finally:
        reader._place_lone_tolerances = original
    assert seen or not pieces


_SENTENCE_PIECES = [".", ". ", ".  ", ". A", ".\nA", "\n", ";", "。", "!", "?", " ", "a", "A", "中", "max.", "min. ", "No. ",
                    "approx. B", "5", "mg"]


def _sentence_answers(text: str, lo: int, hi: int):
    """What the reader asks of a stretch of text, from its marks found once and from SENTENCE_END searched there."""
    quick = (reader._sentence_start(text, lo, hi, -1), reader._ends_sentence(text, lo, hi),
             reader._sentence_end_from(text, lo, hi))
    found = phrases.SENTENCE_END.search(text, lo, hi)
    plain = (max((m.end() for m in phrases.SENTENCE_END.finditer(text, lo, hi)), default=-1), found is not None,
             found.start() if found else None)
    return quick, plain



@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=14), st.integers(-2, 60), st.integers(-2, 60))
@example([". ", "A"], 0, 2)  # the capital after a full stop is outside the stretch: no mark in it
@example([".\nA"], 0, 2)  # (a line break after a full stop: the marks are searched for)
def test_sentence_marks_found_once_answer_as_the_pattern_searched_in_each_stretch(pieces, lo, hi):
    text = "".join(pieces)
    quick, plain = _sentence_answers(text, lo, hi)
    assert quick == plain, (text, lo, hi)


def test_sentence_marks_found_once_on_the_project_clauses():
    for text in CLAUSES:
        for variant in (text, fold(text)[0]):
            n = len(variant)
            for lo, hi in [(0, n), (0, n // 2), (n // 3, n), (n // 4, 3 * n // 4), (n // 2, n // 2 + 7)]:
                quick, plain = _sentence_answers(variant, lo, hi)
                assert quick == plain, (variant, lo, hi)


_POOL = [reader.Condition(name, text, reader.normalise(value, "°C"))
         for name, text, value in [("密度", "20 ℃", 20.0), ("密度", "20 ℃", 20.0), ("黏度", "40 ℃", 40.0),
                                   ("闪点", "25 ℃", 25.0), ("at", "23 °C", 23.0)]]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, len(_POOL) - 1), max_size=12), st.sets(st.integers(0, len(_POOL) - 1)),
       st.sets(st.integers(0, len(_POOL) - 1)))
def test_a_readings_conditions_laid_out_once_are_those_picked_one_by_one(own, points, reading):
    # (_POOL holds two equal conditions: a table repeating one condition row after row)
    own = tuple(_POOL[k] for k in own)
    points, reading = {_POOL[k] for k in points}, {_POOL[k] for k in reading}
    expected = tuple(c for c in own if c not in points or c in reading)
    assert reader._reading_of(own, *reader._own_layout(own, points), reading) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES + ["pH", "e.g. A", "。"]), max_size=10))
def test_text_said_to_end_no_row_has_no_row_end(pieces):
    text = "".join(pieces)
    assert reader._may_end_row(text) or reader._ROW_END.search(text) is None, text


def test_the_project_clauses_said_to_end_no_row_have_no_row_end():
    for text in CLAUSES:
        for variant in _variants(text):
            assert reader._may_end_row(variant) or reader._ROW_END.search(variant) is None, variant


def _unread_from_scanned_numbers(folded, where, read, leading):
    # _unread as it was written before it read DIGIT_RUN's matches itself: over scan_numbers' Written numbers.
    from compare.indicators.numbers import DIGIT_RUN, scan_numbers
    if not read and not any(map(str.isdigit, folded)):
        return []
    out = []
    for number in scan_numbers(folded, where, DIGIT_RUN):
        if leading and number.at < leading.end():
            continue
        if any(a <= number.start < b or a < number.end <= b for a, b in read):
            continue
        if reader._is_reference(folded, number.at):
            continue
        out.append((number.text, (number.start, number.end)))
        if len(out) >= reader.MAX_UNREAD:
            out.append(("…", None))
            break
    return out


def test_unread_numbers_are_the_runs_scan_numbers_gives():
    # Every second run taken as read, and a leading clause number, so that each skip is reached.
    from compare.indicators.numbers import DIGIT_RUN
    texts = CLAUSES + ["5.2.1 表3 中 12/50 个，GB/T 5009.12 " + "7, " * 60, "Table 4: 3 000 V, IEC 60335 at 23 °C"]
    for text in texts:
        for variant in _variants(text):
            folded, where = fold(variant)
            runs = [(where[m.start()], where[m.end() - 1] + 1) for m in DIGIT_RUN.finditer(folded)]
            read = sorted(runs[1::2])
            leading = re.match(r"\d+(?:\.\d+)*", folded)
            assert reader._unread(folded, where, read, leading) \
                == _unread_from_scanned_numbers(folded, where, read, leading), variant


def test_a_unit_written_as_read_is_the_one_the_pint_look_up_keeps(monkeypatch):
    # Every unit the reader gives a value on the project clauses and on text whose units fold ('ｍｇ／ｋｇ', '℃') or
    # have no letters of their own ('百分之五'): _written_unit with its shortcut gives what the look-up gives.
    from compare.indicators.units import is_known
    shortcut = reader._written_unit
    seen = []

    def both(raw, original, where):
        got = shortcut(raw, original, where)
        if raw.unit_span and not raw.unit.startswith("× "):
            written = original[where[raw.unit_span[0]]:where[raw.unit_span[1] - 1] + 1]
            assert got == (written if is_known(written) == is_known(raw.unit) else raw.unit), original
            seen.append(written == raw.unit)
        return got

    monkeypatch.setattr(reader, "_written_unit", both)
    for text in CLAUSES + ["铅 ≤ 0.2 ｍｇ／ｋｇ，温度 23 ℃", "含量不超过百分之五", "Ｌｅａｄ　０．５　ｍｇ／ｋｇ max"]:
        reader.extract.__wrapped__(text)
    assert True in seen and False in seen  # (both ways through were taken)
