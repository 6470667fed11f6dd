"""The twenty-sixth round's quick tests for speed change no reading: each says 'nothing here' only where the pattern it
guards finds nothing, on the project's clauses (in swapped case and with the letters a case-ignoring pattern also
takes) and on text built from pieces; the cached number reader reads as the plain one."""

from __future__ import annotations

import hashlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.indicators import extract as reader
from compare.indicators.clausetext import NOT_VALUES, SCOPE, may_hold_non_values, may_state_scope
from compare.indicators.numbers import WRITTEN, read_number
from compare.indicators.phrases import CONDITION_BEFORE
from tests.compare.indicators.test_reading_speed import CLAUSES, _PIECES, _variants


def _lefts(text: str) -> list[str]:
    """The words before each number of `text`, from its start, as the reader asks the patterns about them."""
    return [text[:k] for k in range(1, len(text)) if text[k].isdigit() and not text[k - 1].isdigit()] + [text]


# ------------------------------------------------------------------------------------------ NOT_VALUES

# The pattern as the hint was written for; a new branch needs its words in clausetext._NOT_VALUE_* and a new digest here.
# (tuples27: a look-ahead, no new branch: a reference is never followed by "× <digit>".)
# (fixunread37: a unit more in the look-ahead, '采用9 μF', no new branch: the pattern matches less, never more.)
# (a7edfec: the singular reference pattern ends at a decimal comma; fixcount38: counters in the look-ahead,
# '采用32轮'; no new branch in either: the pattern matches less, never more.)
NOT_VALUES_DIGEST = "34f1483861d05666828911ad60b22332ba08bde0"


def test_the_hint_was_written_for_the_pattern_as_it_is():
    assert hashlib.sha1(NOT_VALUES.pattern.encode()).hexdigest() == NOT_VALUES_DIGEST, \
        "NOT_VALUES changed: add the words of its new branch to clausetext._NOT_VALUE_*, then the digest here"


@pytest.mark.parametrize("text", [
    "GB 2762-2022", "GB/T 1800.1-2020", "ISO 286-1:2010", "IEC 60335-1", "CXS 193-1995", "QB/T 1234", "2022年1月1日",
    "2020-05-01", "1 June 2020", "March 3, 2021", "见5.2", "按照4.3", "第3章", "第2号", "表1", "图 A.1", "附录A", "注2",
    "point (3)", "see 5.2", "Clause 7", "Table 3", "ANNEX B", "Tables 3 and 4", "Provision 5.1-1", "according to 4.2",
    "as ſpecified in 5.1", "5.2.1", "No. 83", "No 1907/2006", "CAS 7446-09-5", "EINECS 203-625-9", "ISSN 1234-5678",
    "INS 220", "UN 1203", "HS 0402.10", "paragraph (2)", "in accordance with 8.1", "İtem 4"])
def test_every_kind_of_non_value_passes_the_hint(text):
    assert NOT_VALUES.search(text), text
    assert may_hold_non_values(text), text


@pytest.mark.parametrize("hint, pattern", [(may_hold_non_values, NOT_VALUES), (may_state_scope, SCOPE)])
def test_clauses_a_hint_passes_over_hold_nothing_its_pattern_finds(hint, pattern):
    passed_over = 0
    for text in CLAUSES:
        for variant in _variants(text):
            if not hint(variant):
                passed_over += 1
                assert pattern.search(variant) is None, variant
    assert passed_over > 100  # (the hint spares the pattern most clauses)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["1999-12-31", "2020/1/2", "4.3.2", "No", " 12", "Jun", "annex", "见", "第",
                                           "Note", "parts", "given in", "UN", " 1203", "INS ", "HS", "HJ"]), max_size=12))
def test_new_text_the_hint_passes_over_holds_nothing_not_values_finds(pieces):
    for variant in _variants("".join(pieces)):
        if not may_hold_non_values(variant):
            assert NOT_VALUES.search(variant) is None, variant


# ------------------------------------------------------------------------------------------ SCOPE

SCOPE_DIGEST = "ef0ce784d76939903a7ef70c22f88cfb3784c6a3"


def test_the_scope_hint_was_written_for_the_pattern_as_it_is():
    assert hashlib.sha1(SCOPE.pattern.encode()).hexdigest() == SCOPE_DIGEST, \
        "SCOPE changed: add the words of its new branch to clausetext.may_state_scope, then the digest here"


