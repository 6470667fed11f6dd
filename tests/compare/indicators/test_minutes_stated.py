"""'min.' after a value whose kind the words before state already is minutes (compare/indicators/minutes_stated.py)."""
import pytest

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract
from compare.indicators.minutes_stated import minutes_after_stated_kind


def _readings(text):
    return [(i.value, i.unit, str(i.comparator)) for i in extract(text).indicators]


@pytest.mark.parametrize("left", ["t' = ", "surface area to be sprayed, with a minimum of ", "with a minimum duration of ",
                                  "those who fail are given a demonstration and a further ", "then wait another ",
                                  "heat for an additional "])
def test_words_that_state_the_kind(left):
    assert minutes_after_stated_kind(left)


# (a bound sign before the value is `_bound_right_before`'s, not an equation)
@pytest.mark.parametrize("left", ["pH ", "Nominal size 4: d1 ", "Rm/ReH ", "a ≥ ",
                                  "the minimum value is given in Table 2, "])
def test_words_that_do_not(left):
    assert not minutes_after_stated_kind(left)


def test_equation_reads_minutes():
    got = _readings("t = 0,3 s for rapid auto-reclosing; t' = 3 min. First-pole-to-clear factor: 1,5")
    assert (3.0, "min", Comparator.EQUAL) in got


def test_a_minimum_of_reads_minutes_as_a_minimum():
    got = _readings("duration of test 1 min per square metre of surface area, with a minimum of 3 min. Next test.")
    assert (3.0, "min", Comparator.MIN) in got


def test_a_further_amount_reads_minutes():
    got = _readings("Each pair is given a period of 5 min; those who fail are given a further 5 min. The adult panel.")
    assert [u for v, u, _ in got if v == 5.0] == ["min", "min"]


def test_a_bare_minimum_stays_a_minimum():
    assert _readings("pH 6.5 min.") == [(6.5, "", Comparator.MIN)]
