"""Property tests: unit conversions round-trip, and a clause compared with itself is consistent."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from compare.indicators.verdicts import compare_clauses
from compare.indicators.extract import extract_indicators
from compare.indicators.units import normalise

# (unit, factor to the canonical unit) pairs in one dimension: a value in the first must land where the
# same quantity written in the second lands.
SAME_DIMENSION = [
    ("mg/kg", "μg/kg", 1000.0), ("mg/kg", "ppm", 1.0), ("mg/kg", "ppb", 1000.0), ("mg/kg", "毫克/千克", 1.0),
    ("mg/L", "μg/l", 1000.0), ("mm", "μm", 1000.0), ("mm", "cm", 0.1), ("mm²", "mm2", 1.0),
    ("V", "kV", 0.001), ("A", "mA", 1000.0), ("s", "min", 1 / 60), ("°C", "℃", 1.0), ("%", "‰", 10.0),
]
values = st.floats(min_value=1e-6, max_value=1e6, allow_nan=False, allow_infinity=False)


@settings(deadline=None)  # the first example builds the pint registry (~0.5 s)
@given(value=values, pair=st.sampled_from(SAME_DIMENSION))
def test_the_same_quantity_in_two_units_normalises_to_the_same_value(value, pair):
    canonical, other, factor = pair
    a = normalise(value, canonical)
    b = normalise(value * factor, other)
    assert a.dimension == b.dimension
    assert math.isclose(a.value * a.ratio_scale, b.value * b.ratio_scale, rel_tol=1e-9)


@settings(deadline=None)
@given(value=st.floats(min_value=-200, max_value=2000, allow_nan=False))
def test_temperature_round_trip_through_fahrenheit(value):
    fahrenheit = value * 9 / 5 + 32
    assert math.isclose(normalise(fahrenheit, "°F").value, value, rel_tol=1e-9, abs_tol=1e-6)


@settings(deadline=None)
@given(value=values, unit=st.sampled_from(["mg/kg", "μg/kg", "mg/L", "mm", "μm", "V", "mA", "℃", "%", "mm2"]))
def test_normalising_twice_changes_nothing(value, unit):
    once = normalise(value, unit)
    twice = normalise(once.value, once.unit)
    assert twice.unit == once.unit
    assert math.isclose(twice.value, once.value, rel_tol=1e-9, abs_tol=1e-12)


names = st.sampled_from(["铅", "镉", "总汞", "无机砷", "额定电压", "泄漏电流", "温度", "lead", "cadmium", "rated voltage",
                         "leakage current", "clearance", "moisture"])
phrases = st.sampled_from(["≤{v}", "不大于{v}", "不超过{v}", "≥{v}", "不小于{v}", "为{v}", ": maximum {v}",
                           " shall not exceed {v}", " at least {v}", " {v}", "({v}±{t})", " between {v} and {w}",
                           "{v}～{w}"])
units = st.sampled_from(["mg/kg", "μg/kg", "mg/L", "mm", "V", "mA", "℃", "%", "mm2", "ppm", ""])
numbers = st.decimals(min_value="0.001", max_value="5000", places=3).map(lambda d: f"{d.normalize():f}")


@settings(max_examples=150, deadline=None)
@given(items=st.lists(st.tuples(names, phrases, numbers, numbers, units), min_size=0, max_size=4),
       separator=st.sampled_from(["，", "; ", "；", ". "]))
def test_a_clause_compared_with_itself_is_consistent(items, separator):
    clause = separator.join(name + phrase.format(v=f"{v} {u}".strip(), t=f"1 {u}".strip(),
                                                 w=f"{float(v) + 1:g} {u}".strip())
                            for name, phrase, v, _, u in items)
    result = compare_clauses(clause, clause)
    read = extract_indicators(clause)
    # nothing read is no verdict (not 'consistent', 100): nothing was compared
    assert (result.overall, result.score) == (("consistent", 100.0) if read else ("none", None)), \
        (clause, result.to_dict())
    assert len(result.pairs) == len(read)


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=300))
def test_any_text_extracts_without_error(text):
    for ind in extract_indicators(text):
        assert ind.comparator in ("max", "min", "range", "equal", "tolerance")
        assert 0 <= ind.span[0] <= ind.span[1] <= len(text)
