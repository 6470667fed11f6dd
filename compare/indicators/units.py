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

from compare.indicators.numbers import read_number
from compare.indicators import units_vocab, water_units
from compare.indicators.unit_words import powers_in_words
from compare.indicators.unit_powers import comma_exponents
from compare.indicators.unit_roots import square_roots, without_roots
from compare.indicators.per_item import per_item
from compare.indicators.per_metre_units import in_per_length, named
from compare.indicators.reference_shares import is_share_of_reference
from compare.indicators.unit_tails import without_tails

# Chinese unit names and symbols pint does not know, mapped to what it does. Longest first when applied.
_CHINESE_UNITS = {
    "比特": "bit", "字节": "byte",
    "摄氏度": "degC", "毫克": "mg", "微克": "ug", "纳克": "ng", "千克": "kg", "公斤": "kg", "克": "g",
    "毫升": "mL", "微升": "uL", "升": "L", "立方米": "m**3", "平方毫米": "mm**2", "平方厘米": "cm**2",
    "平方米": "m**2", "纳米": "nm", "微米": "um", "毫米": "mm", "厘米": "cm", "千米": "km", "公里": "km",
    "米": "m", "千伏": "kV", "毫伏": "mV", "伏特": "V", "伏": "V", "毫安": "mA", "安培": "A", "安": "A",
    "千瓦": "kW", "瓦特": "W", "瓦": "W", "兆欧": "Mohm", "欧姆": "ohm", "欧": "ohm", "赫兹": "Hz",
    "兆帕": "MPa", "千帕": "kPa", "帕斯卡": "Pa", "帕": "Pa", "牛顿": "N", "牛": "N", "焦耳": "J", "焦": "J",
    "小时": "h", "分钟": "min", "秒钟": "s", "秒": "s", "分贝": "dB", "开尔文": "K", "千卡": "kcal", "千焦": "kJ",
    "个月": "month", "月": "month", "周岁": "year", "岁": "year", "年": "year", "天": "day", "日": "day", "周": "week", "星期": "week",
    # A rate's unit in words, 'per' first ('失效频率，单位为每小时'): once in the period, as '1/h' writes it.
    "每小时": "1/h", "每分钟": "1/min", "每秒": "1/s", "每天": "1/day", "每日": "1/day", "每年": "1/year",
}
_CHINESE_UNITS.update(units_vocab.CHINESE_UNITS)  # (more names: units_vocab)
_PER_YEAR = re.compile(r"[ya]\s?[-−]\s?1")
_PER_YEAR_Y = re.compile(r"(?<![A-Za-z])y(?=\s*[-−⁻]\s*[1¹](?![\d.]))")
# Other spellings seen in standards text, after NFKC folding (which turns ℃ into °C and µ into μ).
_ALIASES = {
    "°c": "degC", "℃": "degC", "°f": "degF", "℉": "degF", "ppm": "ppm", "ppb": "ppb", "ppt": "ppt",
    "%": "percent", "‰": "permille", "μ": "u", "µ": "u",
    "rh": "percent", "l": "L", "ml": "mL", "μl": "uL", "ul": "uL", "mg/l": "mg/L", "μg/l": "ug/L",
    "ug/l": "ug/L", "ng/l": "ng/L", "g/l": "g/L", "ntu": "NTU", "cfu": "CFU", "mpn": "MPN", "bq": "Bq",
    "meq": "meq", "sec": "s", "hr": "h", "hrs": "h", "mins": "min", "vac": "V", "vdc": "V", "v": "V", "kv": "kV",
    "w": "W", "kw": "kW", "a": "A", "ma": "mA", "hz": "Hz", "mpa": "MPa", "kpa": "kPa", "pa": "Pa", "n": "N",
    "mm": "mm", "cm": "cm", "um": "um", "μm": "um", "nm": "nm", "m": "m", "kg": "kg", "g": "g", "mg": "mg",
    "μg": "ug", "ug": "ug", "ng": "ng", "db": "dB", "db(a)": "dB", "k": "K", "s": "s", "h": "h", "min": "min",
    "j": "J", "mj": "mJ", "kj": "kJ", "kcal": "kcal", "months": "month", "month": "month", "years": "year",
    "year": "year", "days": "day", "day": "day", "weeks": "week", "week": "week", "d": "day", "a": "A",
    "cp": "cP",
    # parts per million or billion by volume ('Gases (ppmV)', 'ppmv', 'ppbV'): the ppm of a gas
    "ppmv": "ppm", "ppbv": "ppb",  # centipoise as food additive specifications write it ('not less than 5 cp'), never a cup
}
# A viscosity in millipascal seconds ('50 mPa·s', 'mPa s'): the case of 'mPa' is its meaning there; alone, 'mPa' is
# left to the aliases ('mpa', 'MPA' are megapascals, and so is a pressure miswritten '0.6 mPa').
_MILLIPASCAL_SECONDS = re.compile(r"(?<![A-Za-z])mPa(?=\s*\*?\s*s(?![A-Za-z]))")
# Units whose dimension pint would lose or merge: body weight is not food mass; counts per volume are not volume.
_DEFINITIONS = (
    "kilogram_body_weight = [body_weight] = kg_bw",
    "colony_forming_unit = [colony_count] = CFU",
    "most_probable_number = colony_forming_unit = MPN",
    "nephelometric_turbidity_unit = [turbidity] = NTU",
    "ppb = 1e-9",
    "ppt = 1e-12",
    # Sievert (equivalent and effective dose) and gray (absorbed dose) are both J/kg to pint, but a dose limit in
    # mSv is never one in mGy, nor a specific energy in kJ/kg: each is its own quantity.
    "equivalent_dose_sievert = [equivalent_dose] = Sveq",
    "absorbed_dose_gray = [absorbed_dose] = Gyabs",
    # Optical power of a lens (D): not a day, and not a reciprocal length to compare with counts per km.
    "dioptre = [optical_power] = dpt",
    # The verification scale interval of a weighing instrument (e): loads and errors are counted in it.
    "scale_interval = [scale_interval] = e_interval",
    # A plane angle ('60°', '25@60°') is no percentage: pint's degree is a dimensionless radian multiple.
    "angle_degree = [plane_angle] = angle_deg",
    # Minutes and seconds of arc ('相位差±90′', 'phase displacement ± 10′', '30″'): sixtieths of the degree above.
    "angle_minute = angle_degree / 60 = angle_min",
    "angle_second = angle_minute / 60 = angle_sec",
    # Millimetres of water column ('35 mmH₂O', '35 mm water-column height'), a pressure.
    "millimetre_water_column = 9.80665 * pascal = mmwc",
    # Endotoxin units ('0,25 EU/ml'): a biological activity of its own, never exa-units of anything.
    "endotoxin_unit = [endotoxin] = EU",
    # Equivalents ('10 meq/kg', 'milliequivalents of active oxygen per kg'): an amount counted by what it can react
    # with, never moles (a mole of O2 is two equivalents of active oxygen), so a quantity of its own.
    "equivalent_amount = [equivalent_amount] = eq = equivalent",
    # Information ('128 比特', '2 048 kbit/s', '64 kB'): pint's bit is a dimensionless number, so 128 bits read as
    # 12 800 %; a quantity of its own here. A byte is 8 bits; k, M, G are powers of 1 000 and Ki, Mi, Gi of 1 024.
    "information_bit = [information] = infobit",
    "information_byte = 8 * information_bit = infobyte",
    # The prism dioptre of a spectacle lens ('±0.25△', '± 0,25 Δ', ISO 8980-1): a deviation of 1 cm per metre, a
    # quantity of its own, never the dioptre of optical power (D) nor a difference (Δ as a sign).
    "prism_dioptre = [prism_power] = prism_dpt",
    # The thickness of a metal that filters or shields as much as a layer does ('total filtration not less than 2,5 mm
    # Al', 'lead equivalent 0,25 mm Pb', '0,1 mm Cu'): the aluminium, copper or lead equivalent of radiology and
    # radiation protection, each a quantity of its own, never a length (metal_equivalent below).
    "aluminium_equivalent_millimetre = [aluminium_equivalent] = Al_eq_mm",
    "copper_equivalent_millimetre = [copper_equivalent] = Cu_eq_mm",
    "lead_equivalent_millimetre = [lead_equivalent] = Pb_eq_mm",
)
# The unit each dimension is reported in: the unit standards in this field usually write.
_CANONICAL = ("mg/L", "degC", "mm", "mm**2", "L", "V", "A", "W", "Hz", "ohm", "MPa", "N", "J", "s",
              "kg", "mg/kg_bw", "mg/kg_bw/day", "CFU/mL", "NTU", "Bq/L", "Bq/kg", "g/m**2", "m/s", "L/min", "mg/km",
              "ohm/km", "mSveq", "mSveq/year", "mGyabs", "mGyabs/h", "W/kg", "V/m", "dpt", "e_interval", "angle_deg", "prism_dpt", "CFU/g", "mmol/L", "kJ/kg", "EU/mL", "infobit", "infobit/s")
