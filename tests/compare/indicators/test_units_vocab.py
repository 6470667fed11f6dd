"""Units standards write that the normaliser did not know or misread (twenty-sixth round, unitvocab26): each reads
and compares with the same quantity written in another unit of its dimension."""

import pytest

from compare.indicators.units import normalise, reads_as_unit
from compare.indicators.units_vocab import fractional_powers, vocabulary


def same_quantity(a, unit_a, b, unit_b):
    x, y = normalise(a, unit_a), normalise(b, unit_b)
    assert x.known and y.known, (unit_a, unit_b)
    assert x.dimension == y.dimension, (x.dimension, y.dimension)
    assert x.value * x.ratio_scale == pytest.approx(y.value * y.ratio_scale, rel=1e-9)
    return x


@pytest.mark.parametrize("a, unit_a, b, unit_b", [
    (1, "gn", 9.80665, "m/s²"),                      # standard acceleration of free fall (lifts, shock tests)
    (70, "°T", 63, "°D"),                            # Thörner and Dornic degrees of milk acidity
    (5, "°SH", 12.5, "°T"),
    (2, "n mile", 3704, "m"),                        # nautical mile, GB 3100's symbol
    (2, "nautical miles", 3.704, "km"),
    (1, "海里", 1852, "m"),
    (300, "mcd/lx", 0.3, "cd/lx"),                   # coefficient of luminous intensity of a retro-reflector
    (50, "kG²mm²", 0.5, "T²·mm²"),                   # magnetic flux index in kilogauss squared square millimetres
    (1, "W/m²K", 1, "W/(m²·K)"),                     # a power glued to the next symbol: a product
    (17, "ps/nm·km", 17, "ps/(nm·km)"),              # a product after the solidus is the denominator
    (1, "L/s·m²", 3.6, "m³/(h·m²)"),
    (10, "L/s·person", 36, "m³/(h·人)"),             # ventilation per person
    (8.5, "m/s¹·⁷⁵", 8.5, "m·s^-1.75"),              # vibration dose value
    (100, "µE·m-2·s-1", 100, "µmol/(m²·s)"),         # micro-einstein: a micromole of photons
    (50, "pphm", 0.5, "ppm"),                        # parts per hundred million
    (4, "MU/g", 400, "MU/100 g"),                    # mouse units of shellfish toxins
    (1000, "IU/mL", 1, "IU/µL"),                     # international units
    (45, "ICUMSA units", 45, "IU ICUMSA"),           # sugar colour
    (12, "°Brix", 12, "%"),                          # soluble solids, per cent by mass
    (0.1, "f/mL", 100, "f/L"),                       # fibres per volume
    (15, "Hazen", 15, "Pt-Co units"),
    (1, "MJ", 1000, "kJ"),                           # megajoule, never the millijoule the lower-cased alias read
    (1, "兆焦", 1, "MJ"),
    (5, "吨", 5000, "kg"), (2, "千赫兹", 2000, "Hz"), (3, "毫秒", 3000, "µs"), (1, "千瓦时", 3.6, "MJ"),
    (500, "勒克斯", 500, "lx"), (2, "千帕斯卡", 2000, "Pa"), (10, "微西门子/厘米", 1, "mS/m"), (2, "公顷", 20000, "m²"),
    (5, "毫米汞柱", 5, "mmHg"), (1, "摩尔", 1000, "mmol"), (3, "千牛", 3000, "N"), (1, "毫特斯拉", 1000, "µT"),
])
def test_unit_reads_and_compares_with_another_unit_of_its_dimension(a, unit_a, b, unit_b):
    same_quantity(a, unit_a, b, unit_b)


def test_quantities_of_their_own_do_not_meet_others():
    assert normalise(1, "MU/g").dimension != normalise(1, "U/g").dimension  # mouse units are no enzyme units
    assert normalise(1, "IU").dimension != normalise(1, "mg").dimension
    assert normalise(1, "°T").dimension != normalise(1, "°C").dimension
    assert normalise(1, "gn").dimension != normalise(1, "g").dimension  # (g alone stays the gram)
    assert normalise(1, "n mile").dimension != normalise(1, "J").dimension  # never a newton mile


def test_body_weight_denominator_keeps_its_reading():
    assert vocabulary("mg/kg bw·d") == "mg/kg bw·d"
    assert normalise(1, "mg/kg bw/day").known


def test_fractional_powers_and_vocabulary():
    assert fractional_powers("m/s¹·⁷⁵") == "m/s**1.75"
    assert fractional_powers("m/s²") == "m/s²"
    assert vocabulary("W/m2K") == "W/(m2·K)"
    assert vocabulary("sign") == "sign"  # a symbol only as a whole word
    assert vocabulary("f/s") == "f/s"    # fibres only per a volume


@pytest.mark.parametrize("token", ["°T", "pphm", "MU/g", "°Brix", "gn"])
def test_new_symbols_read_as_units(token):
    assert reads_as_unit(token)


@pytest.mark.parametrize("a, unit_a, b, unit_b", [
    (99.7, "°Z", 99.7, "°Z"),
    (1e-5, "/年", 1e-5, "1/a"),           # per year, nothing counted before the solidus
    (2, "/h", 48, "1/day"),
    (3, "条", 3, ""), (2, "对", 2, "pairs"), (4, "splines", 4, "个"), (3, "模块", 3, "modules"),
])
def test_more_units(a, unit_a, b, unit_b):
    same_quantity(a, unit_a, b, unit_b)


def test_sugar_degree_is_its_own_quantity():
    assert normalise(99.7, "°Z").dimension != normalise(99.7, "%").dimension


@pytest.mark.parametrize("a, unit_a, b, unit_b", [
    (6, "per 50 mm × 50 mm", 6, "per 5 cm × 5 cm"),    # counted per an area written as its sides
    (6, "per 50 mm × 50 mm", 0.24, "1/cm²"),
    (3, "parts per 100 parts", 3, "%"),
    (5, "oktas", 62.5, "%"),                          # cloud cover in eighths of the sky
    (2, "working weeks", 14, "days"),
    (5, "mg/l O2", 5, "mg/L"),                        # oxygen is what is measured
])
def test_units_per_a_reference_amount_and_others(a, unit_a, b, unit_b):
    same_quantity(a, unit_a, b, unit_b)