@pytest.mark.parametrize("text", [
    "本文件适用于每相输入电流≤16 A的设备", "本标准规定了", "标记示例：M12×80", "接触镜是指", "玩具：指", "分为A15、B125两级",
    "This part applies to motors", "the requirements APPLY TO", "is applicable to", "'toy' means any product",
    "is defined as", "are classified into", "is divided into", "This document specifies", "THİS STANDARD COVERS",
    "example for the designation", "is deſignated"])
def test_every_kind_of_scope_passes_the_hint(text):
    assert SCOPE.search(text), text
    assert may_state_scope(text), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["applies to", "means the", "is defined as", "this document specifies",
                                           "分为", "是指", ":指", "本文件规定了", "is designated", "THIS PART GIVES"]),
                max_size=12))
def test_new_text_the_scope_hint_passes_over_states_no_scope(pieces):
    for variant in _variants("".join(pieces)):
        if not may_state_scope(variant):
            assert SCOPE.search(variant) is None, variant


# ------------------------------------------------------------------------------------------ words before a value


_GUARDS = [(reader._may_name_a_tolerance, reader._TOLERANCE_NAMED_HINT),
           (reader._may_end_in_condition, CONDITION_BEFORE),
           (reader._may_say_for, reader._FOR_BEFORE)]


@pytest.mark.parametrize("guard, pattern", _GUARDS)
def test_project_clauses_a_guard_passes_over_hold_nothing_its_pattern_finds(guard, pattern):
    for text in CLAUSES:
        for variant in _variants(text):
            for left in _lefts(variant):
                if not guard(left):
                    assert pattern.search(left) is None, left


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["for ", "FOR ", "when ", "Where ", "tolerance: ", "TOLERANCES ON ", "容差",
                                           "允差", "at ", "under the ", "measured after ", "在", "于", "\n", "@ "]),
                max_size=12))
def test_new_words_a_guard_passes_over_hold_nothing_its_pattern_finds(pieces):
    for variant in _variants("".join(pieces)):
        for guard, pattern in _GUARDS:
            if not guard(variant):
                assert pattern.search(variant) is None, (pattern.pattern[:40], variant)


@pytest.mark.parametrize("guard, text", [
    (reader._may_name_a_tolerance, "Tolerance on length: ± 2 mm"), (reader._may_name_a_tolerance, "长度允差为"),
    (reader._may_end_in_condition, "insulation resistance at "), (reader._may_end_in_condition, "在温度"),
    (reader._may_end_in_condition, "measured after\n"), (reader._may_say_for, "± 2 % FOR temperatures from "),
    (reader._may_say_for, "when the value is ")])
def test_the_words_a_pattern_reads_pass_its_guard(guard, text):
    assert guard(text)


def test_a_guard_passes_over_words_without_them():
    assert not reader._may_end_in_condition("泄漏电流不应超过")
    assert reader._may_end_in_condition("泄漏电流不应大于")  # (于 of 大于: the pattern is asked, and finds nothing)
    assert not reader._may_say_for("泄漏电流不应大于")
    assert not reader._may_name_a_tolerance("The dimension shall be 12 mm ± 0,5 mm")


# ------------------------------------------------------------------------------------------ numbers


def test_the_cached_number_reader_reads_as_the_plain_one():
    plain = read_number.__wrapped__
    for text in CLAUSES:
        for m in WRITTEN.finditer(text):
            for comma in (False, True):
                assert read_number(m.group(), comma) == plain(m.group(), comma), m.group()


def test_the_cached_number_reader_still_refuses_what_is_no_number():
    for _ in range(2):
        with pytest.raises(ValueError):
            read_number("mg")


# ------------------------------------------------------------------------------------------ speed39

# (speed39) The detection limit's quick test: its English words looked for in `caseless` text before the pattern, which
# still decides; the digit fraction of `parts_of_a_whole` asked only of text with a slash; `_own_name` cached.

from compare.indicators import parts_of_a_whole as parts  # noqa: E402
from compare.indicators.detection_limits import _HINT as DETECTION_HINT, may_state_a_detection_limit  # noqa: E402


@pytest.mark.parametrize("text", ["检出限为4 mg/L", "最低检测浓度为", "the limit of detection is 0,02 mg/l",
                                  "DETECTION LIMIT", "LOD is", "Lod of the method", "detectıon", "DETECTİON",
                                  "Limit of Detection: 5 µg/kg"])
def test_every_detection_limit_passes_its_quick_test(text):
    assert DETECTION_HINT.search(text), text
    assert may_state_a_detection_limit(text), text