_EXPONENT = re.compile(r"(?<=[A-Za-z])([23])(?![\d.])")
_BODY_WEIGHT = re.compile(r"\s*(?:kg\s*[·*]?\s*)?(?:bw|b\.w\.|body\s*weight|体重)(?![A-Za-z])", re.I)
# (the unit's power with it: 'CFU/100 cm²', folded to 'cm2', is per a hundred square centimetres)
_PER_AMOUNT = re.compile(r"/\s*(\d+(?:\.\d+)?)\s*\*?\s*([A-Za-z]+(?:[23](?![\d.]))?)")
_RATIO_WORDS = re.compile(r"g|ppm|ppb|ppt|l\b", re.I)


# (a Vickers test force may be a fraction of a kilogram-force: 'HV0.3', 'HV 0,3')
_HARDNESS = re.compile(r"HV\s?(?:\d+(?:[.,]\d+)?)?|HBW|HB|HR[ABC]|Shore\s?[AD]", re.I)
_VICKERS_FORCE = re.compile(r"HV\s?\d+(?:[.,]\d+)?", re.I)


def vickers_scale(unit: str) -> str:
    """The scale a hardness unit names: 'HV' for a Vickers hardness whatever its test force ('HV1', 'HV 10': the
    force in kgf is how the test was made, the number is on the same scale); other scales as written, in capitals,
    without spaces ('HRC', 'SHOREA')."""
    if _VICKERS_FORCE.fullmatch(unit):
        return "HV"
    return unit.upper().replace(" ", "")
_COUNT = re.compile(r"个|次|(?:个)?周期|滴|片|块|只|根|处|例|粒|件|批|轮|极|cycles?|particles?|pieces?|fragments?|specimens?|samples?|"
                    r"counts?|items?|valid results?|results?|(?:double\s)?strokes?|units?|plates?|layers?|plies|discs?|"
                    r"hammers?|tablets?|capsules?|doses?|breakdowns?|"
                    # the rubs of an abrasion machine ('the stroke is completed in 16 rubs'), as many as '16次摩擦' counts
                    r"rubs?|"
                    # turns of a drum or a mill counted ('100 revolutions', '(60±0.25)r', '共转100转'): a number of them,
                    # not pint's angle of 2π each; a speed ('r/min', 'rpm') is no count
                    r"revolutions?|turns?|r|转", re.I)
# Things counted by the plural of their abbreviation ('30 ECUs', '4 LEDs', '2 RCDs'): capitals and a small 's'.
_COUNTED_ABBREVIATION = re.compile(r"[A-Z]{2,5}s")
# A level in decibels: 'dB', a frequency-weighted 'dB(A)' / 'dBA', or one referred to a unit, 'dBm' (re 1 mW),
# 'dB(µV)', 'dBµV/m', and per a bandwidth ('dBm/MHz', 'dBm per MHz').
_LEVEL = re.compile(r"(?:dB|分贝|(?i:decibels?)(?![A-Za-z]))\s*(?:\(\s*(?P<ref>[^()]{1,8}?)\s*\)|(?P<bare>[AaCcZz](?![A-Za-z])|m(?![A-Za-z])|W(?![A-Za-z])"
                    r"|[µμu][VA](?:/m)?|pW|i(?![A-Za-z])))?\s*(?:(?:/|\s+per\s+)\s*(?P<per>[A-Za-z]+))?")
_WEIGHTINGS = {"a": "A", "c": "C", "z": "Z"}
_LEVEL_REFERENCES = {"m": "mW"}


@functools.lru_cache(maxsize=8192)
def level_unit(unit: str) -> tuple[str, str] | None:
    """A logarithmic unit as (label, dimension), or None: 'dB', 'dB(A)', 'dB(C)' and '分贝' are sound or plain levels
    (dimension 'level', the weighting shown in the label); 'dBm' is a level referred to 1 mW, 'dB(µV)' to 1 µV,
    and 'dBm/MHz' one per MHz: each its own dimension, never converted as pint's dimensionless decibel would be,
    and never the ampere or volt its letters spell."""
    text = unicodedata.normalize("NFKC", unit or "").strip()
    if text[:2] == "dB" and " " in text:
        text = units_vocab.level_in_words(text)  # ('dB microvolts/m' is dB(µV/m))
    m = _LEVEL.fullmatch(text)
    if not m:
        return None
    ref = (m.group("ref") or m.group("bare") or "").strip().replace("μ", "µ").replace("u", "µ")
    per = m.group("per")
    if ref.lower() in _WEIGHTINGS and (m.group("ref") or ref.isupper() or not per):
        label, dimension = f"dB({_WEIGHTINGS[ref.lower()]})", "level"
    elif not ref:
        label, dimension = "dB", "level"
    else:
        ref = _LEVEL_REFERENCES.get(ref, ref)
        label = "dBm" if ref == "mW" else f"dB({ref})"
        dimension = f"level re 1 {ref}"
    if per:
        return f"{label}/{per}", f"{dimension} per {per}"
    return label, dimension


