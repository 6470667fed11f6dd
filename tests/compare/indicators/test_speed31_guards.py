"""Thirty-first round's speed saving (speed31) changes no reading: `range_words.from_and_up_to`'s guard on 'from'
leaves no text its pattern would rewrite."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from compare.indicators import range_words
from compare.indicators.two_sided import rising_pairs_as_bands

DATA = Path(__file__).resolve().parents[3] / "data" / "indicator_eval"


def _open_set_texts() -> list[str]:
    texts = []
    for name in ["dev"] + [f"dev{i}" for i in range(2, 31)]:
        for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                texts += [case["domestic"], case["international"]]
    return texts


@pytest.mark.parametrize("text", [
    "from 85 % and up to 110 %", "FROM 80 % UP TO and including 110 %", "From 2 up to 5 kV", "up to 5 kV",
    "for 2 up to 5 kV", "fRoM 2 Up To 5 kV", "from 5 up to 2 kV", "Up to 3 from 2", "frOM 1 uP tO 9 mm",
    "For nominal sizes above 324 mm up to and including 328 mm", "",
])
def test_from_and_up_to_guard_drops_nothing(text):
    assert range_words.from_and_up_to(text) == rising_pairs_as_bands(range_words._FROM_UP_TO, text)


def test_from_and_up_to_rewrites_what_it_rewrote():
    assert range_words.from_and_up_to("from 85 % and up to 110 %") != "from 85 % and up to 110 %"
    assert range_words.from_and_up_to("FROM 2 UP TO 5 kV") != "FROM 2 UP TO 5 kV"
    assert range_words.from_and_up_to("above 2 up to 5 kV") == "above 2 up to 5 kV"


def test_from_and_up_to_guard_drops_nothing_on_the_open_sets():
    texts = _open_set_texts()
    assert sum(range_words.from_and_up_to(t) != t for t in texts) >= 1  # (the open sets hold the form)
    for text in texts:
        assert range_words.from_and_up_to(text) == rising_pairs_as_bands(range_words._FROM_UP_TO, text)


def test_no_other_character_matches_the_guarded_letters_with_case_ignored():
    # (the guard looks in `str.lower()`; a character matching 'f', 'r', 'o' or 'm' with case ignored other than these
    # letters in either case would slip past it: none does, unlike 's', 'i' and 'k', which 'ſ', 'ı' and the Kelvin
    # sign match)
    for letter in "from":
        pattern = re.compile(letter, re.I)
        assert [ch for ch in map(chr, range(0x80, 0x110000)) if pattern.fullmatch(ch)] == [], letter
    assert re.compile("s", re.I).fullmatch("ſ")  # (the test can tell)
