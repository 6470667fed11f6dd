"""Unit normalisation for indicator values: pint, taught the units standards write that it lacks.

Conversions are worked out once per unit string (pint is slow: tens of microseconds a parse) and kept as a
linear map `value * scale + offset` to a canonical unit per dimension, so normalising a value is arithmetic.
A unit pint cannot read is kept as written and flagged (`known=False`), never dropped.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass

# Chinese unit names and symbols pint does not know, mapped to what it does. Longest first when applied.
_CHINESE_UNITS = {
    "摄氏度": "degC", "毫克": "mg", "微克": "ug", "纳克": "ng", "千克": "kg", "公斤": "kg", "克": "g",
    "毫升": "mL", "微升": "uL", "升": "L", "立方米": "m**3", "平方毫米": "mm**2", "平方厘米": "cm**2",
    "平方米": "m**2", "纳米": "nm", "微米": "um", "毫米": "mm", "厘米": "cm", "千米": "km", "公里": "km",
    "米": "m", "千伏": "kV", "毫伏": "mV", "伏特": "V", "伏": "V", "毫安": "mA", "安培": "A", "安": "A",
    "千瓦": "kW", "瓦特": "W", "瓦": "W", "兆欧": "Mohm", "欧姆": "ohm", "欧": "ohm", "赫兹": "Hz",
    "兆帕": "MPa", "千帕": "kPa", "帕斯卡": "Pa", "帕": "Pa", "牛顿": "N", "牛": "N", "焦耳": "J", "焦": "J",
    "小时": "h", "分钟": "min", "秒": "s", "分贝": "dB", "开尔文": "K", "千卡": "kcal", "千焦": "kJ",
    "个月": "month", "月": "month", "年": "year", "天": "day", "日": "day", "周": "week", "星期": "week",
}
# Other spellings seen in standards text, after NFKC folding (which turns ℃ into °C and µ into μ).
_ALIASES = {
    "°c": "degC", "℃": "degC", "°f": "degF", "℉": "degF", "ppm": "ppm", "ppb": "ppb", "ppt": "ppt",
    "%": "percent", "‰": "permille", "μ": "u", "µ": "u",
    "rh": "percent", "l": "L", "ml": "mL", "μl": "uL", "ul": "uL", "mg/l": "mg/L", "μg/l": "ug/L",
    "ug/l": "ug/L", "ng/l": "ng/L", "g/l": "g/L", "ntu": "NTU", "cfu": "CFU", "mpn": "MPN", "bq": "Bq",
    "sec": "s", "hr": "h", "hrs": "h", "mins": "min", "vac": "V", "vdc": "V", "v": "V", "kv": "kV",
    "w": "W", "kw": "kW", "a": "A", "ma": "mA", "hz": "Hz", "mpa": "MPa", "kpa": "kPa", "pa": "Pa", "n": "N",
    "mm": "mm", "cm": "cm", "um": "um", "μm": "um", "nm": "nm", "m": "m", "kg": "kg", "g": "g", "mg": "mg",
    "μg": "ug", "ug": "ug", "ng": "ng", "db": "dB", "db(a)": "dB", "k": "K", "s": "s", "h": "h", "min": "min",
    "j": "J", "mj": "mJ", "kj": "kJ", "kcal": "kcal", "months": "month", "month": "month", "years": "year",
    "year": "year", "days": "day", "day": "day", "weeks": "week", "week": "week", "d": "day", "a": "A",
}
# Units whose dimension pint would lose or merge: body weight is not food mass; counts per volume are not volume.
_DEFINITIONS = (
    "kilogram_body_weight = [body_weight] = kg_bw",
    "colony_forming_unit = [colony_count] = CFU",
    "most_probable_number = colony_forming_unit = MPN",
    "nephelometric_turbidity_unit = [turbidity] = NTU",
    "ppb = 1e-9",
    "ppt = 1e-12",
)
# The unit each dimension is reported in: the unit standards in this field usually write.
_CANONICAL = ("mg/L", "degC", "mm", "mm**2", "mm**3", "V", "A", "W", "Hz", "ohm", "MPa", "N", "J", "s",
              "kg", "mg/kg_bw", "mg/kg_bw/day", "CFU/mL", "NTU", "Bq/L", "Bq/kg", "g/m**2", "m/s")
_EXPONENT = re.compile(r"(?<=[A-Za-z])([23])(?![\d.])")
_BODY_WEIGHT = re.compile(r"\s*(?:kg\s*[·*]?\s*)?(?:bw|b\.w\.|body\s*weight|体重)(?![A-Za-z])", re.I)
_PER_AMOUNT = re.compile(r"/\s*(\d+(?:\.\d+)?)\s*\*?\s*([A-Za-z]+)")
_RATIO_WORDS = re.compile(r"g|ppm|ppb|ppt|l\b", re.I)


_HARDNESS = re.compile(r"HV\s?\d*|HBW|HB|HR[ABC]|Shore\s?[AD]", re.I)
_COUNT = re.compile(r"个|次|片|块|只|根|处|例|粒|件|cycles?|particles?|pieces?|fragments?|specimens?|samples?|"
                    r"counts?|items?|valid results?|results?", re.I)
_DECIBEL = re.compile(r"(?:dB|分贝)\s*(?:\(\s*[ACZ]\s*\)|[ACZ])?", re.I)


@dataclass(frozen=True)
class Normalized:
    """A value in the canonical unit of its dimension. `known` is False when the unit could not be read: the
    value and unit are then kept as written and `dimension` is the written unit, so only the same spelling
    compares equal."""

    value: float | None
    low: float | None
    high: float | None
    tolerance: float | None
    unit: str
    dimension: str
    known: bool
    # Pure ratios are shown as mg/kg or %, whichever was written; comparisons multiply by this to meet.
    ratio_scale: float = 1.0


@dataclass(frozen=True)
class _Conversion:
    scale: float
    offset: float
    unit: str
    dimension: str
    ratio_scale: float = 1.0


@functools.lru_cache(maxsize=1)
def registry():
    """The pint registry, built on first use (building it takes ~0.3 s; never at import)."""
    import pint

    ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    for line in _DEFINITIONS:
        try:
            ureg.define(line)
        except Exception:  # noqa: BLE001 - already defined in a newer pint
            pass
    return ureg


def unit_expression(unit: str) -> str:
    """The pint expression for a unit as written: '毫克/千克' -> 'mg/kg', 'mm2' -> 'mm**2', '℃' -> 'degC'."""
    text = unicodedata.normalize("NFKC", unit or "").strip()
    # Counts per unit ('个/km', '#/km', 'per km', '1/km') are a reciprocal; 'g per 100 kcal' is 'g/100 kcal'.
    text = re.sub(r"^(?:个|#|次)\s*/", "1/", text)
    if re.fullmatch(r"per\s?cent", text, re.I):
        return "percent"
    text = re.sub(r"^per\s+", "1/", text)
    # A vitamin equivalent names what is counted, not a unit: 'µg RE/100 kJ' is µg/100 kJ.
    text = re.sub(r"\s(?:RE|α-TE|TE|NE|DFE|KOH|NaOH|O2)(?=\s?/)", "", text)
    # 'CFU/g(mL)': per gram, or per millilitre for a liquid; the gram is read.
    text = re.sub(r"(?<=g)\s?\((?:mL|ml)\)", "", text)
    # 'mg of iodine per kg of salt' is mg/kg: the words after 'of' name what is measured, and in what.
    text = re.sub(r"\s+of\s+.*?(?=\s+per\s+)", "", text)
    text = re.sub(r"(\s+per\s+(?:\d+\s?)?\S+)\s+of\s+\S+$", r"\1", text)
    text = re.sub(r"\s+per\s+", "/", text)
    for zh in sorted(_CHINESE_UNITS, key=len, reverse=True):
        if zh in text:
            text = text.replace(zh, _CHINESE_UNITS[zh])
    text = _BODY_WEIGHT.sub("_bw", text).replace("/_bw", "/kg_bw")
    # Before any lower-casing: MΩ (megaohm) and mΩ (milliohm) differ only in case.
    text = text.replace("Ω", "ohm").replace("Ω", "ohm")
    text = text.replace("·", "*").replace("×", "*").replace("（", "(").replace("）", ")")
    parts = re.split(r"(/|\*|\s+)", text)
    out = []
    for part in parts:
        key = part.lower()
        if key in _ALIASES:
            out.append(_ALIASES[key])
        elif key.startswith("μ") or key.startswith("µ"):
            out.append("u" + part[1:])
        else:
            out.append(part)
    text = "".join(out).strip()
    # 'mg·kg-1', 'mg kg⁻¹': a power of -1 (after NFKC and the minus signs are plain).
    text = re.sub(r"([A-Za-z])\s*[-−]\s*([1-4])(?![\d.])", r"\1**-\2", text)
    text = re.sub(r"\s+", "*", text)
    # 'CFU/100 mL', 'mg/100g': a number in the denominator belongs to it.
    text = _PER_AMOUNT.sub(r"/(\1*\2)", text)
    # A rate of temperature (°C/h) is a difference per time, never shifted by 273.15.
    text = text.replace("degC/", "delta_degC/")
    return _EXPONENT.sub(r"**\1", text)


@functools.lru_cache(maxsize=4096)
def _conversion(unit: str) -> _Conversion | None:
    """How to bring values in `unit` to the canonical unit of their dimension; None if pint cannot read it."""
    ureg = registry()
    if unit.startswith("× ") and len(unit) > 2:
        # A multiple of a named reference quantity ('3 In', '0,004 Ib': times the rated or basic current): comparable
        # only with multiples of the same quantity.
        return _Conversion(1.0, 0.0, unit, f"multiple of {unit[2:]}")
    if unit in ("倍", "times", "×"):
        # '0.85倍额定输入功率', '1.5 times rated current': a multiple of another quantity.
        return _Conversion(1.0, 0.0, "×", "multiple")
    if _HARDNESS.fullmatch(unit):
        # A hardness number on a named scale (HV, HBW, HRC): comparable only on the same scale.
        return _Conversion(1.0, 0.0, unit.upper().replace(" ", ""), f"hardness {unit.upper().replace(' ', '')}")
    if unit == ":1":
        # A ratio to one ('5:1'): a plain number.
        return _Conversion(1.0, 0.0, "", "number")
    if _COUNT.fullmatch(unit):
        # Things counted ('30片', '200 cycles', '15 particles'): a plain number of items, as a count written bare
        # ('repeated 10', '安全系数 12') is; the unit as written still shows what is counted.
        return _Conversion(1.0, 0.0, "", "number")
    if _DECIBEL.fullmatch(unit):
        # A level in decibels (dB, dB(A), 分贝) is a logarithm: compared as written, never converted as pint's
        # dimensionless decibel would be.
        return _Conversion(1.0, 0.0, "dB", "level")
    if unit in ("K", "开尔文", "开"):
        # Standards write temperature rises and differences in kelvin ('温升限值 65 K', 'within 2 K'): a
        # difference, never an absolute temperature to be shifted by 273.15.
        return _Conversion(1.0, 0.0, "K", "temperature difference")
    expression = unit_expression(unit)
    if not expression:
        return _Conversion(1.0, 0.0, "", "number")
    try:
        parsed = ureg.parse_expression(expression)
        # 'mg/100g' parses to a quantity (0.01 mg/g); a plain unit parses to a Unit.
        magnitude, units = (parsed.magnitude, parsed.units) if hasattr(parsed, "units") else (1.0, parsed)
        quantity = ureg.Quantity(float(magnitude), units)
        zero = ureg.Quantity(0.0, units)
    except Exception:  # noqa: BLE001 - pint raises many kinds for text it cannot parse
        return None
    dimensionality = quantity.dimensionality
    ratio_scale = 1.0
    if not dimensionality:
        # mg/kg, ppm and % are one dimension to pint; show a mass fraction as mg/kg and a percentage as %.
        target = ureg.parse_units("mg/kg" if _RATIO_WORDS.search(expression) else "percent")
        ratio_scale = float(ureg.Quantity(1.0, target).to_base_units().magnitude)
    else:
        target = _canonical_for(ureg, dimensionality) or quantity.to_base_units().units
    try:
        one = quantity.to(target).magnitude
        base = zero.to(target).magnitude
    except Exception:  # noqa: BLE001
        return None
    label = _unit_label(ureg, target)
    return _Conversion(float(one - base), float(base), label, str(dimensionality), ratio_scale)


def _canonical_for(ureg, dimensionality):
    for name in _CANONICAL:
        units = ureg.parse_units(name)
        if ureg.Quantity(1, units).dimensionality == dimensionality:
            return units
    return None


_LABELS = {"mg/L": "mg/L", "mg/kg_bw": "mg/kg bw", "mg/kg_bw/day": "mg/kg bw/day", "CFU/mL": "CFU/mL",
           "mm**2": "mm²", "mm**3": "mm³", "g/m**2": "g/m²", "mg/kg": "mg/kg", "percent": "%"}


def _unit_label(ureg, units) -> str:
    for name, label in _LABELS.items():
        if ureg.parse_units(name) == units:
            return label
    text = f"{units:~}"
    replacements = {"degree_Celsius": "°C", "%": "%", " ** ": "^", "**": "^", " / ": "/", " * ": "·",
                    "kg_bw": "kg bw", "Ω": "ohm"}
    for old, new in replacements.items():
        text = text.replace(old, new)
    return text or "1"


def normalise(value: float | None = None, unit: str = "", *, low: float | None = None, high: float | None = None,
              tolerance: float | None = None) -> Normalized:
    """Express a value (or range, or tolerance) in the canonical unit of its dimension.

    A tolerance is a difference, so only the scale applies to it (±2 °C is ±2 K, not ±275 K).
    """
    conversion = _conversion((unit or "").strip())
    if conversion is None:
        return Normalized(value, low, high, tolerance, unit, f"unknown:{unit.strip()}", False)

    def point(x):
        return None if x is None else _clean(x * conversion.scale + conversion.offset)

    tol = None if tolerance is None else _clean(tolerance * conversion.scale)
    return Normalized(point(value), point(low), point(high), tol, conversion.unit, conversion.dimension, True,
                      conversion.ratio_scale)


def is_known(unit: str) -> bool:
    """True when pint can read `unit` (after the project's definitions)."""
    return _conversion((unit or "").strip()) is not None


def _clean(x: float) -> float:
    # Round away binary noise (0.1 mg -> 1e-4 g -> 0.1 mg) so equal limits compare equal.
    if x == 0 or not math.isfinite(x):
        return x
    return float(f"{x:.12g}")