# Levels referred to a power ('dBm': 10·lg(P / 1 mW)) or to a field quantity ('dB(µV)': 20·lg(U / 1 µV)).
_POWER_REFERENCES = re.compile(r"[munpkµ]?W")


def level_reference(unit: str) -> tuple[str, float] | None:
    """The unit a level is referred to and its decibel divisor: ('mW', 10) for 'dBm', ('mW/MHz', 10) for
    'dBm/MHz', ('µV', 20) for 'dB(µV)'; None for a level with no reference unit ('dB', 'dB(A)')."""
    level = level_unit(unit)
    if not level or not level[1].startswith("level re 1 "):
        return None
    reference = level[1][len("level re 1 "):].replace(" per ", "/")
    return reference, 10.0 if _POWER_REFERENCES.match(reference) else 20.0


# The kind of a fraction written after a percent sign: '% (m/m)', '% m/m', '% mass fraction', '% by weight',
# '% (V/V)', '% vol', '%vol', '% by volume', '% (mol/mol)'. The unit is the percent; the kind is its basis.
_FRACTION_KIND = re.compile(
    r"(?P<unit>%|‰|percent|per\s?cent)\s*(?:\(\s*)?(?P<kind>[mMwW]\s*/\s*[mMwW]|[vV]\s*/\s*[vV]|[mM]\s*/\s*[vV]"
    r"|mol\s*/\s*mol|vol\.?|volume|mass(?:\s+fraction)?|volume\s+fraction|mole\s+fraction|"
    r"by\s+(?:weight|mass|volume)|wt\.?|weight)\s*\)?"
    # the kind written before the percent sign: 'volume %', 'mass %', 'mol %', 'vol. %', 'weight %', 'wt. %'
    r"|(?P<kind_before>mass|weight|wt\.?|volume|vol\.?|mole?)\s?(?P<unit_after>%|percent|per\s?cent)", re.I)


def _kind_name(kind: str) -> str:
    kind = re.sub(r"[\s.]+", "", kind.lower())
    if kind.startswith("mol"):
        return "mole fraction"
    if kind == "m/v":
        return "mass concentration"
    if kind in ("v/v", "vol", "volume", "volumefraction", "byvolume"):
        return "volume fraction"
    return "mass fraction"  # m/m, w/w, mass, mass fraction, by weight, by mass, wt


# A ratio of two volumes ('mL/100 mL', 'µL/L', 'mL/m³') is a volume fraction and a ratio of two masses ('mg/kg',
# 'g/100 g') a mass fraction, though the unit states no kind. Both become millionths when normalised, yet one is not
# the other without the density of what is measured ('蒸发残留物 0.05 mL/100 mL' against 'evaporation residue 60 mg/kg').
_VOLUME_UNIT = r"(?:[mµμunkd]?[lL]|[cd]?m(?:3|³|\*\*3))"
_MASS_UNIT = r"(?:[mµμunk]?g)"
_RATIO_OF_VOLUMES = re.compile(rf"{_VOLUME_UNIT}\s*/\s*(?:\d+\s*)?{_VOLUME_UNIT}")
_RATIO_OF_MASSES = re.compile(rf"{_MASS_UNIT}\s*/\s*(?:\d+\s*)?{_MASS_UNIT}")


@functools.lru_cache(maxsize=4096)  # units repeat from pair to pair: read each spelling once
def ratio_kind(unit: str) -> str | None:
    """'volume fraction' for a unit that divides a volume by a volume ('mL/100 mL', 'µL/L'), 'mass fraction' for
    one that divides a mass by a mass ('mg/kg', 'g/100 g'), None for any other unit (a percentage, 'ppm', 'mg/L')."""
    text = unicodedata.normalize("NFKC", unit or "").strip()
    if "/" not in text:
        return None
    if _RATIO_OF_VOLUMES.fullmatch(text):
        return "volume fraction"
    if _RATIO_OF_MASSES.fullmatch(text):
        return "mass fraction"
    return None


_RELATIVE_HUMIDITY = re.compile(r"%\s?(?:RH|R\.H\.|r\.h\.)", re.I)


@functools.lru_cache(maxsize=8192)  # units repeat from clause to clause: read each spelling once
def fraction_kind(unit: str) -> tuple[str, str | None]:
    """('%', 'mass fraction') for '% (m/m)', '% mass fraction' or '% by weight'; ('%', 'volume fraction') for
    '% (V/V)', '% vol' or '%vol'; (unit, None) for any other unit. A percentage of a named quantity ('% of rated
    speed', '% of total ash') is a percentage too: ('%', None)."""
    text = unicodedata.normalize("NFKC", unit or "").strip()
    m = _FRACTION_KIND.fullmatch(text)
    if m and m.group("kind_before"):
        return "%", _kind_name(m.group("kind_before"))
    if m:
        return ("‰" if m.group("unit") == "‰" else "%"), _kind_name(m.group("kind"))
    if re.fullmatch(r"(?:%|per\s?cent|percent)\s+of\s+(?:the\s+)?[^\d%]{2,60}", text, re.I):
        return "%", None
    if _RELATIVE_HUMIDITY.fullmatch(text):
        return "%", None  # '60 % RH', '(93 ± 3) %RH': relative humidity, a plain percentage
    if is_share_of_reference(text):
        return "%", None  # '10 % NRV', '5 % of NRV': a share of a nutrient reference value (reference_shares)
    return unit, None


# The symbols of a unit system, as standards write them. A token after a number is read as a unit only when every
# part of it is one of these (with an SI prefix where the symbol takes one), a unit word, a count or a Chinese unit:
# pint alone also knows 'poles', 'b' (barn), 'e', 'P' (poise), 'M', 'G' and 'S', which after a number in a standard
# are words, grades and designations ('6b阶段', '21: symbol 42', '3.1 city bicycle').
_SI_PREFIXES = ("da", "Y", "Z", "E", "P", "T", "G", "M", "k", "h", "d", "c", "m", "µ", "μ", "u", "n", "p", "f")
_PREFIXED_SYMBOLS = frozenset("g L l m s V A W Hz Ω ohm Pa N J K mol Bq Sv Gy T F C S H Wh VA var eV bar cal lx lm "
                              "Da Ci t B Np sr rad eq Eq tex bit bps".split())
_BARE_SYMBOLS = frozenset("g L l m s V A W Hz Ω ohm Pa N J K mol Bq Sv Gy Wh VA var eV bar cal lx lm Da t h d min tex "
                          "D e r rpm bpm ha cd sr rad kWh Ah bit bits byte bytes bps".split())
