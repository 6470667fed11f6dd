"""A grid of forms (twenty-fifth round, sweepSigned): one-sided deviations, signed values, values for a band of
another quantity, and number pairs that are not ranges, each in several fields and both languages, with the
indicators a careful reader keys (the open sets' conventions: a deviation allowed on one side written alone is a
maximum of its size, as '± X' is; '+X and −Y' two such maxima; '+X / −Y' or '+X～−Y' one range about nothing;
a nominal with its deviations the range they allow; a value given for a band of another quantity is that value
alone). Texts written for this grid, of many fields.

    PYTHONPATH=. .venv/bin/python bench/grid_signed.py          # forms right / forms, then every form read wrong

A text is right when every indicator read from it that states numbers is one expected indicator (values after
unit normalisation, the same way bench/eval_indicators.py scores a side) and none is missing or extra.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_indicators import reads_exactly  # noqa: E402


def mx(v, u):
    return {"comparator": "max", "value": v, "unit": u}


def mn(v, u):
    return {"comparator": "min", "value": v, "unit": u}


def eq(v, u):
    return {"comparator": "equal", "value": v, "unit": u}


def rg(lo, hi, u):
    return {"comparator": "range", "low": lo, "high": hi, "unit": u}


def tol(v, t, u):
    return {"comparator": "tolerance", "value": v, "tolerance": t, "unit": u}


# (form, text, expected sides)
GRID: list[tuple[str, str, list[dict]]] = [
    # A. a deviation allowed on one side, written with its sign alone: a maximum of its size (as '±X' alone is)
    ("sign alone +", "Tolerance on the no-load current of the reactor: +25 %.", [mx(25, "%")]),
    ("sign alone +", "电抗器空载电流的允许偏差为+25 %。", [mx(25, "%")]),
    ("sign alone +", "The permissible deviation of the filling mass is +3 g.", [mx(3, "g")]),
    ("sign alone +", "灌装质量的允许偏差为+3 g。", [mx(3, "g")]),
    ("sign alone +", "Luminous flux tolerance: + 10 % of the rated value.", [mx(10, "%")]),
    ("sign alone +", "光通量容差：额定值的+10 %。", [mx(10, "%")]),
    ("sign alone −", "Tolerance on the pump efficiency: −4 %.", [mx(4, "%")]),
    ("sign alone −", "水泵效率的容差为−4 %。", [mx(4, "%")]),
    ("sign alone −", "The deviation of the measured luminous efficacy shall be − 8 %.", [mx(8, "%")]),
    ("sign alone −", "实测光效的偏差为−8 %。", [mx(8, "%")]),
    # B. an upper and a lower deviation joined by 'and' / '和': two maxima
    ("+X and −Y", "The maximum permissible errors of the hygrometer are +3 % and −2 %.", [mx(3, "%"), mx(2, "%")]),
    ("+X and −Y", "湿度计的最大允许误差为+3 %和−2 %。", [mx(3, "%"), mx(2, "%")]),
    ("+X and −Y", "The indication error of the gauge shall not exceed +0,02 mm and −0,01 mm.",
     [mx(0.02, "mm"), mx(0.01, "mm")]),
    ("+X and −Y", "量规的示值误差不应超过+0.02 mm和−0.01 mm。", [mx(0.02, "mm"), mx(0.01, "mm")]),
    # C. '+X / −Y' or '+X～−Y' with no nominal: one range
    ("+X / −Y alone", "Supply frequency deviation: +2 % / −4 %.", [rg(-4, 2, "%")]),
    ("+X / −Y alone", "电源频率偏差：+2 %/−4 %。", [rg(-4, 2, "%")]),
    ("+X～−Y alone", "电源电压偏差为+7 %～−10 %。", [rg(-10, 7, "%")]),
    ("+X to −Y alone", "Supply voltage deviation: +7 % to −10 %.", [rg(-10, 7, "%")]),
    # D. a nominal with its one-sided deviations: the range they allow
    ("nominal +a/0", "The bore diameter shall be 12 mm +0,1/0 mm.", [rg(12, 12.1, "mm")]),
    ("nominal +a/0", "孔径为（12 +0.1/0）mm。", [rg(12, 12.1, "mm")]),
    ("nominal 0/−a", "The sheet thickness shall be 5 mm 0/−0,2 mm.", [rg(4.8, 5, "mm")]),
    ("nominal −0/+a", "The spray rate shall be 10 −0/+1 L/min.", [rg(10, 11, "L/min")]),
    ("nominal (+a/0) bracket", "The specimens are aged for 168 h (+12 h/0 h).", [rg(168, 180, "h")]),
    ("nominal (+a/0) bracket", "试样老化168 h（+12 h/0 h）。", [rg(168, 180, "h")]),
    ("nominal +a and −b", "The test voltage shall be 230 V +10 % and −15 %.", [rg(195.5, 253, "V")]),
    ("upper/lower deviation", "For the hole the upper deviation is +0,025 mm and the lower deviation is 0.",
     [rg(0, 0.025, "mm")]),
    ("upper/lower deviation", "孔的上极限偏差为+0.025 mm，下极限偏差为0。", [rg(0, 0.025, "mm")]),
    # E. a value given for a band of another quantity: the band is the row's condition
    ("band: ≤ X: +v", "Rated input ≤ 100 W: +15 %; > 100 W: +10 %.", [mx(15, "%"), mx(10, "%")]),
    ("band: ≤ X: +v", "额定输入功率≤100 W：+15 %；＞100 W：+10 %。", [mx(15, "%"), mx(10, "%")]),
    ("band: 时为 −v", "额定容量不大于50 kVA时，损耗容差为+12 %；额定容量大于50 kVA时为+8 %。",
     [mx(12, "%"), mx(8, "%")]),
    ("band: for X to Y: v", "Flatness tolerance for thicknesses from 3 mm to 6 mm: 0,5 mm.", [mx(0.5, "mm")]),
    ("band: 厚度X～Y时 v", "厚度为3 mm～6 mm时，平面度公差为0.5 mm。", [mx(0.5, "mm")]),
    ("band: >X～Y, ±v", "公称尺寸>30 mm～50 mm时，极限偏差为±0.3 mm。", [mx(0.3, "mm")]),
    ("band: over X up to Y, ±v", "Nominal size over 30 mm up to 50 mm: permissible deviation ± 0,3 mm.",
     [mx(0.3, "mm")]),
    ("band: X to Y, ±v", "Nominal lens power 0,00 D to 3,00 D: tolerance ± 0,12 D.", [mx(0.12, "D")]),
    ("band: X～Y, ±v", "镜片标称顶焦度0.00 D～3.00 D：允差±0.12 D。", [mx(0.12, "D")]),
    ("band: ≤ X ±v", "Capacity up to 10 ml: maximum permissible error ± 0,02 ml.", [mx(0.02, "ml")]),
    # F. two numbers joined by a dash, slash or colon that are not a range
    ("designation a/b µs", "The lightning impulse test voltage shall be applied with a 1,2/50 µs impulse of 95 kV.",
     [eq(95, "kV")]),
    ("designation a/b µs", "以1.2/50 µs雷电冲击波施加95 kV的试验电压。", [eq(95, "kV")]),
    ("ratio 1:n", "The sample is diluted 1:10 with water and the pH of the solution shall be 6,0 to 8,0.",
     [rg(6.0, 8.0, "")]),
    ("ratio 1:n", "试样以1:10用水稀释，溶液的pH值应为6.0～8.0。", [rg(6.0, 8.0, "")]),
    ("from a to b as two settings", "Record the time for the amplitude to decrease from 8° to 4°.",
     [eq(8, "°"), eq(4, "°")]),
    # G. bounds of two quantities in one sentence
    ("two quantities' bounds", "The ambient temperature shall not be less than 5 °C and the relative humidity "
     "not more than 85 %.", [mn(5, "°C"), mx(85, "%")]),
    ("two quantities' bounds", "环境温度不低于5 ℃，相对湿度不大于85 %。", [mn(5, "°C"), mx(85, "%")]),
    ("two quantities' bounds", "Storage temperature at least −10 °C; storage time at most 12 months.",
     [mn(-10, "°C"), mx(12, "months")]),
    # H. GHS-style category bands: the keys hold the bounds as a range
    ("category band a < C ≤ b", "Category 3: 300 < LD50 ≤ 2000 mg/kg bodyweight.", [rg(300, 2000, "mg/kg")]),
    ("category band a＜C≤b", "类别3：300＜LD50≤2000 mg/kg体重。", [rg(300, 2000, "mg/kg")]),
    # I. signed settings that are plain values, not deviations (must stay values)
    ("signed setting", "The test is carried out at +40 °C and at −25 °C.", [eq(40, "°C"), eq(-25, "°C")]),
    ("signed setting", "试验温度为+40 ℃和−25 ℃。", [eq(40, "°C"), eq(-25, "°C")]),
]


def right(text: str, expected: list[dict]) -> bool:
    return reads_exactly(text, expected)[0]


def _show(ind) -> str:
    nums = (f"{ind.low}..{ind.high}" if ind.low is not None or ind.high is not None else
            f"{ind.value}" + (f"±{ind.tolerance}" if ind.tolerance is not None else ""))
    return f"{ind.comparator.value} {nums} {ind.unit}" + (f" [{ind.basis}]" if ind.basis else "")


def main() -> int:
    wrong = [(form, text, exp) for form, text, exp in GRID if not right(text, exp)]
    print(f"forms right: {len(GRID) - len(wrong)}/{len(GRID)}")
    for form, text, exp in wrong:
        print(f"- [{form}] {text}\n    read: {'; '.join(_show(i) for i in reads_exactly(text, exp)[1]) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
