"""A grid of the forms a standard writes a nominal value with its tolerance in (sweepTol, twenty-fifth round).

Each row: a short clause text of some field, in one language, and the indicators a careful reader keys, in the open
sets' conventions (a tolerance in % is keyed in the value's unit; a test condition with a tolerance is its own
tolerance indicator). A row is right when every expected indicator is read (bench/eval_indicators.side_matches) and
nothing else is read.

    PYTHONPATH=. .venv/bin/python bench/tolerance_forms.py          # forms right / forms, then each wrong row
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_indicators import reads_exactly  # noqa: E402


def T(value, tol, unit):
    return {"comparator": "tolerance", "value": value, "tolerance": tol, "unit": unit}


def E(value, unit, comparator="equal"):
    return {"comparator": comparator, "value": value, "unit": unit}


GRID: list[tuple[str, str, list[dict]]] = [
    # brackets round value and tolerance, unit after
    ("paren", "The specimens are conditioned at (23 ± 2) °C before testing.", [T(23, 2, "°C")]),
    ("paren", "试样在(23±2)℃下状态调节。", [T(23, 2, "°C")]),
    ("paren", "电源频率为(50±1) Hz。", [T(50, 1, "Hz")]),
    ("paren", "The supply frequency shall be (50 ± 1) Hz.", [T(50, 1, "Hz")]),
    ("paren", "The tightening torque is (10 ± 0,5) N·m.", [T(10, 0.5, "N·m")]),
    ("paren", "老化时间为(168±2) h。", [T(168, 2, "h")]),
    ("paren", "The density of the fluid is (2,0 ± 0,1) g/cm³.", [T(2.0, 0.1, "g/cm³")]),
    ("paren", "试样厚度为(5±0.1) mm。", [T(5, 0.1, "mm")]),
    ("paren-rh", "The relative humidity of the chamber is (65 ± 5) % RH.", [T(65, 5, "%")]),
    ("paren-rh", "relative humidity (50 ± 5) %", [T(50, 5, "%")]),
    ("paren-rh", "相对湿度(50±5)%。", [T(50, 5, "%")]),
    # unit after each number
    ("unit-both", "The water bath is kept at 23 °C ± 2 °C.", [T(23, 2, "°C")]),
    ("unit-both", "水浴温度保持在23℃±2℃。", [T(23, 2, "°C")]),
    ("unit-both", "The generator frequency is 50 Hz ± 1 Hz.", [T(50, 1, "Hz")]),
    ("unit-both", "The gauge length is 5 mm ± 0,1 mm.", [T(5, 0.1, "mm")]),
    ("unit-both", "The endurance test lasts 1 000 h ± 24 h.", [T(1000, 24, "h")]),
    ("unit-both", "The specimens are immersed for 24 h ± 1 h.", [T(24, 1, "h")]),
    ("unit-both-k", "The oven is held at 70 °C ± 2 K.", [T(70, 2, "°C")]),
    ("unit-both-rh", "The humidity is 65 % ± 5 % RH.", [T(65, 5, "%")]),
    # unit after the tolerance only
    ("unit-last", "The cabinet temperature is 23 ± 2 °C.", [T(23, 2, "°C")]),
    ("unit-last", "The coating thickness is 5,0 ± 0,1 mm.", [T(5.0, 0.1, "mm")]),
    ("unit-last", "箱内温度为23±2 ℃。", [T(23, 2, "°C")]),
    ("unit-last", "The disc diameter is Ø 10 ± 0,2 mm.", [T(10, 0.2, "mm")]),
    # a tolerance in per cent of the value
    ("percent", "The test voltage is 230 V ± 10 %.", [T(230, 23, "V")]),
    ("percent", "The supply frequency is 50 Hz ±1 %.", [T(50, 0.5, "Hz")]),
    ("percent", "试验电压为230 V±10 %。", [T(230, 23, "V")]),
    ("percent-bracket", "额定电压230 V（±10 %）。", [T(230, 23, "V")]),
    ("percent-bracket", "The rated current is 16 A (± 5 %).", [T(16, 0.8, "A")]),
    # the tolerance in brackets after the value with its unit
    ("bracket", "The nominal thickness is 5,0 mm (± 0,1 mm).", [T(5.0, 0.1, "mm")]),
    ("bracket", "标称厚度为5.0 mm（±0.1 mm）。", [T(5.0, 0.1, "mm")]),
    # the tolerance in a clause of its own
    ("apart", "5.0 mm，偏差±0.1 mm。", [T(5.0, 0.1, "mm")]),
    ("apart", "The test is carried out at a temperature of 40 °C, tolerance ± 2 °C.", [T(40, 2, "°C")]),
    ("apart", "试验温度为40 ℃，允差±2 ℃。", [T(40, 2, "°C")]),
    ("apart", "试验温度为40 ℃，允许偏差为±2 ℃。", [T(40, 2, "°C")]),
    ("apart", "The bath is kept at 40 °C with a tolerance of 2 °C.", [T(40, 2, "°C")]),
    ("apart", "The bath is kept at 40 °C with a tolerance of ± 2 °C.", [T(40, 2, "°C")]),
    ("apart", "The load is applied for 60 s with a tolerance of ±5 s.", [T(60, 5, "s")]),
    # pH, no unit
    ("ph", "The pH of the buffer is 7,0 ± 0,2.", [T(7.0, 0.2, "")]),
    ("ph", "缓冲溶液的pH值为7.0±0.2。", [T(7.0, 0.2, "")]),
    ("ph", "pH 7,0 ± 0,2", [T(7.0, 0.2, "")]),
    # a bare number and its tolerance
    ("bare", "The ratio shall be 5.0±0.1.", [T(5.0, 0.1, "")]),
    # ± spelled otherwise
    ("ascii", "The test temperature is 40 °C +/- 2 °C.", [T(40, 2, "°C")]),
    ("ascii", "The test temperature is (40 +/- 2) °C.", [T(40, 2, "°C")]),
    ("ascii", "The test temperature is 40 +- 2 °C.", [T(40, 2, "°C")]),
    ("ascii", "The test temperature is (40+-2) °C.", [T(40, 2, "°C")]),
    ("words", "The test temperature is 40 °C plus or minus 2 °C.", [T(40, 2, "°C")]),
    ("words", "The test temperature is 40 plus or minus 2 °C.", [T(40, 2, "°C")]),
    ("degrees", "The test temperature is 40 ± 2 degrees Celsius.", [T(40, 2, "°C")]),
    ("degrees", "The test temperature is 40 degrees Celsius ± 2 degrees Celsius.", [T(40, 2, "°C")]),
    ("within", "The bath temperature shall be maintained within 2 °C of 40 °C.", [T(40, 2, "°C")]),
    ("within", "The bath shall be maintained at 40 °C to within ± 2 °C.", [T(40, 2, "°C")]),
    ("within", "The bath shall be maintained at 40 °C within ± 2 °C.", [T(40, 2, "°C")]),
    # lists of toleranced values
    ("list", "The specimens are tested at temperatures of (23 ± 2) °C, (40 ± 2) °C and (55 ± 2) °C.",
     [T(23, 2, "°C"), T(40, 2, "°C"), T(55, 2, "°C")]),
    ("list", "试验温度为(23±2)℃、(40±2)℃和(55±2)℃。", [T(23, 2, "°C"), T(40, 2, "°C"), T(55, 2, "°C")]),
    ("list", "The specimens are tested at 23 °C ± 2 °C, 40 °C ± 2 °C and 55 °C ± 2 °C.",
     [T(23, 2, "°C"), T(40, 2, "°C"), T(55, 2, "°C")]),
    # a tolerance inside a test condition
    ("condition", "After 168 h at (70 ± 2) °C the insulation resistance shall be not less than 10 MΩ.",
     [E(168, "h"), T(70, 2, "°C"), E(10, "MΩ", "min")]),
    ("condition", "在(70±2)℃下放置168 h后，绝缘电阻应不小于10 MΩ。",
     [T(70, 2, "°C"), E(168, "h"), E(10, "MΩ", "min")]),
    ("condition", "After conditioning at (23 ± 2) °C and (50 ± 5) % relative humidity, the tensile strength shall be at "
     "least 20 MPa.", [T(23, 2, "°C"), T(50, 5, "%"), E(20, "MPa", "min")]),
    ("condition", "经(23±2)℃、相对湿度(50±5)%状态调节后，拉伸强度应不小于20 MPa。",
     [T(23, 2, "°C"), T(50, 5, "%"), E(20, "MPa", "min")]),
    # full-width and other signs
    ("fullwidth", "试验温度为（40±2）℃。", [T(40, 2, "°C")]),
    ("fullwidth", "试验温度为40 ℃ ± 2 ℃。", [T(40, 2, "°C")]),
    ("fullwidth", "称取样品（2.00±0.01）g。", [T(2.00, 0.01, "g")]),
    ("rate", "The specimen is heated at (5 ± 1) °C/min.", [T(5, 1, "°C/min")]),
    ("rate", "加载速率为(10±1) mm/min。", [T(10, 1, "mm/min")]),
    ("pressure", "The test pressure is 1,5 MPa ± 0,05 MPa.", [T(1.5, 0.05, "MPa")]),
    ("pressure", "试验压力为(1.5±0.05) MPa。", [T(1.5, 0.05, "MPa")]),
    # a value in two units, a tolerance in a smaller one
    ("two-units", "The conditioning period is 5 min ± 10 s.", [T(300, 10, "s")]),
    ("two-units", "状态调节时间为1 h±5 min。", [T(60, 5, "min")]),
    ("two-units", "The drop height is 1 m ± 10 mm.", [T(1000, 10, "mm")]),
    # headings and labels
    ("heading", "Temperature (°C): 40 ± 2", [T(40, 2, "°C")]),
    ("heading", "温度/℃：40±2", [T(40, 2, "°C")]),
    ("heading", "Dimensions in millimetres. The width of the slot is 25 ± 0,5.", [T(25, 0.5, "mm")]),
    # two toleranced values in one sentence
    ("two", "试验温度40 ℃±2 ℃，相对湿度93 %±3 %。", [T(40, 2, "°C"), T(93, 3, "%")]),
    ("two", "The test specimens shall be 100 mm ± 1 mm long and 25 mm ± 0,5 mm wide.",
     [T(100, 1, "mm"), T(25, 0.5, "mm")]),
    ("two", "The specimen is kept at 40 °C ± 2 °C for 96 h ± 2 h.", [T(40, 2, "°C"), T(96, 2, "h")]),
    ("alternatives", "The temperature shall be (23 ± 2) °C, or (27 ± 2) °C in tropical countries.",
     [T(23, 2, "°C"), T(27, 2, "°C")]),
    ("comma", "烘箱温度为70 ℃，±2 ℃。", [T(70, 2, "°C")]),
    ("comma", "The oven temperature is 70 °C, ± 2 °C.", [T(70, 2, "°C")]),
    ("angle", "角度为45°±1°。", [T(45, 1, "°")]),
    ("angle", "The angle is (45 ± 1)°.", [T(45, 1, "°")]),
    # the kind of a voltage or current between the value and its tolerance
    ("current-kind", "The test voltage is 500 V d.c. ± 50 V.", [T(500, 50, "V")]),
    ("current-kind", "The supply voltage is 230 V a.c. ± 10 %.", [T(230, 23, "V")]),
    ("current-kind", "The test current is 10 A (r.m.s.) ± 0,5 A.", [T(10, 0.5, "A")]),
    ("current-kind", "试验电压为220 V交流±22 V。", [T(220, 22, "V")]),
    ("current-kind", "The voltage is 500 V DC ± 50 V.", [T(500, 50, "V")]),
    # the tolerance joined by 'and', 'to within'
    ("apart", "The test is run at a nominal temperature of 40 °C and a tolerance of ± 2 °C.", [T(40, 2, "°C")]),
    ("apart", "The rinse water is held at 60 °C to within ± 1 °C.", [T(60, 1, "°C")]),
    # a tolerance named without '±'
    ("unsigned", "温度为40 ℃，允差2 ℃。", [T(40, 2, "°C")]),
    ("unsigned", "搅拌速度为300 r/min，允差为10 r/min。", [T(300, 10, "r/min")]),
    ("unsigned", "The width of the strip is 50 mm, tolerance 0,5 mm.", [T(50, 0.5, "mm")]),
    ("unsigned", "The lamp voltage is 230 V with a tolerance of 10 %.", [T(230, 23, "V")]),
    ("unsigned", "喷淋流量为2 L/min，容差为0.1 L/min。", [T(2, 0.1, "L/min")]),
    # '±' spelt in words, Chinese
    ("words", "水温为25 ℃正负1 ℃。", [T(25, 1, "°C")]),
    ("ascii", "The spindle speed is 1 500 r/min +/- 50 r/min.", [T(1500, 50, "r/min")]),
    ("ascii", "The fill mass is 500 g +/-5 g.", [T(500, 5, "g")]),
    ("words", "The sweep rate is 1 octave/min plus or minus 10 %.", [T(1, 0.1, "octave/min")]),
    # a bracket saying the value is the nominal one
    ("nominal-bracket", "The load is 100 N (nominal) ± 2 N.", [T(100, 2, "N")]),
    ("nominal-bracket", "荷载为100 N（标称值）±2 N。", [T(100, 2, "N")]),
    # one tolerance said once for every value of a list
    ("shared", "The temperature is 40 °C, 55 °C or 70 °C, each ± 2 °C.", [T(40, 2, "°C"), T(55, 2, "°C"), T(70, 2, "°C")]),
    ("shared", "试验温度为40 ℃、55 ℃或70 ℃，均为±2 ℃。", [T(40, 2, "°C"), T(55, 2, "°C"), T(70, 2, "°C")]),
    ("shared", "试验温度为40 ℃、55 ℃或70 ℃，允差均为±2 ℃。", [T(40, 2, "°C"), T(55, 2, "°C"), T(70, 2, "°C")]),
    # a tolerance one-sided or a deviation alone keeps the keys' forms
    ("deviation-alone", "The temperature of the bath shall be within ± 1 °C.", [E(1, "°C", "max")]),
    ("deviation-alone", "纤维含量允差为5 %。", [E(5, "%", "max")]),
]


def check(text: str, expected: list[dict]) -> tuple[bool, list]:
    return reads_exactly(text, expected)


def show(ind) -> str:
    if ind.comparator.value == "tolerance":
        return f"{ind.value}±{ind.tolerance} {ind.unit}"
    if ind.comparator.value == "range":
        return f"{ind.low}-{ind.high} {ind.unit}"
    return f"{ind.comparator.value} {ind.value} {ind.unit}"


def main() -> None:
    right = 0
    wrong = []
    for form, text, expected in GRID:
        ok, produced = check(text, expected)
        right += ok
        if not ok:
            wrong.append((form, text, produced))
    print(f"forms right: {right}/{len(GRID)}")
    for form, text, produced in wrong:
        print(f"[{form}] {text}\n    read: {'; '.join(show(p) for p in produced) or '-'}")


if __name__ == "__main__":
    main()