_OTHER_SYMBOLS = frozenset(":1 % ‰ ppm ppb ppt ppmv °C °F ℃ ℉ ° ′ ″ ′′ ' \" CFU cfu MPN NTU FNU IU HV HB HBW HRC HRB HRA mmHg "
                           "mmH2O Al_eq_mm Cu_eq_mm Pb_eq_mm inHg psi EU lb ft oz gal bw TEQ I-TEQ KOH NaOH O2 RE NE TE α-TE DFE meq eq Nm3 Sm3 lux "
                           "AQL gn rev # dB dBm dBA dBi cP cp LUFS LKFS LU ppmV ppbV ppbv △ Δ".split()) \
    | units_vocab.SYMBOLS_READ | water_units.SYMBOLS_READ
_UNIT_WORD = re.compile(
    r"(?:milli|micro|kilo|centi|nano|mega|deci|hecto)?(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|"
    r"months?|years?|annum|lit(?:re|er)s?|met(?:re|er)s?|gram(?:me)?s?|tonnes?|tons?|volts?|amperes?|amps?|watts?|"
    r"newtons?|joules?|pascals?|hertz|degrees?|percent|cent|percentage|bars?|calories?|ohms?|cycles?|times?|"
    r"particles?|pieces?|fib(?:re|er)s?|fragments?|specimens?|samples?|counts?|items?|results?|valid|splines?|revolutions?|"
    # (living things counted: 'colonies per 100 cm²', 'spores per g'; not 'cells', a word of many other things: 'load
    # cell', 'cell growth')
    r"colonies|colony|spores?|oocysts?|"
    r"strokes?|turns?|drops?|units?|decibels?|sieverts?|grays?|becquerels?|inch(?:es)?|feet|foot|pounds?|"
    r"ounces?|gallons?|equivalents?|beats?|breaths?|pulses?|flashes|bumps?)", re.I)
_CJK = re.compile(r"[\u3400-\u9fff]+")
# A temperature with its scale in words: '40 degrees Celsius', '100 degree centigrade', '70 degrees Fahrenheit'.
_DEGREES_NAMED = re.compile(r"degrees?\s+(celsius|centigrade|fahrenheit)", re.I)
# An angle in words: 'degrees', 'degree', 'degrees of arc' (thirty-second round, fixrest32).
_DEGREES_OF_ARC = re.compile(r"degrees?(?:\s+of\s+arc)?", re.I)
# What equivalents or grams are of, written inside the unit: 'milliequivalents of active oxygen/kg oil', 'meq active
# oxygen/kg' (the unit is meq/kg).
_COUNTED_OF = re.compile(r"\s+of\s+[^/]*?(?=\s?/)|(?:(?<=equivalents)|(?<=equivalent)|(?<=meq))\s+[^/\d]*?(?=\s?/|\s+per\s)")
_QUALIFYING = re.compile(r"\s+of\s+.*?(?=\s+per\s+|$)|\s*\(\s*(?:mL|ml|[ACZ]|[µμu]V|mW)\s*\)|\s(?:RE|α-TE|TE|NE|DFE|KOH|NaOH|O2|"
                         r"(?:I-|WHO-)?TEQ)(?![A-Za-z])|(?:kg\s*[·*]?\s*)?(?:bw|b\.w\.)|(?<=kg)\s*体重(?=\s*/\s*(?:day|d)$)")
_PARTS_SPLIT = re.compile(r"[\s/·*×()（）\[\]^⋅]+|(?i:\bper\b)")
_POWER = re.compile(r"(?<=[A-Za-zΩ°µμ])[-−]?[0-9]+$")


# A unit of length made one of volume or area by a word before it ('per cubic metre', 'per square metre').
_POWER_NAMED = re.compile(r"(?<![A-Za-z])(?:cubic|square)\s+(?=[a-z])")


@functools.lru_cache(maxsize=8192)
def reads_as_unit(token: str) -> bool:
    """True when every part of `token` is a unit of the system above ('mg/Nm³', 'µg/m³', 'W·m⁻²', 'dB(A)',
    'mg of iodine per kg of salt', '个/km', 'kV/m'); False for words and letters pint happens to know ('poles',
    'b', 'city', 'who', 'lg')."""
    text = per_item(without_roots(unicodedata.normalize("NFKC", token or "").strip()))  # (unit_roots, per_item)
    if not text:
        return False
    if "egree" in text:
        text = _DEGREES_NAMED.sub("°C", text)
    if "cubic" in text or "square" in text:
        text = _POWER_NAMED.sub("", text)  # ('g per cubic metre': a unit of the system, as 'g/m³' is)
    if level_unit(text) or fraction_kind(text)[1] or fraction_kind(text)[0] != text:
        return True
    text = _IN_ONE.sub("/", _OR_PER_VOLUME.sub("", _TRAILING_BASIS.sub("", _spaced_symbols(units_vocab.glued_products(text)))))
    text = _QUALIFYING.sub(" ", _WATER_COLUMN.sub("mmH2O", _PARTS_PER.sub("ppm", metal_equivalent(text))))
    text = _COUNTED_OF.sub("", text) if "eq" in text else text
    parts = [p for p in _PARTS_SPLIT.split(text) if p and not p.replace(".", "").isdigit()]
    if "C" in parts and len(parts) > 1:
        parts = _coulomb_in_product(parts)
    parts = in_per_length(parts)  # ('H/m', 'S/cm': per_metre_units)
    parts = _number_per(parts, text)
    return bool(parts) and all(_is_unit_part(p, first=k == 0) for k, p in enumerate(parts))


def _number_per(parts: list[str], text: str) -> list[str]:
    """The parts of 'number/km' ('PN (number/km): 6,0 × 10^11') as those of '#/km': a number of things per a unit is
    a count per it (`counted_per`). 'number' alone, or as the denominator, is no unit ('part number 5')."""
    if len(parts) == 2 and parts[0].lower() in ("number", "numbers") and "/" in text:
        return ["#", parts[1]]
    return parts


# The coulomb: a bare 'C' is a class or a grade, but with a mole, a kilogram or a metre it is the unit ('C/mol', the
# Faraday constant; 'C mol⁻¹'; 'C/kg', an exposure; 'C·m', a dipole moment; 'C/m²').
_WITH_COULOMB = re.compile(r"(?:mol|kg|g|m|m2|cm2|mm2|m3)(?:[-−][1-4])?")


def _coulomb_in_product(parts: list[str]) -> list[str]:
    """The parts of a unit, a bare 'C' checked as the coulomb when another part is a mole, a mass, a length, an area or
    a volume ('J' stands in for it: any coherent symbol checks alike); the parts as they are otherwise."""
    if any(_WITH_COULOMB.fullmatch(p) for p in parts if p != "C"):
        return [p if p != "C" else "J" for p in parts]  # (a coulomb checks as any other coherent symbol)
    return parts


