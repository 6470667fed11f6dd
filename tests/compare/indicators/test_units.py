"""Unit normalisation: the units standards write, including those pint lacks, and pint's traps."""

import pytest

from compare.indicators.extract import extract_indicators
from compare.indicators.units import is_known, normalise, unit_expression


@pytest.mark.parametrize("unit, value, expected, canonical", [
    ("mg/kg", 0.2, 0.2, "mg/kg"),
    ("毫克/千克", 0.2, 0.2, "mg/kg"),
    ("μg/kg", 500, 0.5, "mg/kg"),
    ("µg/kg", 500, 0.5, "mg/kg"),          # micro sign, not Greek mu
    ("微克/千克", 500, 0.5, "mg/kg"),
    ("ppm", 0.2, 0.2, "mg/kg"),
    ("ppb", 500, 0.5, "mg/kg"),
    ("g/kg", 0.001, 1.0, "mg/kg"),
    ("mg/100g", 1, 10.0, "mg/kg"),
    ("μg/l", 10, 0.01, "mg/L"),
    ("毫克/升", 0.01, 0.01, "mg/L"),
    ("%", 50, 50.0, "%"),
    ("％", 50, 50.0, "%"),                  # full-width percent sign
    ("mg/kg bw", 0.06, 0.06, "mg/kg bw"),
    ("mg/kg·bw/day", 0.06, 0.06, "mg/kg bw/day"),
    ("℃", 23, 23.0, "°C"),                  # pint alone reads "23 ℃" as a bare number
    ("°C", 23, 23.0, "°C"),
    ("摄氏度", 23, 23.0, "°C"),
    ("mm2", 0.75, 0.75, "mm²"),
    ("mm²", 0.75, 0.75, "mm²"),
    ("平方毫米", 0.75, 0.75, "mm²"),
    ("μm", 21, 0.021, "mm"),
    ("毫米", 5, 5.0, "mm"),
    ("mA", 0.75, 0.00075, "A"),
    ("kV", 3, 3000.0, "V"),
    ("MΩ", 2, 2e6, "ohm"),
    ("mΩ", 100, 0.1, "ohm"),               # case matters: milli, not mega
    ("kPa", 86, 0.086, "MPa"),
    ("min", 1, 60.0, "s"),
    ("分钟", 30, 1800.0, "s"),
    ("CFU/100mL", 100, 1.0, "CFU/mL"),
    ("NTU", 1, 1.0, "NTU"),
])
def test_units_are_normalised_to_one_canonical_unit_per_dimension(unit, value, expected, canonical):
    n = normalise(value, unit)
    assert n.known
    assert n.value == pytest.approx(expected)
    assert n.unit == canonical


def test_fahrenheit_is_an_offset_unit():
    assert normalise(212, "°F").value == pytest.approx(100.0)


def test_a_tolerance_is_a_difference_so_offsets_do_not_apply():
    n = normalise(23, "℃", tolerance=2)
    assert (n.value, n.tolerance) == (23.0, 2.0)
    f = normalise(68, "°F", tolerance=9)
    assert f.value == pytest.approx(20.0) and f.tolerance == pytest.approx(5.0)


def test_mass_fraction_and_percentage_share_a_dimension_through_ratio_scale():
    a, b = normalise(1000, "mg/kg"), normalise(0.1, "%")
    assert a.dimension == b.dimension
    assert a.value * a.ratio_scale == pytest.approx(b.value * b.ratio_scale)


def test_body_weight_is_not_food_mass():
    assert normalise(0.06, "mg/kg bw").dimension != normalise(0.06, "mg/kg").dimension


def test_mass_per_volume_is_not_mass_fraction():
    assert normalise(1, "mg/L").dimension != normalise(1, "mg/kg").dimension


def test_unknown_unit_is_kept_as_written_and_flagged():
    n = normalise(3, "widgets/m")
    assert not n.known
    assert n.unit == "widgets/m" and n.value == 3
    assert n.dimension == "unknown:widgets/m"
    assert not is_known("widgets/m")


def test_no_unit_is_a_plain_number():
    n = normalise(6.5, "")
    assert n.known and n.unit == "" and n.dimension == "number"


