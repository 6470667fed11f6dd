"""Numbers of codes and references, no values (nineteenth round): a code of capitals joined by a hyphen to its number
('ITF-14', 'SNR-30'), the reference code of an aerodrome ('where the code number is 3 or 4', '飞行区指标Ⅰ为1或2'),
a point of a list in brackets ('as specified in point (2)') and a pharmacopoeia's table number ('Table 2.9.40.-1')."""

from compare.indicators.extract import extract
from tests.compare.indicators.readings import read as _read


def test_a_hyphenated_code_names_a_thing():
    assert _read("Minimum bar height for ITF-14: 32 mm.") == [("min", 32.0, "mm")]
    assert _read("Hearing protectors of class SNR-30: attenuation at least 25 dB.") == [("min", 25.0, "dB")]
    assert _read("Minimum print contrast for UPC-12 symbols: 0.7.") == [("min", 0.7, "")]


def test_the_code_number_of_an_aerodrome_is_no_value():
    text = "Aerodrome strips where the code number is 3 or 4 shall extend 60 m beyond the runway end."
    assert _read(text) == [("equal", 60.0, "m")]
    assert "3 or 4" in extract(text).indicators[0].parameter  # (the code stays in the name)
    assert _read("The taxiway shoulder should be 10 m wide where the code number is 4.") == [("equal", 10.0, "m")]
    assert _read("飞行区指标Ⅰ为1或2时，滑行道道肩宽度不应小于3.5 m。") == [("min", 3.5, "m")]
    assert _read("飞行区指标Ⅱ为E、F时，道肩总宽度不应小于60 m。") == [("min", 60.0, "m")]


def test_a_point_in_brackets_and_a_numbered_table_are_references():
    assert _read("The kite shall be flown below 60 m above ground, except as specified in point (2).") \
        == [("max", 60.0, "m")]
    assert _read("Not more than one unit deviates by more than the limit shown in Table 2.9.40.-1, and none by more "
                 "than 20 %.") == [("min", 20.0, "%")]


def test_a_table_with_its_height_in_decimal_commas_is_no_table_reference():
    # ('table 0,8 m high' is a piece of furniture with its height; 'Table 0' a reference: the comma ends neither)
    assert _read("The equipment under test shall stand on a wooden table 0,8 m high.") == [("equal", 0.8, "m")]
    assert _read("Place the sample on a bench table 0,75 m above the floor.") == [("equal", 0.75, "m")]
    assert _read("The limits of Table 3 apply up to 30 m.") == [("max", 30.0, "m")]