# A reference amount glued to its unit after the first part ('g/100g', 'mg/100mL', 'CFU/10g'): the amount counts, the
# symbol after it is the part.
_GLUED_AMOUNT = re.compile(r"\d+(?:\.\d+)?(?=[A-Za-zµμ])")


def _is_unit_part(part: str, first: bool) -> bool:
    if part in _OTHER_SYMBOLS:
        return True  # 'Nm3', 'mmH2O': the digit is part of the symbol
    if part[:1] in "ya" and _PER_YEAR.fullmatch(part):
        return True  # 'y⁻¹', 'a⁻¹': per year (a letter alone is no unit, with its power −1 it is)
    if not first and (amount := _GLUED_AMOUNT.match(part)):
        part = part[amount.end():]
    part = _POWER.sub("", part) or part
    if part in _BARE_SYMBOLS or part in _OTHER_SYMBOLS or _CJK.fullmatch(part) or _UNIT_WORD.fullmatch(part):
        return True
    if part == "a" and not first:
        return True  # 'mSv/a': per annum
    for prefix in _SI_PREFIXES:
        if part.startswith(prefix) and part[len(prefix):] in _PREFIXED_SYMBOLS:
            return part[len(prefix):] != "T" or prefix in _TESLA_PREFIXES
    return False


# A magnetic flux density is written in T, mT, µT, nT or pT; 'MT', 'PT', 'ET' are the methods of non-destructive
# testing (magnetic particle, penetrant, eddy current: 'MT, level 1: 16'), never a megatesla.
_TESLA_PREFIXES = frozenset("m µ μ u n p".split())


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
    log_divisor: float = 0.0  # a level in dB: the value is scale * 10 ** (x / log_divisor)


@functools.lru_cache(maxsize=1)
def registry():
    """The pint registry, built on first use (building it takes ~0.3 s; never at import)."""
    import pint

    ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    for line in _DEFINITIONS + units_vocab.DEFINITIONS + water_units.DEFINITIONS:
        try:
            ureg.define(line)
        except Exception:  # noqa: BLE001 - already defined in a newer pint
            pass
    return ureg


# Letters whose case decides the unit, read before the lower-cased aliases: 'D' is a dioptre, 'd' a day; 'e' is the
# verification scale interval of a weighing instrument, never the elementary charge; 'a' is the year (annum, as
# '检定周期 1 a' and ISO 80000-3 write it), 'A' the ampere.
_CASE_SENSITIVE = {"D": "dpt", "e": "e_interval", "a": "year", "°": "angle_deg", "′": "angle_min", "″": "angle_sec",
                   "′′": "angle_sec", "△": "prism_dpt", "Δ": "prism_dpt", **units_vocab.NEWTON_METRES}
# Parts per thousand, million, billion are ‰, ppm and ppb; a pressure in a column of water is its own unit.
_PARTS_PER = re.compile(r"parts?\s+per\s+(thousand|million|billion|trillion)", re.I)
_PARTS = {"thousand": "permille", "million": "ppm", "billion": "ppb", "trillion": "ppt"}
_WATER_COLUMN = re.compile(r"(?<![A-Za-z])(mm|cm|m)\s*(?:H2O|H₂O|(?:of\s+)?water(?:[\s-]column)?(?:\s+height)?|w\.?c\.?)(?![A-Za-z])",
                           re.I)
_WATER_SCALE = {"mm": "mmwc", "cm": "(10*mmwc)", "m": "(1000*mmwc)"}
# Millimetres of aluminium, copper or lead ('2,5 mm Al', '0,35 mmPb'): the metal's equivalent thickness (above).
_METAL_EQUIVALENT = re.compile(r"(?<![A-Za-z])mm\s?(Al|Cu|Pb)(?![A-Za-z\u4e00-\u9fff])")


def metal_equivalent(text: str) -> str:
    """'mm Al', 'mm Cu', 'mm Pb' (a filtration or shielding stated as the thickness of a metal that does as much) in
    the project's own units of each equivalent; other text unchanged."""
    return _METAL_EQUIVALENT.sub(lambda m: f"{m.group(1)}_eq_mm", text) if "mm" in text else text
# A basis written after the unit ('mg/kg dry matter', 'mg/kg food simulant', 'g/l ready to use') is no part of it.
_TRAILING_BASIS = re.compile(r"\s+(?:(?:on\s+)?(?:a\s+)?(?:dry|fresh|wet)\s+(?:matter|weight|basis|mass)|food\s+simulant|"
                             r"as\s+consumed|ready\s+to\s+(?:use|eat|feed)|as\s+sold|(?:of\s+)?(?:oil|fat|product|sample)|"
                             r"\(?(?:I-|WHO-)?TEQ\)?)$",
                             re.I)
_DOSE = re.compile(r"(?<![A-Za-z])([kmuµμn]?)(Sv|Gy)(?![A-Za-z])")
_NORMAL_VOLUME = re.compile(r"(?<![A-Za-z])[NS]m(?=3|\*\*3)")
_PER_ANNUM = re.compile(r"/\s*a$")
_IN_ONE = re.compile(r"\s+(?:in\s+(?:1\s*|one\s+|an?\s+)|an?\s+(?=(?:year|day|hour|minute|second|week|month)s?$))(?=[A-Za-z])",
                     re.I)


_OR_PER_VOLUME = re.compile(r"(?<=g)\s?(?:\((?:mL|ml)\)|(?:或|\sor\s)\s?(?:(?:CFU|cfu|MPN)\s?/\s?|per\s+)?(?:mL|ml))$")


# Symbols written glued or apart: 'mgKOH/g' is 'mg KOH/g' (what the milligrams are of), 'mm Hg' is 'mmHg'.
_GLUED_EQUIVALENT = re.compile(r"(?<=[mµμu]g)(?=(?:KOH|NaOH)(?![A-Za-z]))")
_SPACED_MERCURY = re.compile(r"(?<![A-Za-z])mm\s+Hg(?![A-Za-z])")


def _spaced_symbols(text: str) -> str:
    if "OH" in text:
        text = _GLUED_EQUIVALENT.sub(" ", text)
    return _SPACED_MERCURY.sub("mmHg", text) if "Hg" in text else text


def system_symbols(text: str) -> str:
    """The symbols pint would misread, in the project's own units: 'mSv' and 'mGy' as doses of their own kind
    (not J/kg), 'mg/Nm³' (normal or standard cubic metre: the reference conditions are a basis the clause states)
    as mg/m³, 'mSv/a' per annum, and 'mGy in 1 h' (or 'in a year') as a rate."""
    text = _TRAILING_BASIS.sub("", text)
    text = _PARTS_PER.sub(lambda m: _PARTS[m.group(1).lower()], text)
    text = _WATER_COLUMN.sub(lambda m: _WATER_SCALE[m.group(1).lower()], text)
    text = metal_equivalent(text)
    text = _DOSE.sub(lambda m: m.group(1) + ("Sveq" if m.group(2) == "Sv" else "Gyabs"), text)
    text = _NORMAL_VOLUME.sub("m", text.replace("³", "3"))
    text = _PER_ANNUM.sub("/year", text)
    return _IN_ONE.sub("/", text)


