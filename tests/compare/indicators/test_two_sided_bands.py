"""One quantity bounded from both sides in words, read as one range as the keys hold it (twenty-eighth round,
bands28): texts of other fields than the open sets' cases."""

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract
from compare.indicators.two_sided import between_joined_by_and, exceeding_but_not_exceeding, two_sided_bands


def _read(text):
    return [(i.comparator, i.value, i.low, i.high) for i in extract(text).indicators]


def test_exceeding_but_not_exceeding_is_one_range():
    # (read as two maxima before: the gerund is no bound word of the reader's, 'maximum' gave both the comparator)
    assert _read("Class B: boats with a maximum load exceeding 150 kg but not exceeding 450 kg.") == [
        (Comparator.RANGE, None, 150.0, 450.0)]
    assert _read("Band 2: a working pressure exceeding 1,6 MPa and not exceeding 2,5 MPa.") == [
        (Comparator.RANGE, None, 1.6, 2.5)]


def test_exceeding_alone_and_its_siblings_stay_as_read():
    # ('exceeding X' alone: the keys hold it as a maximum in most places, 'no lot shall contain lead exceeding
    # 5 mg/kg'; the rule leaves it to the reader)
    text = "No lot shall contain lead exceeding 5 mg/kg."
    assert exceeding_but_not_exceeding(text) == text
    # (a band written high to low is not rewritten)
    text = "loads exceeding 450 kg but not exceeding 150 kg"
    assert exceeding_but_not_exceeding(text) == text
    # (a denied gerund first is no floor: 'not exceeding 2 t and not exceeding 3 m' are two maxima)
    text = "a mass not exceeding 2 t and not exceeding 3 t"
    assert exceeding_but_not_exceeding(text) == text
    assert _read("a sealing force greater than 100 N and not greater than 250 N") == [
        (Comparator.RANGE, None, 100.0, 250.0)]


def test_the_rewrite_keeps_every_span():
    text = "a rated current exceeding 16 A but not exceeding 32 A; the rest"
    rewritten = exceeding_but_not_exceeding(text)
    assert len(rewritten) == len(text)
    assert rewritten.index("16 A") == text.index("16 A") and rewritten.index("32 A") == text.index("32 A")
    assert "～" in rewritten and "exceeding" not in rewritten
    assert rewritten.endswith("; the rest")


def test_a_band_of_rows_in_the_gerund_keys_its_row():
    # ('exceeding 10 kW but not exceeding 20 kW: 3' selects a row, as 'over 10 kW up to 20 kW: 3' does: the band
    # is the row value's condition, no indicator of its own)
    inds = extract("Minimum number of fans: not exceeding 10 kW: 2; exceeding 10 kW but not exceeding 20 kW: 3; "
                   "exceeding 20 kW: 4.").indicators
    row = [i for i in inds if i.value == 3.0]
    assert row and any(c.low == 10.0 and c.high == 20.0 for c in row[0].conditions)
    assert not any(i.comparator == Comparator.RANGE for i in inds)


def test_two_ends_joined_by_and_before_zhijian_are_one_range():
    # (read as two values before: the name of the multiplied quantity stood between the second end and 之间)
    assert _read("试验时以0.9倍和1.1倍额定转速之间最不利的转速运行。") == [(Comparator.RANGE, None, 0.9, 1.1)]
    assert _read("试样含水率为8 %与12 %之间的某一值。") == [(Comparator.RANGE, None, 8.0, 12.0)]
    # ('在…之间' was read as one range already; the rewrite leaves the reading as it was)
    assert _read("频率在10 Hz和55 Hz之间扫频。") == [(Comparator.RANGE, None, 10.0, 55.0)]


def test_zhijian_left_where_no_band():
    for text in ("第1和第2测点之间的距离为5 m。",  # (ordinals)
                 "温度为60 ℃和20 ℃之间循环。"):  # (high to low)
        assert between_joined_by_and(text) == text
    text = "以0.9倍和1.1倍额定转速之间"
    assert len(two_sided_bands(text)) == len(text)
