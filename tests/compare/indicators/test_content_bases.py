"""A content per mass on one side and per volume of liquid on the other pair (twenty-ninth round, pairing29)."""

from compare.indicators.content_bases import content_leftovers, content_on_two_bases, per_liquid_volume, per_mass
from compare.indicators.verdicts import compare_clauses

MASS_PER_VOLUME = "[mass] / [length] ** 3"


def test_per_mass_units():
    for unit in ("mg/kg", "g/kg", "µg/kg", "mg/g", "g/100 g", "% (m/m)"):
        assert per_mass(unit), unit
    for unit in ("%", "ppm", "mg/L", "mg/m³", "", None):
        assert not per_mass(unit), unit


def test_per_liquid_volume_units():
    for unit in ("mg/L", "µg/l", "mg/ml", "g/100 mL", "mg/dL"):
        assert per_liquid_volume(unit, MASS_PER_VOLUME), unit
    assert not per_liquid_volume("mg/m³", MASS_PER_VOLUME)  # air or gas, not a liquid
    assert not per_liquid_volume("mL/L", "dimensionless")
    assert not per_liquid_volume("mg/kg", "dimensionless")


def test_two_bases_either_way_round():
    assert content_on_two_bases("mg/kg", "dimensionless", "mg/L", MASS_PER_VOLUME)
    assert content_on_two_bases("g/100 mL", MASS_PER_VOLUME, "% (m/m)", "dimensionless")
    assert not content_on_two_bases("mg/kg", "dimensionless", "mg/kg", "dimensionless")
    assert not content_on_two_bases("mg/L", MASS_PER_VOLUME, "mg/L", MASS_PER_VOLUME)


def test_leftovers_pair_only_without_rivals():
    dims_d = ["dimensionless", "[mass]"]
    dims_i = [MASS_PER_VOLUME, "[length] ** 3"]
    always = lambda a, b: True  # noqa: E731
    assert content_leftovers([0, 1], [0, 1], ["mg/g", "mg"], ["mg/ml", "ml"], dims_d, dims_i, always) == [(0, 0)]
    # two contents per mass left on one side: neither is the only option, nothing pairs
    assert content_leftovers([0, 1], [0], ["mg/kg", "g/kg"], ["mg/L"], ["dimensionless"] * 2, [MASS_PER_VOLUME],
                             always) == []
    # the caller's test (a conflicting key or concept) forbids the pair
    assert content_leftovers([0], [0], ["mg/kg"], ["mg/L"], ["dimensionless"], [MASS_PER_VOLUME],
                             lambda a, b: False) == []


def _pairs(domestic: str, international: str):
    result = compare_clauses(domestic, international)
    return [(p.domestic, p.international, str(p.verdict)) for p in result.pairs]


def test_clauses_pair_a_content_per_mass_with_one_per_litre():
    # (a substance the termbase does not know: before this rule the two readings stayed unpaired)
    pairs = _pairs("牛磺酸：食品分类号14.04.02，特殊用途饮料，最大使用量0.6 g/kg。",
                   "Drinks containing taurine in a proportion in excess of 400 mg/l shall be labelled.")
    both = [(d, i, v) for d, i, v in pairs if d is not None and i is not None]
    assert len(both) == 1
    d, i, verdict = both[0]
    assert d.unit == "g/kg" and i.unit == "mg/l"
    assert d.value == 0.6 and i.value == 400
    assert verdict == "different"


def test_clauses_leave_two_contents_per_mass_against_one_per_litre():
    pairs = _pairs("铅含量应不高于0.5 mg/kg；镉含量应不高于0.1 mg/kg。",
                   "Total dissolved solids shall not exceed 500 mg/l.")
    assert all(d is None or i is None for d, i, _ in pairs)


def test_clauses_content_per_mass_not_against_air_concentration():
    pairs = _pairs("苯甲酸：食品分类号14.02.03，最大使用量1.0 g/kg。",
                   "The workplace exposure limit for dust is 10 mg/m³ over 8 hours.")
    assert all(d is None or i is None for d, i, _ in pairs)