# A number written with a decimal comma or digit groups (not one glued to a symbol: 'mm2', 'kg-1', '10^-6').
_GROUPED_NUMBER = re.compile(r"(?<![\w.,^])(?:\d{1,3}(?: \d{3})+(?:[.,]\d+)?|\d+,\d+(?:,\d{3})*(?:\.\d+)?)(?![\d])")


# Things counted per a unit ('个/km', '次/min', '70 cycles per minute', '90 times per minute', '60 strokes/min'): a
# reciprocal of that unit. (pint's cycle is 2π radians, so 'cycles per minute' would read 2π times '次/min'.)
# Revolutions are counted too: a rotational speed in 'r/min' (GB 3102), 'rpm', 'min⁻¹' or 'revolutions per minute' is
# one quantity (pint's revolution is an angle of 2π, so 'rpm' would read 2π times 'min⁻¹').
# A number of things per a unit ('PN (number/km)', as '#/km' and '个/km' are). Particles, pieces ('pc', 'pcs': never a
# parsec) and fibres per a volume or an area ('particles/m³', ISO 14644-1;
# 'fibres per cm³') are counts: pint's particle is one over Avogadro's number of moles, which would make a cleanroom
# limit an amount of substance.
_COUNTED_PER = re.compile(r"^(?:个|粒|只|根|件|块|片|条|#|numbers?|次|滴|转|r|revs?|revolutions?|cycles?|times|strokes?|drops?|flashes|bumps?|beats?|breaths?|pulses?|"
                          r"oscillations?|operations?|impacts?|blows?|particles?|pieces?|pcs?|fib(?:re|er)s?|"
                          # (living things counted on a surface or in a volume: 'colonies per 100 cm²', 'cells per mL')
                          r"colonies|colony|cells?|organisms?|spores?|oocysts?|cysts?|eggs?|"
                          # (pictures, frames, fields and samples of a video or audio signal per second: a
                          # picture rate '30 帧/s', 'frames per second', a sample rate '10 368 000 samples/s')
                          r"帧|场|frames?|pictures?|fields?|samples?)"
                          r"\s*(?:/|per\s+)\s*(?=\S)", re.I)
# A heart or breathing rate in beats or breaths per minute ('bpm', IEC 60601-2-27) is a count per minute too.
_PER_MINUTE_OR_SECOND = {"rpm": "1/min", "r.p.m.": "1/min", "rps": "1/s", "r.p.s.": "1/s", "bpm": "1/min",
                         "b.p.m.": "1/min"}


def counted_per(text: str) -> str:
    """A count per a unit as the reciprocal of that unit: '次/min' -> '1/min', 'cycles per minute' -> '1/minute',
    '次/分' -> '1/min', 'r/min' and 'rpm' -> '1/min'; other units unchanged."""
    if text.lower() in _PER_MINUTE_OR_SECOND:
        return _PER_MINUTE_OR_SECOND[text.lower()]
    m = _COUNTED_PER.match(text)
    if not m:
        return "1" + text if text[:1] == "/" and text[1:2].isdigit() else text  # ('/100 ml': counted per 100 ml)
    per = text[m.end():]
    return "1/" + ("min" if per == "分" else per)


# Bits and bytes with a decimal or binary prefix ('kbit/s', 'Mbps', 'KiB', '128 bits', '64 kB'); a bare 'B' is
# no byte (a grade, a bel, boron): only a prefixed one.
_INFORMATION = re.compile(r"(?<![A-Za-z])(?:([kKMGT]i?)?(bits?|bytes?|bps)|([kKMGT]i?)B)(?![A-Za-z])")
_INFORMATION_PREFIX = {"k": "k", "K": "k", "M": "M", "G": "G", "T": "T", "ki": "Ki", "Ki": "Ki", "Mi": "Mi",
                       "Gi": "Gi", "Ti": "Ti", "": ""}


def _information_unit(m: re.Match) -> str:
    prefix = _INFORMATION_PREFIX.get(m.group(1) or m.group(3) or "", "")
    word = m.group(2) or "B"
    if word == "bps":
        return f"{prefix}infobit/s"
    return prefix + ("infobit" if word.startswith("bit") else "infobyte")


# 每 between two Chinese units' names: the first per the second ('毫克每升', '米每秒'); alone before one it stays a rate
# ('每小时', `_CHINESE_UNITS`).
_PER_IN_WORDS = re.compile(r"(?<=[\u4e00-\u9fff])每(?=[\u4e00-\u9fff])")


