"""A heading's unit is not carried to an item that has no unit: a pH, a dissipation or power factor, or a count in a
table of dimensions (compare.indicators.unit_free, twenty-sixth round)."""

from compare.indicators.extract import extract
from compare.indicators.unit_free import count_under_a_length_heading, names_a_unit_free_quantity


def _read(text):
    return [(i.value, i.low, i.high, i.unit) for i in extract(text).indicators]


def test_ph_under_a_heading_unit_has_none_and_the_other_items_keep_it():
    got = _read("表1 水质标准（mg/L）：pH值 6.5～8.5；非离子氨 ≤0.02；锌 ≤0.1。")
    assert (None, 6.5, 8.5, "") in got
    assert (0.02, None, None, "mg/L") in got and (0.1, None, None, "mg/L") in got


def test_ph_after_a_percent_column_has_none():
    got = _read("乙酸钠，w/%：58.0～60.0；水分，w/%：≤2.0；pH（100 g/L水溶液）：4.5～5.0；铅（Pb）/（mg/kg）：≤2.0。")
    assert (None, 4.5, 5.0, "") in got
    assert (None, 58.0, 60.0, "%") in got and (2.0, None, None, "mg/kg") in got


def test_loss_factor_after_a_voltage_heading_has_none():
    got = _read("击穿电压/kV：未处理油不小于30，经处理油不小于70；介质损耗因数（90 ℃）不大于0.005。")
    assert (0.005, None, None, "") in got
    assert (30.0, None, None, "kV") in got and (70.0, None, None, "kV") in got


def test_limit_keyed_by_a_ph_band_keeps_the_heading_unit():
    got = _read("风险筛选值/(mg/kg) — 铅：pH≤5.5 70；5.5<pH≤6.5 90；pH>7.5 170。")
    assert (70.0, None, None, "mg/kg") in got and (170.0, None, None, "mg/kg") in got


def test_a_unit_written_after_the_value_is_kept():
    assert (5.0, None, None, "mg/L") in _read("pH值测定时加入缓冲液 5 mg/L。")


def test_count_in_a_table_of_millimetres_has_no_unit():
    got = _read("表1，单位为毫米：尺寸代号1/2：每25.4 mm内所包含的牙数14，螺距1.814，大径20.955。")
    assert (14.0, None, None, "") in got
    assert (1.814, None, None, "毫米") in got and (20.955, None, None, "毫米") in got
    got = _read("Table 1, dimensions in millimetres. Designation 1/2: number of threads in 25,4 mm: 14; "
                "pitch P: 1,814. Designation 1: 11 threads; pitch 2,309.")
    assert (14.0, None, None, "") in got and (1.814, None, None, "millimetres") in got
    assert (11.0, None, None, "") in got and (2.309, None, None, "millimetres") in got


def test_count_per_amount_under_its_heading_keeps_the_unit():
    got = _read("菌落总数/(CFU/g)：≤100；大肠菌群数/(MPN/g)：≤3。")
    assert all(u for *_, u in got)


def test_names_of_unit_free_quantities():
    for name in ("pH", "渔业水质标准:pH值 淡水", "介质损耗因数", "power factor", "dielectric dissipation factor", "tan δ"):
        assert names_a_unit_free_quantity(name), name
    for name in ("phosphorus", "pHosphate", "铅(其他):含量", "safety factor of the rope", "折射率"):
        assert not names_a_unit_free_quantity(name), name


def test_count_words_before_a_value():
    class _I:
        def __init__(self, text, unit):
            self.text, self.unit = text, unit
    assert count_under_a_length_heading(_I("尺寸代号1：牙数11", "毫米"))
    assert not count_under_a_length_heading(_I("尺寸代号1：牙数11", "g"))  # (a count's heading in g: kept)
    assert not count_under_a_length_heading(_I("螺距1.814", "毫米"))
    assert not count_under_a_length_heading(_I("牙数11 mm", "mm"))  # (written after the value: kept)