def test_unit_expression_spells_what_pint_reads():
    assert unit_expression("毫克/千克") == "mg/kg"
    assert unit_expression("mm2") == "mm**2"
    assert unit_expression("℃") == "degC"


def test_decibel_levels_compare_as_written():
    from compare.indicators.units import normalise as norm

    a, b = norm(55.0, "dB(A)"), norm(55.0, "dB")
    assert (a.value, a.dimension) == (b.value, b.dimension) == (55.0, "level")
    assert norm(45.0, "分贝").value == 45.0


def test_what_is_counted_per_what():
    from compare.indicators.extract import extract_indicators
    from compare.indicators.units import normalise as norm

    assert norm(20.0, "mg of iodine per kg of salt").value == norm(20.0, "mg/kg").value
    assert norm(10.0, "mg of histamine per 100 g").value == norm(10.0, "mg/100 g").value
    (histamine,) = extract_indicators("shall not contain more than 10 mg of histamine per 100 g fish flesh")
    assert (histamine.concept, histamine.comparator) == ("histamine", "max")


def test_particles_pieces_and_fibres_per_a_volume_are_counts():
    from compare.indicators.units import normalise as norm

    # pint's particle is 1/N_A mol: a count per volume would read as an amount of substance per volume
    for written in ("particles/m³", "particles per litre", "fibres/cm³", "fibers per cc", "pieces/m2", "pcs/m²",
                    "pc/L"):
        assert "[substance]" not in norm(1.0, written).dimension and norm(1.0, written).known, written
    assert norm(4.0, "particles/L").value == norm(4.0, "个/L").value
    assert norm(2.0, "fibres per cm³").value == norm(2.0e6, "个/m³").value


def test_fibres_after_a_number_are_its_unit():
    from compare.indicators.extract import extract_indicators

    (mineral_wool,) = extract_indicators("The exposure to mineral wool shall not exceed 1 fibres per cm³.")
    assert mineral_wool.unit == "fibres per cm³" and mineral_wool.normalized.dimension == "1 / [length] ** 3"
    zones = extract_indicators("Maximum airborne fibre counts (fibres/m³): Zone 1: 1 500; Zone 2: 60 000.")
    assert [(i.value, i.unit) for i in zones] == [(1500.0, "fibres/m3"), (60000.0, "fibres/m3")]


def test_the_reagent_named_inside_a_unit_is_no_unit():
    from compare.indicators.extract import extract_indicators

    (acid,) = extract_indicators("Acid value: refined oils 0,6 mg KOH/g oil.")
    (zh,) = extract_indicators("酸价（KOH）/(mg/g)：食用植物油 ≤ 0.6")
    assert acid.normalized.dimension == zh.normalized.dimension and acid.normalized.value == zh.normalized.value


def test_a_vickers_test_force_is_no_other_scale():
    # '550 HV1' and '550 HV': the force the test was made with, on the one Vickers scale; other scales stay apart
    from compare.indicators.units import vickers_scale

    for unit in ("HV", "HV1", "HV 10", "hv30"):
        assert vickers_scale(unit) == "HV"
        assert normalise(450, unit).dimension == "hardness HV"
    assert normalise(45, "HRC").dimension == "hardness HRC"
    assert normalise(45, "HRC").dimension != normalise(45, "HV10").dimension
    assert normalise(90, "Shore A").dimension == "hardness SHOREA"


def test_hardness_with_and_without_its_test_force_is_one_reading_compared():
    from compare.indicators.verdicts import compare_clauses

    result = compare_clauses("齿面硬度不低于600 HV。", "Surface hardness shall be at least 600 HV10.")
    assert [str(p.verdict) for p in result.pairs] == ["consistent"]


def test_a_vickers_test_force_written_after_a_space_is_part_of_the_scale():
    (weld,) = extract_indicators("Hardness of the weld metal: 200 HV 10 to 260 HV 10.")
    assert (weld.comparator, weld.low, weld.high, weld.normalized.unit) == ("range", 200.0, 260.0, "HV")
    (case,) = extract_indicators("The case hardness shall be 550 HV 0,5 minimum.")
    assert (case.comparator, case.value, case.normalized.unit) == ("min", 550.0, "HV")
    # a length after the scale is a value of its own
    assert [i.unit for i in extract_indicators("Hardness 200 HV 10 mm below the surface.")] == ["HV", "mm"]