def unit_expression(unit: str) -> str:
    """The pint expression for a unit as written: '毫克/千克' -> 'mg/kg', 'mm2' -> 'mm**2', '℃' -> 'degC'."""
    text = units_vocab.vocabulary(without_tails(unicodedata.normalize("NFKC", units_vocab.fractional_powers(unit or "")).strip()))
    text = comma_exponents(text)  # ('(m·s)^0,5': unit_powers)
    text = square_roots(text)  # ('ps/√km': unit_roots)
    text = per_item(text)  # ('g/试验', 'mg per glove': the amount per one item is the amount; per_item)
    text = named(text)  # ('H/m', 'F/m', 'S/m': henry, farad, siemens per metre, never hours or seconds; per_metre_units)
    if "每" in text:
        text = _PER_IN_WORDS.sub("/", text)  # '毫克每升' is '毫克/升'
    # A number inside a unit ('0,1 mm', 'mg/1 000 kcal', 'g/1,000 kcal') in the one number grammar: pint reads a
    # comma or a space inside a number otherwise (scale 0, or a product of two numbers), silently.
    text = _GROUPED_NUMBER.sub(lambda m: f"{read_number(m.group()):g}", text)
    text = fraction_kind(text)[0]  # '% (m/m)', '%vol', '% of rated speed': a percentage, its kind a basis
    if "egree" in text:
        text = _DEGREES_NAMED.sub(lambda m: "°F" if m.group(1).lower() == "fahrenheit" else "°C", text)
        if _DEGREES_OF_ARC.fullmatch(text):
            return "angle_deg"  # ('should not exceed 30 degrees': a plane angle as '30°' is, never a ratio)
    text = powers_in_words(text)  # 'per cubic metre', 'square meter': the power of a length (unit_words)
    if text in _CASE_SENSITIVE:
        return _CASE_SENSITIVE[text]
    text = _POWER_OF_TEN.sub(lambda m: f"({10 ** -int(m.group(1)):.{int(m.group(1))}f})", system_symbols(_spaced_symbols(text)))
    # Counts per unit ('个/km', '#/km', 'per km', '1/km') are a reciprocal; 'g per 100 kcal' is 'g/100 kcal'.
    text = counted_per(text)
    if re.fullmatch(r"per\s?cent", text, re.I):
        return "percent"
    text = re.sub(r"^per\s+", "1/", text)
    # A vitamin equivalent names what is counted, not a unit: 'µg RE/100 kJ' is µg/100 kJ.
    text = re.sub(r"\s(?:RE|α-TE|TE|NE|DFE|KOH|NaOH|O2|(?:I-|WHO-)?TEQ)(?=\s?/)", "", text)
    # 'CFU/g(mL)', 'CFU/g或CFU/mL', 'CFU per g or ml': per gram, or per millilitre for a liquid; the gram is read.
    text = _OR_PER_VOLUME.sub("", text)
    # 'mg of iodine per kg of salt' is mg/kg: the words after 'of' name what is measured, and in what.
    text = re.sub(r"\s+of\s+.*?(?=\s+per\s+)", "", text)
    text = _COUNTED_OF.sub("", text)
    text = re.sub(r"(\s+per\s+(?:\d+\s?)?\S+)\s+of\s+\S+$", r"\1", text)
    text = re.sub(r"\s+per\s+", "/", text)
    for zh in sorted(_CHINESE_UNITS, key=len, reverse=True):
        if zh in text:
            text = text.replace(zh, _CHINESE_UNITS[zh])
    text = _INFORMATION.sub(_information_unit, text)
    text = _BODY_WEIGHT.sub("_bw", text).replace("/_bw", "/kg_bw")
    # Before any lower-casing: MΩ (megaohm) and mΩ (milliohm) differ only in case.
    text = text.replace("Ω", "ohm").replace("Ω", "ohm")
    text = text.replace("·", "*").replace("×", "*").replace("（", "(").replace("）", ")")
    if "mPa" in text:
        text = _MILLIPASCAL_SECONDS.sub("millipascal", text)
    # 'y⁻¹' (folded to 'y-1'), a frequency per year ('10⁻⁵ y⁻¹'): the year, written 'a⁻¹' elsewhere. (y alone is no unit.)
    if "y" in text:
        text = _PER_YEAR_Y.sub("year", text)
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
    # A rate of temperature (°C/h) is a difference per time, never shifted by 273.15; and so is a degree in any
    # product or quotient ('°C⁻¹', '10⁻⁶/°C', 'W/(m·°C)': per degree, a coefficient): only '°C' alone is a temperature.
    text = text.replace("degC/", "delta_degC/")
    if text not in ("degC", "°C", "℃") and ("degC" in text or "°C" in text or "℃" in text):
        text = _DEGREE_IN_COMPOUND.sub("delta_degC", text)
    return _EXPONENT.sub(r"**\1", text)


# The symbol of a reference quantity written as a unit: rated, basic and maximum currents, rated voltages (a cable's
# U0 to earth, a system's highest Um) and powers ('1,13 In', '0,004 Ib', '1.1 Un', '3,5 U0'): the value is its multiple.
# Also a quantity's reference value by its subscript ('1,4 Vref', '0,75 Vhub', the wind speeds of a turbine class):
# never a unit of its own. So is the maximum (nominal) force of a force-proving instrument or testing machine, F_N
# written 'FN' ('not less than 0,02 FN', '0.02FN').
REFERENCE_QUANTITY = re.compile(r"I[nbre]|FN|I_?max|U[nre0om]|P[nr]|[A-Z]ref|V(?:hub|ave)")
_DEGREE_IN_COMPOUND = re.compile(r"(?<![A-Za-z_])(?:degC|°C|℃)(?![A-Za-z_])")
# A fraction written as a power of ten ('10⁻⁶', folded to '10-6' or written '10^-6'): that ratio.
_POWER_OF_TEN = re.compile(r"^10\s?\^?\s?[-−]\s?(\d{1,2})(?![\d.,])")


def multiplied_quantity(words: str) -> str:
    """What a multiple multiplies, named alike in both languages: the termbase's concept of the words ('maximum working
    pressure', '最大工作压力' -> 'working_pressure'), else the words as written ('In', 'WLL')."""
    if REFERENCE_QUANTITY.fullmatch(words):
        return words
    from compare.terms.termbase import load_termbase  # (a unit names no concept but this)

    return load_termbase().concept_of(words) or words


def multiple_unit(unit: str, words: str, termbase=None) -> str:
    """The unit of a multiple ('倍', 'times') once the quantity it multiplies is known: '× <words>' when the termbase
    names that quantity's concept ('4倍' of '最大工作压力' -> '× 最大工作压力', comparable with '4 times the maximum
    working pressure'); the plain multiple otherwise, which meets any other (a quantity named in words the termbase
    does not know could not be matched across languages). The words end with the last term the termbase knows."""
    words = re.sub(r"^(?:the|a|an)\s+", "", words.strip(), flags=re.I).strip()
    if not words:
        return unit
    if termbase is None:
        from compare.terms.termbase import load_termbase

        termbase = load_termbase()
    if not termbase.concept_of(words):
        return unit
    hits = termbase.hits(words)
    return f"× {words[:max(end for _, end, _ in hits)] if hits else words}"  # ('rated voltage during the test')


# The unit a scale's differences are written in, by the scale's dimension: a value on the scale takes a tolerance in
# it ('−24 LKFS，允差为±2 LU'). Not kelvin after a temperature: '550 °C, 650 °C … 960 °C, with a tolerance of ± 10 K in
# the range 550 °C to 900 °C' gives a tolerance to a range of the values, not to the last one (dev10 W026).
DIFFERENCE_DIMENSIONS = {"loudness": "loudness difference"}


