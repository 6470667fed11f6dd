"""A grid of units written away from their numbers (sweepUnits, twenty-fifth round): each text with the values and
units a careful reader keys. Prints forms right / forms, and each wrong form with what was read.

    PYTHONPATH=. .venv/bin/python bench/sweep_units_grid.py
"""
from __future__ import annotations

import sys

from compare.indicators.extract import extract
from compare.indicators.units import normalise

# (form, text, [(numbers, unit)]): numbers is a value, (low, high) or ('±', value); every one must be read with its
# unit (after normalisation); values that must NOT be read with a unit go in the last field (designations, classes).
GRID = [
    # a unit in a heading before the list (colon)
    ("heading (unit): list", "Limits (mg/kg): lead 0,1; cadmium 0,05; mercury 0,02.", [(0.1, "mg/kg"), (0.05, "mg/kg"), (0.02, "mg/kg")]),
    ("heading /(unit)：list zh", "限量/(mg/kg)：铅 0.1，镉 0.05，汞 0.02。", [(0.1, "mg/kg"), (0.05, "mg/kg"), (0.02, "mg/kg")]),
    ("heading （单位：）zh", "指标（单位：mg/L）：铁≤0.3，锰≤0.1，铜≤1.0。", [(0.3, "mg/L"), (0.1, "mg/L"), (1.0, "mg/L")]),
    ("heading 单位为毫米 zh", "单位为毫米。螺栓长度公差：±0.5。", [(0.5, "mm")]),
    ("Dimensions in millimetres", "Dimensions in millimetres. The wall thickness shall be not less than 2,5.", [(2.5, "mm")]),
    ("values in %", "Values in %. Moisture content: max. 12; ash: max. 0,5.", [(12, "%"), (0.5, "%")]),
    ("all values in kV", "All values in kV. Rated lightning impulse withstand voltage: 75; power-frequency withstand voltage: 28.", [(75, "kV"), (28, "kV")]),
    ("heading in mm, later sentence", "Permissible deviations in mm for linear dimensions: class f: ± 0,05; class m: ± 0,1. Class c: ± 0,2; class v: ± 0,5.", [(0.05, "mm"), (0.1, "mm"), (0.2, "mm"), (0.5, "mm")]),
    ("zh heading（mm）later sentence", "线性尺寸的极限偏差（mm）：精密级±0.05，中等级±0.1。粗糙级±0.2，最粗级±0.5。", [(0.05, "mm"), (0.1, "mm"), (0.2, "mm"), (0.5, "mm")]),
    ("heading per m³ before bands", "Maximum number of particles per m³: 0,5 µm ≤ d < 5 µm, 3 520; d ≥ 5 µm, 29.", [(3520, "1/m³"), (29, "1/m³")]),
    ("heading 每立方米 zh", "每立方米空气中粒径≥0.5 µm的粒子数不大于3 520个，粒径≥5 µm的不大于29个。", [(3520, "1/m³"), (29, "1/m³")]),
    # a unit in the parameter's name
    ("name, MPa: min.", "Tensile strength, MPa: min. 400.", [(400, "MPa")]),
    ("name/MPa ≥ zh", "抗拉强度/MPa ≥ 400", [(400, "MPa")]),
    ("name, %, max.", "Mass fraction of water, %, max. 12", [(12, "%")]),
    ("name/% ≤ zh", "水分/% ≤ 12", [(12, "%")]),
    ("name (unit) ≤", "Sulfated ash (%) ≤ 0,1", [(0.1, "%")]),
    ("name in unit, not more than", "Elongation after fracture in %, not less than 18.", [(18, "%")]),
    ("name（单位）不大于 zh", "灰分（%）不大于0.5。", [(0.5, "%")]),
    ("name, unit ≤, two rows", "Lead, mg/kg ≤ 0,5; arsenic, mg/kg ≤ 0,2.", [(0.5, "mg/kg"), (0.2, "mg/kg")]),
    ("name in unit: range", "Operating temperature in °C: −10 to 40.", [((-10, 40), "°C")]),
    # a unit after the last of a list
    ("list, unit after last", "The nominal values shall be 0,1, 0,2 and 0,5 mg/kg.", [(0.1, "mg/kg"), (0.2, "mg/kg"), (0.5, "mg/kg")]),
    ("list、unit after last zh", "检出限分别为0.1、0.2、0.5 mg/kg。", [(0.1, "mg/kg"), (0.2, "mg/kg"), (0.5, "mg/kg")]),
    ("respectively list", "Lead and cadmium shall not exceed 0,2 and 0,1 mg/kg respectively.", [(0.2, "mg/kg"), (0.1, "mg/kg")]),
    ("分别 list zh", "铅和镉分别不大于0.2和0.1 mg/kg。", [(0.2, "mg/kg"), (0.1, "mg/kg")]),
    ("or list", "Test voltages of 250, 500 or 1 000 V shall be used.", [(250, "V"), (500, "V"), (1000, "V")]),
    # 'expressed as' / 'in mg per kg'
    ("expressed in", "The acid value, expressed in mg KOH/g, shall not exceed 0,6.", [(0.6, "mg/g")]),
    ("in mg per kg", "The lead content, in mg per kg, shall not exceed 0,1.", [(0.1, "mg/kg")]),
    ("以…计 unit zh", "酸价（以KOH计）/（mg/g） ≤ 0.6", [(0.6, "mg/g")]),
    ("in units of", "The noise level shall not exceed 65, in dB(A).", [(65, "dB(A)")]),
    # unit before the number
    ("pH before", "pH 6,5 to 8,5", [((6.5, 8.5), "")]),
    ("HRC before", "The hardness shall be HRC 45 min.", [(45, "HRC")]),
    # per cent spelled
    ("per cent", "The moisture content shall not exceed 12 per cent.", [(12, "%")]),
    ("percent", "Elongation: not less than 20 percent.", [(20, "%")]),
    ("百分之五 zh", "含水量不得超过百分之五。", [(5, "%")]),
    ("percent by mass", "Ash: not more than 0,5 percent by mass.", [(0.5, "%")]),
    # spelled units
    ("milligrams per litre", "The nitrate concentration shall not exceed 50 milligrams per litre.", [(50, "mg/L")]),
    ("degrees Celsius", "The storage temperature shall not exceed 25 degrees Celsius.", [(25, "°C")]),
    ("毫克每升 zh", "硝酸盐不超过50毫克每升。", [(50, "mg/L")]),
    ("摄氏度 zh", "贮存温度不超过25摄氏度。", [(25, "°C")]),
    ("micrograms per cubic metre", "The annual mean shall not exceed 40 micrograms per cubic metre.", [(40, "µg/m³")]),
    ("毫克每千克 zh", "铅含量不大于0.2毫克每千克。", [(0.2, "mg/kg")]),
    ("millimetres spelled", "The gap shall be at least 3 millimetres.", [(3, "mm")]),
    ("千克 spelled zh", "净含量不少于5千克。", [(5, "kg")]),
    # counts per volume or area
    ("个/m³ zh", "沉降菌不大于500个/m³。", [(500, "1/m³")]),
    ("CFU/g", "Total aerobic count: not more than 10 000 CFU/g.", [(10000, "CFU/g")]),
    ("particles per m³", "The count shall not exceed 3 520 particles per m³.", [(3520, "1/m³")]),
    ("per 100 cm²", "Not more than 5 colonies per 100 cm².", [(5, "1/(100 cm²)")]),
    ("个/平方厘米 zh", "表面菌落数不大于5个/平方厘米。", [(5, "1/cm²")]),
    ("CFU/100 mL", "Escherichia coli: 0 CFU/100 mL.", [(0, "CFU/100mL")]),
    ("cfu per g spelled", "Salmonella: absent in 25 g; yeasts and moulds not more than 100 cfu per g.", [(100, "CFU/g")]),
    # a heading unit must not reach designations, classes, clause numbers
    ("heading unit vs class number", "Dimensions in millimetres. For property class 8.8, the thread length shall be at least 30.", [(30, "mm")], [8.8]),
    ("heading unit vs clause number zh", "单位为毫米。按5.3测定时，厚度不小于2。", [(2, "mm")], [5.3]),
    ("own unit kept", "Values in mm. Length: 120; mass: 2,5 kg.", [(120, "mm"), (2.5, "kg")]),
]


