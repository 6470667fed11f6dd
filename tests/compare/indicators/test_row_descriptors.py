"""A row's heading value closed by a colon after a word of what it is for (nineteenth round): the kind of current
('400 V < Un ≤ 690 V, d.c.:') or a designation ('for 50 Hz IE2:') between the value and the colon; the value is the
key of the row, the condition of the limits after it, no requirement of its own."""

from compare.indicators.extract import extract
from tests.compare.indicators.readings import read as _read


def test_a_band_closed_by_the_kind_of_current_and_a_colon_heads_the_limit():
    (limit,) = extract("Insulation monitoring, 400 V < Un ≤ 690 V, d.c.: response time max. 10 s.").indicators
    assert (str(limit.comparator), limit.value, limit.unit) == ("max", 10.0, "s")
    assert [c.text for c in limit.conditions] != []  # the band is kept, as the condition of the limit
    # with no colon after it, a value with the kind of current stays a value
    assert ("equal", 1000.0, "V") in _read("Test voltage 1 000 V, a.c. for 1 min.")


def test_a_value_closed_by_a_designation_and_a_colon_heads_the_row():
    assert _read("Sound power level limits for 50 Hz IE2: 11 kW motors 88 dB(A).") == [
        ("equal", 11.0, "kW"), ("equal", 88.0, "dB(A)")]
    # a word that is no designation leaves the value a limit (a contaminant's, a maximum: list_limits.ceilings_by_nature)
    assert _read("Lead 0,1 mg/kg, fresh weight: apples.") == [("max", 0.1, "mg/kg")]