@functools.lru_cache(maxsize=4096)
def _conversion(unit: str) -> _Conversion | None:
    """How to bring values in `unit` to the canonical unit of their dimension; None if pint cannot read it."""
    ureg = registry()
    if unit and (item := per_item(unit)) != unit:
        unit = item.strip()  # ('粒/容器', 'per container': a count of things in one item; per_item)
    if REFERENCE_QUANTITY.fullmatch(unit):
        unit = f"× {unit}"  # '1,13 In' written with the symbol alone: a multiple of the rated current, never inches
    if unit.startswith("× ") and len(unit) > 2:
        # A multiple of a named reference quantity ('3 In', '0,004 Ib': times the rated or basic current; '× test
        # pressure', '× 试验压力'): comparable only with multiples of the same quantity, named alike in both languages.
        quantity = multiplied_quantity(unit[2:])
        return _Conversion(1.0, 0.0, f"× {quantity}", f"multiple of {quantity}")
    if unit in ("倍", "times", "×"):
        # '0.85倍额定输入功率', '1.5 times rated current': a multiple of another quantity.
        return _Conversion(1.0, 0.0, "×", "multiple")
    if _HARDNESS.fullmatch(unit):
        # A hardness number on a named scale (HV, HBW, HRC): comparable only on the same scale. The test force
        # written after HV ('550 HV1', 'HV 10') is a condition of the test on the one Vickers scale, not
        # another scale (`vickers_scale`).
        scale = vickers_scale(unit)
        return _Conversion(1.0, 0.0, scale, f"hardness {scale}")
    if unit in (":1", "1:"):
        # A ratio to one ('5:1', or '1:5' read as 5): a plain number.
        return _Conversion(1.0, 0.0, "", "number")
    if _COUNT.fullmatch(unit) or _COUNTED_ABBREVIATION.fullmatch(unit):
        # Things counted ('30片', '200 cycles', '15 particles'): a plain number of items, as a count written bare
        # ('repeated 10', '安全系数 12') is; the unit as written still shows what is counted.
        return _Conversion(1.0, 0.0, "", "number")
    reference = level_reference(unit)
    if reference:
        # 'dBm', 'dB(µV)': a level referred to a unit is that unit on a log scale, so '20 dBm' meets '100 mW'.
        linear = _conversion(reference[0])
        if linear is not None:
            return _Conversion(linear.scale, 0.0, linear.unit, linear.dimension, linear.ratio_scale,
                               log_divisor=reference[1])
    level = level_unit(unit)
    if level:
        # A level in decibels with no reference unit (dB, dB(A)) is compared as written.
        return _Conversion(1.0, 0.0, level[0], level[1])
    if unit in ("K", "开尔文", "开"):
        # Standards write temperature rises and differences in kelvin ('温升限值 65 K', 'within 2 K'): a
        # difference, never an absolute temperature to be shifted by 273.15.
        return _Conversion(1.0, 0.0, "K", "temperature difference")
    if unit in ("LUFS", "LKFS"):
        # A programme's loudness, K-weighted, relative to full scale (ITU-R BS.1770: EBU writes LUFS, ATSC LKFS, one
        # scale); its differences are in LU ('−23 LUFS, a deviation of ± 0,5 LU').
        return _Conversion(1.0, 0.0, "LUFS", "loudness")
    if unit == "LU":
        return _Conversion(1.0, 0.0, "LU", "loudness difference")
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
        units, named_dimensionality = _named_units(ureg, name)
        if named_dimensionality == dimensionality:
            return units
    return None


@functools.lru_cache(maxsize=256)
def _named_units(ureg, name: str):
    """The units a name of `_CANONICAL` or `_LABELS` gives in `ureg` (hashed by identity), with their dimensionality.
    (Speed: `_canonical_for` and `_unit_label` parsed each of some 70 names again for each new unit a clause writes,
    some 2 ms a unit; pint's units and dimensionalities are never changed after they are made.)"""
    units = ureg.parse_units(name)
    return units, ureg.Quantity(1, units).dimensionality


_LABELS = {"mg/L": "mg/L", "mg/kg_bw": "mg/kg bw", "mg/kg_bw/day": "mg/kg bw/day", "CFU/mL": "CFU/mL",
           "mm**2": "mm²", "L": "L", "g/m**2": "g/m²", "mg/kg": "mg/kg", "percent": "%", "L/min": "L/min",
           "mg/km": "mg/km", "ohm/km": "ohm/km", "mSveq": "mSv", "mSveq/year": "mSv/a", "mGyabs": "mGy",
           "mGyabs/h": "mGy/h", "dpt": "D", "e_interval": "e", "angle_deg": "°", "prism_dpt": "Δ", "CFU/g": "CFU/g",
           "mmol/L": "mmol/L", "kJ/kg": "kJ/kg", "Bq/L": "Bq/L", "EU/mL": "EU/mL", "infobit": "bit",
           "infobit/s": "bit/s"}


def _unit_label(ureg, units) -> str:
    for name, label in _LABELS.items():
        if _named_units(ureg, name)[0] == units:
            return label
    text = f"{units:~}"
    replacements = {"degree_Celsius": "°C", "%": "%", " ** ": "^", "**": "^", " / ": "/", " * ": "·",
                    "kg_bw": "kg bw", "Ω": "ohm"}
    for old, new in replacements.items():
        text = text.replace(old, new)
    return text or "1"


@functools.lru_cache(maxsize=65_536, typed=True)  # the same limits and units come back clause after clause; and
# the dimension of a unit is asked as normalise(1.0, unit). (typed: 1 and 1.0 stay apart, as they would uncached.)
def normalise(value: float | None = None, unit: str = "", *, low: float | None = None, high: float | None = None,
              tolerance: float | None = None) -> Normalized:
    """Express a value (or range, or tolerance) in the canonical unit of its dimension.

    A tolerance is a difference, so only the scale applies to it (±2 °C is ±2 K, not ±275 K).
    """
    conversion = _conversion((unit or "").strip())
    if conversion is None:
        return Normalized(value, low, high, tolerance, unit, f"unknown:{unit.strip()}", False)

    def point(x):
        if x is None:
            return None
        if conversion.log_divisor:
            return _clean(conversion.scale * 10 ** (x / conversion.log_divisor))
        return _clean(x * conversion.scale + conversion.offset)

    try:
        if conversion.log_divisor and tolerance is not None and value is not None:
            tol = _clean(point(value + tolerance) - point(value))  # '20 dBm ± 2 dB': the upper side of the interval
        else:
            tol = None if tolerance is None else _clean(tolerance * conversion.scale)
        return Normalized(point(value), point(low), point(high), tol, conversion.unit, conversion.dimension, True,
                          conversion.ratio_scale)
    except OverflowError:
        # A level no float can hold in linear terms ('34 400 dB(µV/m)', from a garbled table): it stays as written,
        # in a unit of its own, and compares only with the same unit and number.
        return Normalized(value, low, high, tolerance, unit, f"unknown:{unit.strip()}", False)


def is_known(unit: str) -> bool:
    """True when pint can read `unit` (after the project's definitions)."""
    return _conversion((unit or "").strip()) is not None


def _clean(x: float) -> float:
    # Round away binary noise (0.1 mg -> 1e-4 g -> 0.1 mg) so equal limits compare equal.
    if x == 0 or not math.isfinite(x):
        return x
    return float(f"{x:.12g}")


def value_in_unit(value: float, written: str, unit: str) -> float | None:
    """`value`, written in `written`, expressed in `unit` ('400 kHz' in MHz is 0.4, '100 kΩ' in MΩ 0.1); the value
    itself when either unit is missing or the two are the same; None when they are not of one known dimension."""
    written, unit = (written or "").strip(), (unit or "").strip()
    if not written or not unit or written == unit:
        return value
    a, b = normalise(value, written), normalise(1.0, unit)
    if not (a.known and b.known) or a.dimension != b.dimension or not b.value or a.value is None:
        return None
    return a.value / b.value
