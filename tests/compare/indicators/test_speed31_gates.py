"""Thirty-first round's speed savings (speed31) change no reading: `_VALUE`'s first-character gates and its
range-word gate find the same values as the pattern without gates, at every position of every text tried; and
`range_words.from_and_up_to`'s guard on 'from' leaves no text its pattern would rewrite."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from compare.indicators import extract as reader
from compare.indicators import range_words
from compare.indicators.clausetext import fold
from compare.indicators.two_sided import rising_pairs_as_bands

DATA = Path(__file__).resolve().parents[3] / "data" / "indicator_eval"

# Texts where a 't' stands inside a word, ends one, starts 'to' inside a word ('tolerance', 'into', 'toe') or is the
# word 'to' itself, next to brackets, signs, letters and the other range words.
OWN = [
    "For nominal sizes above 324 mm up to and including 328 mm, the standard tolerance IT6 is 120 µm.",
    "the standard tolerance IT2 is 141 µm", "5 mm into 10 mm", "5 mm tot 10 mm", "5 mm to 10 mm", "5 mm TO 10 mm",
    "5 mm to10 mm", "5 mm_to 10", "5 mm, to 10", "5 to", "5 t", "5 t 6 to 7", "5 at 6 to 7", "5 at 6 toe 7",
    "(5 to 8) °C", "(5 ± 2) °C", "(5) to (8)", "-5 to +8 °C", "+ 5 to 8", "- 5 to - 8", "5 ~ 8", "5 至 8", "5到8",
    "5-8 mm", "5 - 8", "between 5 and 8", "from 5 to 8", "From 5 up to 8", "在5与8之间", "介于5和8之间",
    "2 ≤ x ≤ 8", "2 mm < t ≤ 40 mm", "8 ≥ t > 2", "23 ± 2 °C", "± 0,5 mm", "t 5 to 8", "5 tt 8", "5 to_ 8",
    "5 too 8", "5 to- 8", "it 5 to", "(t 5 to 8)", "1:2 to 1:3", "", "t", "to", "5", "(", "(5", "((5 to 6))",
]


def _open_set_texts() -> list[str]:
    texts = []
    for name in ["dev"] + [f"dev{i}" for i in range(2, 31)]:
        for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                texts += [case["domestic"], case["international"]]
    return texts


def _at_every_position(pattern: re.Pattern, text: str):
    return [(m.span(), m.groupdict()) if m else None for m in (pattern.search(text, i) for i in range(len(text) + 1))]


@pytest.mark.parametrize("text", OWN)
def test_value_pattern_with_gates_is_the_pattern_without_them_on_my_texts(text):
    plain = reader.ungated_value_pattern()
    for variant in (text, fold(text)[0], text.upper(), text.swapcase()):
        assert _at_every_position(reader._VALUE, variant) == _at_every_position(plain, variant), variant


def test_value_pattern_with_gates_is_the_pattern_without_them_on_the_open_sets():
    plain = reader.ungated_value_pattern()
    for text in _open_set_texts():
        folded = fold(text)[0]
        if len(folded) > reader._GATED_TEXT:
            continue  # (read by the plain pattern)
        for i in range(0, len(folded) + 1, 3):  # (every third position: each match is found from several)
            a, b = reader._VALUE.search(folded, i), plain.search(folded, i)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (folded, i)


def test_the_new_gates_are_stripped_from_the_plain_pattern():
    plain = reader.ungated_value_pattern().pattern
    for gate in (reader._OPENS_BRACKET, reader._NUMBER_START, reader._NEEDS_RANGE_WORD):
        assert gate in reader._VALUE.pattern and gate not in plain


def _range_word_later(text: str, at: int) -> bool:
    # what the gate must allow: '~', '-', 至, 到, or the word 'to' (as `_VALUE`'s range writes it, `\bto\b`) from `at` on
    return any(ch in "~-至到" for ch in text[at:]) or re.compile(r"\bto\b").search(text, at) is not None


@pytest.mark.parametrize("text", OWN + ["tolerance", "to", "xto", "tox", "t o", "-", "at t to", "tt", "tto"])
def test_range_word_gate_passes_exactly_where_a_range_word_follows(text):
    gate = re.compile(reader._NEEDS_RANGE_WORD)
    for at in range(len(text) + 1):
        assert (gate.match(text, at) is not None) == _range_word_later(text, at), (text, at)


def test_range_word_gate_passes_where_a_range_word_follows_on_the_open_sets():
    gate = re.compile(reader._NEEDS_RANGE_WORD)
    for text in _open_set_texts()[::7]:
        folded = fold(text)[0][:400]
        for at in range(0, len(folded) + 1, 5):
            assert (gate.match(folded, at) is not None) == _range_word_later(folded, at), (folded, at)


def test_number_start_is_what_a_number_starts_with():
    number = re.compile(reader._NUMBER)
    for text in OWN + ["- 5", "+ 5", "−5", "10^6", "1,5", "3 000", "1.2×10^3"]:
        folded = fold(text)[0]
        for at in range(len(folded)):
            if number.match(folded, at):
                assert re.match(r"[\d+\-]", folded[at]), (folded, at)


@pytest.mark.parametrize("text", [
    "from 85 % and up to 110 %", "FROM 80 % UP TO and including 110 %", "From 2 up to 5 kV", "up to 5 kV",
    "for 2 up to 5 kV", "fRoM 2 Up To 5 kV", "from 5 up to 2 kV", "Up to 3 from 2", "frOM 1 uP tO 9 mm",
])
def test_from_and_up_to_guard_drops_nothing(text):
    assert range_words.from_and_up_to(text) == rising_pairs_as_bands(range_words._FROM_UP_TO, text)


def test_from_and_up_to_guard_drops_nothing_on_the_open_sets():
    for text in _open_set_texts():
        assert range_words.from_and_up_to(text) == rising_pairs_as_bands(range_words._FROM_UP_TO, text)


def test_no_other_character_matches_the_guarded_letters_with_case_ignored():
    # (the guard looks in `str.lower()`; a character matching 'f', 'r', 'o', 'm', 'u', 'p' or 't' with case ignored
    # other than these letters in either case would slip past it: none does, unlike 's', 'i' and 'k')
    for letter in "fromupt":
        pattern = re.compile(letter, re.I)
        others = [ch for ch in map(chr, range(0x80, 0x3000)) if pattern.fullmatch(ch)]
        assert others == [], letter