def test_the_detection_limit_quick_test_answers_as_its_pattern_on_the_project_clauses():
    passed_over = 0
    for text in CLAUSES:
        for variant in _variants(text):
            assert may_state_a_detection_limit(variant) == (DETECTION_HINT.search(variant) is not None), variant
            passed_over += "检" not in variant
    assert passed_over > 100


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["detection", "DETECTION", "detectıon", "DETECTİON", "LOD", "lod", "Lod",
                                           "检出限", "检测限", "最低检出", "最低检测", "检", "limit of ", "l", "od", "de",
                                           "tection"]), max_size=12))
def test_new_text_the_detection_limit_quick_test_answers_as_its_pattern(pieces):
    for variant in _variants("".join(pieces)):
        assert may_state_a_detection_limit(variant) == (DETECTION_HINT.search(variant) is not None), variant


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["1/2", "3 / 4", "1/", "/3", "/", "／", "的", "half", "one-third"]), max_size=12))
def test_a_text_without_a_slash_holds_no_digit_fraction(pieces):
    for variant in _variants("".join(pieces)):
        if "/" not in variant:
            assert parts._DIGIT_FRACTION.search(variant) is None, variant


def test_the_cached_own_name_reads_as_the_plain_one():
    plain = reader._own_name.__wrapped__
    for text in CLAUSES:
        for left in _lefts(text):
            assert reader._own_name(left) == plain(left), left


# ------------------------------------------------------------------------------------------ speed40

# (speed40) The numeral test (`clausetext.may_write_numeral`) asks for a number word that ends where its word ends (no
# letter or hyphen after it), as every branch of `_EN_NUMERAL` does (`_WORD`'s look-ahead): 'conditioned', 'honey',
# 'phones', 'ninefold' hold one inside a word, and the numeral pattern is no longer searched in them.

import sys  # noqa: E402

from compare.indicators import clausetext  # noqa: E402
from compare.indicators.quick import caseless  # noqa: E402


def _numeral_read(text: str) -> bool:
    return clausetext._EN_NUMERAL.search(text) is not None


@pytest.mark.parametrize("text", ["Keep for three months.", "at least six transverse rows", "ſix cycles", "FİVE TIMES",
                                  "forty-two months", "nİne cycles", "SEVEN DAYS", "seventeen-year", "one—two years"])
def test_every_number_word_the_numeral_pattern_reads_passes_the_numeral_test(text):
    for variant in [text, text.upper(), text.swapcase()]:
        assert clausetext.may_write_numeral(caseless(variant)) >= _numeral_read(variant), variant


@pytest.mark.parametrize("text", ["The specimen shall be conditioned for 2 months.", "honey shall not contain more than",
                                  "the phones shall be at least", "tested ninefold, 3 times", "forty-odd cycles",
                                  "twentyfold times"])
def test_a_number_word_inside_a_word_is_no_longer_a_numeral(text):
    assert clausetext._EN_NUMERAL_HINT.search(caseless(text))  # (the words after a numeral are there)
    assert not clausetext.may_write_numeral(caseless(text))
    assert not _numeral_read(text)


def test_caseless_text_has_a_letter_where_the_case_ignoring_pattern_sees_one():
    # (the test's look-ahead is [a-z-] in `caseless` text, the pattern's [A-Za-z-] with case ignored: the same characters)
    ignoring, plain = re.compile(r"[A-Za-z-]", re.I), re.compile(r"[a-z-]")
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code < 0xE000:
            continue
        ch = chr(code)
        assert bool(ignoring.match(ch)) == bool(plain.match(caseless(ch))), hex(code)


def test_project_clauses_the_numeral_test_passes_over_hold_no_numeral():
    passed_over = 0
    for text in CLAUSES:
        for variant in _variants(text):
            if not clausetext.may_write_numeral(caseless(variant)):
                assert not _numeral_read(variant), variant
                passed_over += 1
    assert passed_over > 100


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["one", "ones", "bone", "honey", "seven", "twenty", "-one", "-", "forty-",
                                           "s", "ly", "ſ", "ı", "İ", "K", "nİne", " months", " cycles", " times",
                                           " specimens", "at least ", "shall be ", "."]), max_size=12))
def test_new_text_the_numeral_test_passes_over_holds_no_numeral(pieces):
    for variant in _variants("".join(pieces)):
        if not clausetext.may_write_numeral(caseless(variant)):
            assert not _numeral_read(variant), variant