def _close(a, b):
    return a is not None and b is not None and abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _matches(ind, numbers, unit) -> bool:
    n = ind.normalized
    if isinstance(numbers, tuple) and numbers[0] == "±":
        want = normalise(None, unit, tolerance=numbers[1])
        got = n.tolerance
        return got is not None and want.dimension == n.dimension and _close(got, want.tolerance)
    if isinstance(numbers, tuple):
        want = normalise(None, unit, low=numbers[0], high=numbers[1])
        return want.dimension == n.dimension and _close(n.low, want.low) and _close(n.high, want.high)
    want = normalise(numbers, unit)
    if want.dimension != n.dimension:
        return False
    return _close(n.value, want.value) or (n.value is None and n.low is None and _close(n.high, want.value)) \
        or (n.value is None and n.high is None and _close(n.low, want.value))


def check(entry):
    form, text, wanted, *rest = entry
    not_values = rest[0] if rest else []
    inds = extract(text).indicators
    missing = [w for w in wanted if not any(_matches(i, *w) for i in inds)]
    wrong = [v for v in not_values if any(_close(i.value, v) or _close(i.low, v) or _close(i.high, v) for i in inds)]
    return not missing and not wrong, missing, wrong, inds


def main() -> int:
    right = 0
    for entry in GRID:
        ok, missing, wrong, inds = check(entry)
        right += ok
        if not ok and "-q" not in sys.argv:
            print(f"WRONG {entry[0]!r}: {entry[1]}")
            print("   missing:", missing, " read as values:", wrong)
            for i in inds:
                print("   read:", i.parameter, i.comparator, i.value, i.low, i.high, i.tolerance, repr(i.unit))
    print(f"grid: {right}/{len(GRID)} forms right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
