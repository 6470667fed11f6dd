"""Numbers that are part of a name, not values (nineteenth round): an ordinal in words ('第一年', the first year), a
cycle that is no week ('每一周期'), the width of a band as a fraction of an octave ('1/3倍频程', '1/3-octave'), and the
number of tests an average is taken over ('the mean value of three tests')."""

from tests.compare.indicators.readings import read as _read


def test_an_ordinal_in_words_is_no_amount_of_time():
    # a lease, a warranty: 'the first year', 'the second month' name a period, they state no length of time
    assert _read("租赁合同第一年租金上涨不得超过5 %。") == [("max", 5.0, "%")]
    assert _read("保修期内第二个月起，返修率应不大于2 %。") == [("max", 2.0, "%")]
    # a length of time in words stays one
    assert _read("幼苗在温室中培养两周。") == [("equal", 2.0, "周")]
    # and an ordinal in digits is left to the value reader: a test method writes its time points so
    assert ("equal", 7.0, "天") in _read("接种后第7天观察菌落。")


def test_a_cycle_is_no_week():
    # a washing machine's programme and a thermal cycling test: '一周期' is one cycle
    assert _read("每一周期进水量不少于12 L。") == [("min", 12.0, "L")]
    assert _read("温度循环试验：每个周期 2 h，共五周期。") == [("equal", 2.0, "h")]
    assert ("equal", 1.0, "周") in _read("样品放置一周后测定。")


def test_a_fraction_of_an_octave_names_a_band():
    readings = _read("混响时间按1/3倍频程测量，中心频率100 Hz～5 000 Hz。")
    assert readings == [("range", None, "Hz")]
    readings = _read("Sound insulation is measured in 1/3-octave bands; at least 16 bands shall be used.")
    assert readings == [("min", 16.0, "")]
    assert _read("Vibration is analysed in 1/1 octave bands up to 8 kHz.") == [("max", 8.0, "kHz")]


def test_the_tests_an_average_is_taken_over_are_no_count():
    assert _read("Ring crush strength: minimum mean value of five tests 1,2 kN.") == [("min", 1.2, "kN")]
    assert _read("The average of three specimens shall be at least 40 MPa.") == [("min", 40.0, "MPa")]
    # a count a step takes stays a count
    assert _read("Cut three specimens from each sheet.") == [("equal", 3.0, "specimens")]


def _bounds(text):
    from compare.indicators.extract import extract
    return [(str(i.comparator), i.value, i.low, i.high, i.unit) for i in extract(text).indicators]


def test_a_lipid_number_names_a_fatty_acid():
    # a fat's composition by lipid number ('C16:0' palmitic acid, 'C20:5'): the double bonds after the colon are
    # no value, under a heading's per cent or with a comparator word after it
    assert _bounds("猪油脂肪酸组成（%）：硬脂酸C18:0 12.0～16.0；棕榈酸C16:0 20.0～28.0。") == \
        [("range", None, 12.0, 16.0, "%"), ("range", None, 20.0, 28.0, "%")]
    assert _bounds("Fish oil (% of total fatty acids): C20:5 max. 18,0; C22:6 9,0–15,0.") == \
        [("max", 18.0, None, None, "%"), ("range", None, 9.0, 15.0, "%")]
    # a label of letters and digits before a value with its unit stays a label and its value
    assert _read("C10:3 N") == [("equal", 3.0, "N")]
