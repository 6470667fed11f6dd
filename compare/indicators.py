"""Extract key technical indicators from Chinese and English clause text.

`extract(text)` finds each stated limit: the parameter as written, the comparator (max, min, range, equal,
tolerance), the value or [low, high], the unit as written and normalised, the basis ("以N计", "as N", "dry
basis") and test conditions ("at 23 °C"), and the span of text it came from. Pure functions: strings in,
frozen dataclasses out; results are cached per text because matching compares the same clauses many times.

How it reads a clause: the text is folded (full-width to ASCII, Chinese numerals to digits) with a map back to
the original offsets; clause references, standard numbers, dates and table numbers are blanked; every value
expression (a tolerance, a range, a number with its unit) is found; the words between one value and the one
before it give the parameter, the comparator and the basis.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from compare.glossary import concept_of, form_of
from compare.units import Normalized, is_known, normalise

COMPARATORS = ("max", "min", "range", "equal", "tolerance")
MAX_TEXT = 200_000  # longer text is cut (with a note): a clause is never this long; a pasted book is


@dataclass(frozen=True)
class Condition:
    """A test condition attached to an indicator ("at 23 °C", "在(23±2)℃下")."""

    parameter: str
    text: str
    normalized: Normalized


@dataclass(frozen=True)
class Indicator:
    """One key technical indicator of a clause. `value` is the stated number (the nominal one for a
    tolerance); `low`/`high` bound a range; `unit` is as written; `normalized` is in the canonical unit."""

    parameter: str
    comparator: str
    value: float | None
    unit: str
    span: tuple[int, int]
    text: str
    normalized: Normalized
    low: float | None = None
    high: float | None = None
    tolerance: float | None = None
    basis: str | None = None
    conditions: tuple[Condition, ...] = ()
    concept: str | None = None
    # The chemical form of a substance that has several ('inorganic', 'hexavalent'); None if not stated.
    form: str | None = None
    # Words after the value that narrow it ('0.5 mA for class 0I appliances' -> 'for class 0I appliances').
    qualifier: str = ""
    # False when no comparator word was written ("cadmium 0.4 mg/kg"): the limit then takes its kind from
    # the clause it is compared with.
    explicit: bool = True

    @property
    def interval(self) -> tuple[float, float] | None:
        """Normalised [low, high] for a range or tolerance."""
        n = self.normalized
        if self.comparator == "range" and n.low is not None and n.high is not None:
            return (n.low, n.high)
        if self.comparator == "tolerance" and n.tolerance is not None:
            centre = n.value or 0.0
            return (centre - n.tolerance, centre + n.tolerance)
        return None


@dataclass(frozen=True)
class Extraction:
    """The indicators of a text and notes about what could not be read (unknown units, malformed numbers)."""

    indicators: tuple[Indicator, ...]
    notes: tuple[str, ...] = field(default=())


# ---------------------------------------------------------------------------------------------- folding

_CN_DIGITS = "零〇一二两三四五六七八九十百千万点"
_CN_UNIT_AFTER = ("摄氏度|毫克|微克|纳克|千克|公斤|克|毫升|升|毫米|厘米|微米|米|伏|安|瓦|千瓦|赫兹|兆帕|千帕|帕|"
                  "牛|小时|分钟|秒|天|次|个|倍|周|年|月|日|分贝|度")
_CN_NUMERAL = re.compile(rf"百分之([{_CN_DIGITS}]+)|千分之([{_CN_DIGITS}]+)|"
                         rf"(?<![{_CN_DIGITS}])([{_CN_DIGITS}]+)(?=\s*(?:{_CN_UNIT_AFTER}))")
_SPECIAL = {"～": "~", "〜": "~", "∼": "~", "—": "-", "–": "-", "−": "-", "－": "-", "﹣": "-", "≦": "≤",
            "≧": "≥", "＜": "<", "＞": ">", "⩽": "≤", "⩾": "≥", "，": ",", "；": ";", "：": ":", "。": "。",
            "、": "、", "×": "×", "·": "·", "±": "±", "\t": " | "}


def _fold(text: str) -> tuple[str, list[int]]:
    """NFKC-fold text character by character, keeping for each output character its original offset."""
    if text.isascii() and "\t" not in text:
        return text, list(range(len(text)))
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii() and ch != "\t":
            out.append(ch)
            where.append(i)
            continue
        folded = _SPECIAL.get(ch)
        if folded is None:
            folded = unicodedata.normalize("NFKC", ch)
        out.append(folded)
        where.extend([i] * len(folded))
    return "".join(out), where


def _numerals(text: str, where: list[int]) -> tuple[str, list[int]]:
    """Chinese numerals before a unit ('三十分钟', '百分之五') become digits, with offsets kept."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return text, where
    pieces: list[str] = []
    new_where: list[int] = []
    last = 0
    for match in _CN_NUMERAL.finditer(text):
        numeral = match.group(1) or match.group(2) or match.group(3)
        try:
            import cn2an

            number = cn2an.cn2an(numeral, "smart")
        except Exception:  # noqa: BLE001 - not a numeral after all ('一般'): leave the text as it is
            continue
        digits = _format_number(float(number))
        if match.group(1):
            digits += "%"
        elif match.group(2):
            digits += "‰"
        pieces.append(text[last:match.start()])
        new_where.extend(where[last:match.start()])
        pieces.append(digits)
        new_where.extend([where[match.start()]] * len(digits))
        last = match.end()
    if not pieces:
        return text, where
    pieces.append(text[last:])
    new_where.extend(where[last:])
    return "".join(pieces), new_where


def _format_number(x: float) -> str:
    return str(int(x)) if x.is_integer() else repr(x)


# ------------------------------------------------------------------------------------------ non-values

_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:tember)?|" \
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_NOT_VALUES = re.compile("|".join([
    # standard numbers: GB 2762-2022, GB/T 1800.1-2020, ISO 286-1:2010, IEC 60335-1, CXS 193-1995, ISO 712
    r"(?:GB/T|GB/Z|GB|ISO/IEC|ISO|IEC|ITU-[TR]|CXS|CAC/GL|CAC|CODEX\s+STAN|EN|ASTM|JJG|JJF|WHO|[A-Z]{2}/T)"
    r"\s*[A-Z]?\s*\d+(?:[.\-]\d+)*(?:\s*[-:]\s*\d{2,4})?",
    # dates
    r"\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?",
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}",
    rf"\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}", rf"{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}",
    # clause, table, figure and annex references
    r"(?:见|按|按照|依据|根据|参见|详见|符合|采用|执行)\s*(?:第\s*)?\d+(?:\.\d+)*\s*(?:[章条款节项])?",
    r"第\s*\d+(?:\.\d+)*\s*[章条款节项部分]",
    r"(?:表|图|附表|注)\s*(?:[A-Z](?![A-Za-z])\.?\d*(?:\.\d+)*|\d+(?:\.\d+)*)|附录\s*[A-Z](?![A-Za-z])(?:\.\d+)*",
    r"(?i:\b(?:see|clause|subclause|table|figure|annex|item|section|paragraph|note|example|part|"
    r"in accordance with|according to|as specified in|as given in|described in|specified in)\s+"
    r"(?:[A-Z](?![A-Za-z])(?:\.\d+)*|\d+(?:\.\d+)*)(?!\.?\d))",
    # a dotted clause number (5.2.1) is never a value
    r"(?<![\d.])\d+\.\d+\.\d+(?:\.\d+)*",
]))
_MALFORMED = re.compile(r"\d+(?:\.\.+|,,+)\d*")
_LEADING_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)*)\s+(?=\S)")


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for k in range(start, end):
            chars[k] = " "
    return "".join(chars)


# ------------------------------------------------------------------------------------------------ values

_NUM = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?![\d])|[-+]?\d+(?:,\d{3})+(?:\.\d+)?(?![\d,])|[-+]?\d+(?:[.,]\d+)?"
_NUMBER = rf"(?<![A-Za-z0-9_.])(?<!\d,)(?:{_NUM})(?![.,]\d)(?!-[A-Za-z])"
_CN_UNITS = "摄氏度|毫克|微克|纳克|千克|公斤|克|毫升|微升|升|立方米|平方毫米|平方厘米|平方米|纳米|微米|毫米|厘米|千米|米|" \
            "千伏|毫伏|伏特|伏|毫安|安培|安|千瓦|瓦特|瓦|兆欧|欧姆|欧|赫兹|兆帕|千帕|帕|牛顿|牛|焦耳|焦|小时|分钟|秒|分贝|" \
            "个|次|倍|体重"
_SYM = r"[A-Za-zμΩ°][A-Za-zμΩ0-9°]*"
_UNIT = (rf"(?:%|‰|°\s?[CF]|(?:{_CN_UNITS}|{_SYM})(?:\s?[/·]\s?(?:\d+\s?)?(?:{_CN_UNITS}|{_SYM}))*"
         rf"(?:\s?(?:kg\s?)?(?:bw|b\.w\.))?(?:\s?/\s?(?:day|d))?)")
_GAP = r"\s*(?:\|\s*)?"
_VALUE = re.compile(
    # (23 ± 2) °C, (50±10)%
    rf"(?P<tol1>\(\s*(?P<t1n>{_NUMBER})\s*(?P<t1u1>{_UNIT})?\s*±\s*(?P<t1t>{_NUM})\s*(?P<t1u2>{_UNIT})?\s*\)"
    rf"\s*(?P<t1u3>{_UNIT})?)"
    # 220 V ± 10 %, 23 ± 2 °C
    rf"|(?P<tol2>(?P<t2n>{_NUMBER})\s*(?P<t2u1>{_UNIT})?\s*±\s*(?P<t2t>{_NUM})\s*(?P<t2u2>{_UNIT})?)"
    # ± 0.05 mm
    rf"|(?P<tol3>±\s*(?P<t3t>{_NUM})\s*(?P<t3u>{_UNIT})?)"
    # between 5 mm and 10 mm, 介于5 mm与10 mm之间
    rf"|(?P<btw>(?i:between|from|介于|在)\s*(?P<bl>{_NUMBER})\s*(?P<bu1>{_UNIT})?\s*"
    rf"(?i:and|与|和|至|到|to|~|-)\s*(?P<bh>{_NUMBER})\s*(?P<bu2>{_UNIT})?(?:\s*(?:之间|范围内|的范围内))?)"
    # 5 mm to 10 mm, 12%~14%, 6.5-8.5
    rf"|(?P<rng>(?P<rl>{_NUMBER})\s*(?P<ru1>{_UNIT})?\s*(?:~|-|至|到|\bto\b)\s*(?P<rh>{_NUM})(?![.,]\d)"
    rf"{_GAP}(?P<ru2>{_UNIT})?)"
    # 0.2 mg/kg
    rf"|(?P<one>(?P<v>{_NUMBER}){_GAP}(?P<u>{_UNIT})?)"
)

# Words that can follow a number without being its unit.
_NOT_UNITS = {"to", "and", "or", "at", "in", "of", "for", "the", "max", "as", "is", "are", "be", "by",
              "on", "per", "with", "from", "than", "shall", "when", "if", "not", "no", "a", "an", "under",
              "maximum", "minimum", "max.", "min.", "days", "years"}


_FIT_CLASS = re.compile(r"[A-Za-z]{1,2}\d{1,2}|IT\d{1,2}")


def _accept_unit(token: str | None) -> str:
    """The unit token if it reads as a unit (known to pint, or short and not an English word); else ''."""
    if not token:
        return ""
    token = token.strip()
    # 'A' is an ampere and 'a' an article; longer words are words in any case ('Max', 'AND').
    if token in _NOT_UNITS or (len(token) > 1 and token.lower() in _NOT_UNITS):
        return ""
    if is_known(token):
        return token
    if _FIT_CLASS.fullmatch(token):
        return ""
    if token in {"个", "次", "倍"} or "/" in token or len(token) <= 4:
        return token
    return ""


# ----------------------------------------------------------------------------------------- comparators

_MAX_WORDS = ["不多于", "不得多于", "不应多于", "低于", "小于", "少于", "不大于", "不超过", "不得超过", "不应超过", "不应大于", "不得大于", "不高于", "不得高于", "不应高于",
              "小于或等于", "小于等于", "最大残留限量", "最大限量", "最大", "最高", "限量", "上限", "至多", "≤", "<=",
              "<", "shall not exceed", "must not exceed", "should not exceed", "not exceeding", "not to exceed",
              "not more than", "no more than", "not greater than", "not higher than", "less than or equal to",
              "at most", "up to and including", "up to", "maximum residue limit", "maximum level", "maximum", "max.", "max", "mrl",
              "upper limit", "limit", "guideline value", "below", "限值", "最大允许", "less than", "lower than"]
_MIN_WORDS = ["不少于", "不得少于", "不应少于", "高于", "大于", "超过", "多于", "不小于", "不低于", "不得低于", "不得小于", "不应低于", "不应小于", "大于或等于", "大于等于", "至少",
              "最小", "最低", "下限", "≥", ">=", ">", "at least", "not less than", "no less than",
              "not lower than", "greater than or equal to", "minimum", "min.", "min", "lower limit",
              "greater than", "more than", "exceed", "above", "over"]
_EQUAL_WORDS = ["应为", "为", "是", "=", "shall be", "is", "of", "equal to"]
_AFTER_MAX = ["及以下", "以下", "以内", "or less", "or below", "max.", "max", "maximum"]
_AFTER_MIN = ["及以上", "以上", "or more", "or greater", "or above", "min.", "minimum"]


def _phrase_pattern(words: dict[str, str]) -> re.Pattern:
    parts = []
    for word in sorted(words, key=len, reverse=True):
        escaped = re.escape(word)
        if word[0].isascii() and word[0].isalpha():
            # 'upper limit deviation' (ISO 286) names a quantity; it is not an upper limit.
            escaped = rf"(?<![A-Za-z]){escaped}(?![A-Za-z])(?!\s+deviation)"
        parts.append(escaped)
    return re.compile("(" + "|".join(parts) + ")", re.I)


_KIND = {**{w: "equal" for w in _EQUAL_WORDS}, **{w: "max" for w in _MAX_WORDS}, **{w: "min" for w in _MIN_WORDS}}
_BEFORE = _phrase_pattern(_KIND)
_AFTER = re.compile(r"\s*(?:\)|）)?\s*(" + "|".join(re.escape(w) for w in sorted(_AFTER_MAX + _AFTER_MIN,
                                                                                       key=len, reverse=True))
                    + r")(?![A-Za-z])", re.I)
_AFTER_KIND = {**{w: "max" for w in _AFTER_MAX}, **{w: "min" for w in _AFTER_MIN}}

# ------------------------------------------------------------------------------------- basis, conditions

_BASIS_WORDS = [
    (re.compile(r"干基|以干基计|干重|dry\s+(?:basis|weight|matter)", re.I), "dry basis"),
    (re.compile(r"湿基|鲜重|以鲜重计|fresh\s+weight|wet\s+(?:basis|weight)", re.I), "fresh weight"),
    (re.compile(r"以固态产品计|以固体计|以粉状产品计|(?:on\s+)?a?\s*solid\s+basis|powder\s+basis", re.I), "solid basis"),
    (re.compile(r"以即食状态计|即食状态|as\s+consumed|ready[\s-]to[\s-](?:feed|eat|use)", re.I), "as consumed"),
    (re.compile(r"以脂肪计|fat\s+basis|on\s+a\s+fat\s+basis", re.I), "fat basis"),
]
_BASIS_AS = re.compile(r"以\s*([A-Za-z][A-Za-z0-9+\-]*)\s*计|\b(?:expressed\s+)?as\s+([A-Z][A-Za-z0-9]*[+\-]?)")
_CONDITION_BEFORE = re.compile(r"(?:\b(?:at|@|under|with)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?"
                               r"|(?:在|于)[^,;。<>≤≥]{0,12}?(?:为|是)?)\s*$", re.I)
_CONDITION_AFTER = re.compile(r"\s*(?:的)?(?:条件)?(?:下|时|环境)")
_CONDITION_LINK = re.compile(r"^\s*(?:,|、|和|及|以及|and|,\s*and)\s*(?:(?:an?|the)\s+)?[^,;。≤≥<>]{0,30}?"
                             r"(?:of|为|是)?\s*$", re.I)
_SENTENCE_END = re.compile(r"[;。\n!?]|(?<!max)(?<!min)(?<!approx)(?<!No)\.\s+(?=[A-Z\u4e00-\u9fff])")

# --------------------------------------------------------------------------------------- parameter names

_FILLER = re.compile(
    r"(?i:(?<![A-Za-z])(?:the|shall|be|is|are|must|should|not|value|level|its|limit|limits|"
    r"requirement|requirements|specified|content|within|in the range|each|which|that|when|"
    r"residue|residues|carried out|test is|tests are|including|inclusive)(?![A-Za-z]))"
    r"|(?<![A-Za-z])an?(?![A-Za-z])"
    r"|应当|应该|应(?![力用变])|须|必须|不得|不应|的限量|的含量|限量|含量|指标|要求|值为|为|是|的|且|并|范围内|范围|之间|"
    r"规定|项目|以下|以上|试验应在|试验在|进行|条件下")
# Words that only frame a name ("for class I appliances, ...", "... and"): trimmed from its ends.
_EDGE = re.compile(r"^(?:(?i:and|or|at|with|under|of|for|in|to|on|by|as|range)\b|[时和及与或在于其])\s*"
                   r"|\s*(?:\b(?i:and|or|at|with|under|of|for|in|to|on|by|as|range)|[时和及与或在于其])$")
_TRIM = " \t,;:.|()[]（）【】、\"'-/=·"


@functools.lru_cache(maxsize=50_000)
def clean_parameter(text: str) -> str:
    """The quantity's name from the words before a value: comparator words and filler removed."""
    text = _BEFORE.sub(" ", text)
    text = _FILLER.sub(" ", text)
    text = re.sub(r"\(\s*\)|（\s*）", " ", text)
    text = re.sub(r"\s+", " ", text).strip(_TRIM + " ")
    previous = None
    while previous != text:
        previous = text
        text = _EDGE.sub("", text).strip(_TRIM + " ")
    # Keep the tail: the name sits next to its value; a long lead-in is context, not the name.
    if len(text) > 120:
        tail = text[-120:]
        text = tail.split(" ", 1)[-1] if " " in tail else tail
    return text.strip(_TRIM + " ")


# ------------------------------------------------------------------------------------------ extraction


@dataclass
class _Raw:
    start: int
    end: int
    comparator: str
    value: float | None
    low: float | None
    high: float | None
    tolerance: float | None
    unit: str
    explicit: bool = False
    worded: bool = False
    condition: bool = False
    condition_start: int = 0
    left_start: int = 0
    basis: str | None = None
    parameter: str = ""
    unit_span: tuple[int, int] | None = None


def extract_indicators(text: str, lang: str | None = None) -> tuple[Indicator, ...]:
    """The indicators of a clause, in text order (see `extract` for notes about what could not be read)."""
    return extract(text, lang).indicators


@functools.lru_cache(maxsize=50_000)
def extract(text: str, lang: str | None = None) -> Extraction:
    """Indicators and notes of a clause. `lang` is accepted for symmetry with matching; both languages'
    phrases are always tried, since standards text mixes them ("铅（以Pb计）≤0.2 mg/kg")."""
    if not isinstance(text, str) or not text.strip():
        return Extraction(())
    notes: list[str] = []
    if len(text) > MAX_TEXT:
        notes.append(f"text cut to its first {MAX_TEXT:,} characters")
        text = text[:MAX_TEXT]
    folded, where = _fold(text)
    folded, where = _numerals(folded, where)
    spans = [m.span() for m in _NOT_VALUES.finditer(folded)]
    for m in _MALFORMED.finditer(folded):
        notes.append(f"malformed number '{text[where[m.start()]:where[m.end() - 1] + 1]}' ignored")
        spans.append(m.span())
    leading = _LEADING_NUMBER.match(folded)
    if leading and not _accept_unit(re.match(rf"\s*({_UNIT})?", folded[leading.end():]).group(1)):
        spans.append(leading.span(1))
    masked = _blank(folded, spans) if spans else folded

    raws = [raw for raw in (_read_value(m, masked) for m in _VALUE.finditer(masked)) if raw is not None]
    _mark_context(raws, masked)
    indicators = _assemble(raws, masked, text, where, notes)
    return Extraction(indicators, tuple(notes))


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    text = re.sub(r"[ \u00a0\u202f]", "", text.strip())
    if re.fullmatch(r"[-+]?\d+(?:,\d{3})+(?:\.\d+)?", text) and not text.lstrip("+-").startswith("0,"):
        return float(text.replace(",", ""))
    return float(text.replace(",", "."))


def _unit_of(m: re.Match, *groups: str) -> tuple[str, tuple[int, int] | None]:
    """The first of `groups` that reads as a unit, with its span."""
    for name in groups:
        unit = _accept_unit(m.group(name))
        if unit:
            start = m.start(name)
            return unit, (start, start + len(m.group(name).rstrip()))
    return "", None


def _read_value(m: re.Match, text: str) -> _Raw | None:
    g = m.groupdict()
    start, end = m.span()
    if g["tol1"] or g["tol2"]:
        k = "t1" if g["tol1"] else "t2"
        groups = (f"{k}u3", f"{k}u1", f"{k}u2") if k == "t1" else (f"{k}u1", f"{k}u2")
        unit, where = _unit_of(m, *groups)
        nominal, tol = _number(g[f"{k}n"]), _number(g[f"{k}t"])
        if _accept_unit(g[f"{k}u2"]) == "%" and unit and unit != "%":
            tol = nominal * tol / 100.0  # 220 V ± 10 %: a relative tolerance
        return _Raw(start, end, "tolerance", nominal, None, None, abs(tol), unit, explicit=True, unit_span=where)
    if g["tol3"]:
        unit, where = _unit_of(m, "t3u")
        return _Raw(start, end, "tolerance", 0.0, None, None, abs(_number(g["t3t"])), unit, explicit=True,
                    unit_span=where)
    if g["btw"] or g["rng"]:
        lo, hi, u1, u2 = (("bl", "bh", "bu1", "bu2") if g["btw"] else ("rl", "rh", "ru1", "ru2"))
        unit, where = _unit_of(m, u2, u1)
        low, high = _number(g[lo]), _number(g[hi])
        if g["rng"] and not unit and not re.search(r"[~至到]|\bto\b", text[start:end]):
            return _one(m, "rl", "ru1")  # '6-8' alone: too often an item or an id
        if low is not None and high is not None and low > high:
            low, high = high, low
        return _Raw(start, end, "range", None, low, high, None, unit, explicit=True, unit_span=where)
    if g["u"] and text[start + len(g["v"])].isalpha() and not is_known(g["u"]):
        return None  # '0I', '3MCPD': a number glued to letters that are no unit is part of a name
    return _one(m, "v", "u")


def _one(m: re.Match, value_group: str, unit_group: str) -> _Raw:
    unit, where = _unit_of(m, unit_group)
    start = m.start(value_group)
    end = where[1] if where else m.end(value_group)
    return _Raw(start, end, "equal", _number(m.group(value_group)), None, None, None, unit, unit_span=where)


def _mark_context(raws: list[_Raw], text: str) -> None:
    """Comparator, basis and condition of each value from the words around it."""
    previous_end = 0
    for k, raw in enumerate(raws):
        boundary = max((m.end() for m in _SENTENCE_END.finditer(text, previous_end, raw.start)), default=previous_end)
        raw.left_start = boundary
        left = text[boundary:raw.start]
        after = _AFTER.match(text, raw.end)
        if raw.comparator == "equal":
            words = list(_BEFORE.finditer(left))
            if after:
                raw.comparator = _AFTER_KIND[after.group(1).lower()]
                raw.explicit = True
                raw.end = after.end()
            elif words:
                kinds = [_kind_of(w, left) for w in words]
                # 'a maximum of 5 mm': the bound word decides, not the nearer 'of'.
                bounds = [k for k in kinds if k != "equal"]
                raw.comparator = bounds[-1] if bounds else "equal"
                # 'is', '为' state a value without saying which kind of limit it is.
                raw.explicit = bool(bounds)
                raw.worded = True
        else:
            if after:
                raw.end = after.end()
        raw.basis = _join_basis(_basis(left), _basis_after(text, raw))
        if not raw.unit:
            raw.unit = _unit_before(left)
        prev = raws[k - 1] if k else None
        linked = prev is not None and prev.condition and _CONDITION_LINK.match(text[prev.end:raw.start])
        before = _CONDITION_BEFORE.search(left)
        if raw.comparator in ("equal", "tolerance", "range") and (
                before and not _has_stated_limit(left[-12:]) or linked or _CONDITION_AFTER.match(text, raw.end)):
            raw.condition = not _has_stated_limit(left)
            # Where the condition's words start: 'at a temperature of', '在', or the end of the condition
            # it continues ('(23±2)℃、相对湿度(50±10)%').
            raw.condition_start = prev.end if linked else boundary + before.start() if before else raw.start
            closing = _CONDITION_AFTER.match(text, raw.end) if raw.condition else None
            if closing:
                raw.end = closing.end()
        previous_end = raw.end


def _has_stated_limit(left: str) -> bool:
    words = list(_BEFORE.finditer(left))
    return bool(words) and _kind_of(words[-1], left) in ("max", "min")


_NEGATION = re.compile(r"(?:\bnot|\bnever|n't)(?:\s+[A-Za-z]+){0,2}\s*$|(?:不|不得|不应|未)\s*$", re.I)
_FLIPS = {"max": "min", "min": "max"}


def _kind_of(word: re.Match, left: str) -> str:
    """The kind of limit a comparator word states, turned round by a negation before it
    ('shall not contain more than' is a maximum)."""
    kind = _KIND.get(word.group(1).lower(), "equal")
    if kind in _FLIPS and _NEGATION.search(left, 0, word.start()):
        return _FLIPS[kind]
    return kind


_CHEMICAL_WORDS = [(re.compile(r"as\s+nitrate(?:\s+ion)?|以硝酸根计", re.I), "as NO3"),
                   (re.compile(r"as\s+nitrite(?:\s+ion)?|以亚硝酸根计", re.I), "as NO2"),
                   (re.compile(r"as\s+nitrogen", re.I), "as N")]


def _basis(text: str) -> str | None:
    """The basis stated in `text`: how the value is expressed ('as N') and on what state ('dry basis'),
    joined by '; ' when both are."""
    parts = []
    m = _BASIS_AS.search(text)
    chemical = "as " + re.sub(r"[+\-]+$", "", m.group(1) or m.group(2)) if m else None
    for pattern, name in _CHEMICAL_WORDS:
        if not chemical and pattern.search(text):
            chemical = name
    if chemical:
        parts.append(chemical)
    for pattern, name in _BASIS_WORDS:
        if pattern.search(text):
            parts.append(name)
            break
    return "; ".join(parts) or None


def basis_parts(basis: str | None) -> dict[str, str]:
    """{'chemical': 'as N', 'state': 'dry basis'} from a basis string."""
    out: dict[str, str] = {}
    for part in (basis or "").split("; "):
        if part:
            out["chemical" if part.startswith("as ") and part != "as consumed" else "state"] = part
    return out


def _join_basis(*bases: str | None) -> str | None:
    merged: dict[str, str] = {}
    for basis in bases:
        for kind, part in basis_parts(basis).items():
            merged.setdefault(kind, part)
    return "; ".join(merged[k] for k in ("chemical", "state") if k in merged) or None


_TRAILING_BASIS = re.compile(r"\s*[,，]?\s*(?:\(|（)?\s*(以\s*[A-Za-z][A-Za-z0-9+\-]*\s*计|(?i:as\s+(?:nitrate|nitrite)(?:\s+ion)?|as\s+nitrogen)|(?:expressed\s+)?as\s+[A-Z]"
                             r"[A-Za-z0-9]*[+\-]?|以固态产品计|以即食状态计|以干基计|以鲜重计|以脂肪计|"
                             r"(?:on\s+)?a?\s*(?:dry|solid|fat)\s+(?:basis|weight|matter)|as\s+consumed|"
                             r"ready[\s-]to[\s-](?:feed|eat|use))\s*(?:\)|）)?")


def _basis_after(text: str, raw: _Raw) -> str | None:
    m = _TRAILING_BASIS.match(text, raw.end)
    if not m:
        return None
    raw.end = m.end()
    return _basis(m.group(1))


_QUALIFIER = re.compile(r"\s*((?:for|of|in|on|per|from)\s+[^;。]{1,80})", re.I)


def _after(raws: list[_Raw], k: int, text: str) -> str:
    """The words after value k, up to the next value or the end of the sentence."""
    stop = raws[k + 1].start if k + 1 < len(raws) else len(text)
    after = text[raws[k].end:stop]
    end = _SENTENCE_END.search(after)
    return after[:end.start()] if end else after


def _assemble(raws: list[_Raw], masked: str, original: str, where: list[int], notes: list[str]) -> tuple:
    """Turn raw values into Indicators: name them, attach conditions, merge min+max pairs into ranges."""
    mains = [r for r in raws if not r.condition and _is_indicator(r)]
    conditions = [r for r in raws if r.condition]
    if conditions and not mains:
        # A clause of test conditions only: the conditions are its indicators.
        mains, conditions = conditions, []
    blocked = [(c.condition_start, c.end) for c in conditions]
    clause_basis = _basis(masked)
    indicators: list[Indicator] = []
    previous_end = 0
    previous_param = ""
    position = {id(raw): k for k, raw in enumerate(raws)}
    for raw in mains:
        after = _after(raws, position[id(raw)], masked)
        qualifier = _QUALIFIER.match(after)
        if qualifier:
            # '1 750 V for supplementary insulation and 3 000 V ...': the words after the value are its own,
            # not the name of the next value.
            text = _EDGE.sub("", qualifier.group(1).strip(_TRIM + " ")).strip(_TRIM + " ")
            raw.end = masked.index(text, raw.end) + len(text) if text else raw.end
            qualifier = text
        else:
            qualifier = ""
        left_start = max((m.end() for m in _SENTENCE_END.finditer(masked, previous_end, raw.start)),
                         default=previous_end)
        left = masked[left_start:raw.start]
        for start, end in blocked:
            if left_start <= start < raw.start:
                left = left.replace(masked[start:end], " ")
        left = _strip_basis(left)
        left = _strip_units(left)
        parameter = clean_parameter(left) or (previous_param if indicators and indicators[-1].normalized.dimension
                                              == _dimension_of(raw) else "")
        # The unit as written in the clause ('℃', 'ｍｇ／ｋｇ'), not as folded.
        unit = _written_unit(raw, original, where)
        own_conditions = tuple(_condition(c, masked, where, original) for c in conditions
                               if _same_sentence(masked, c, raw))
        span = (where[left_start + _lead_space(masked[left_start:raw.start])] if raw.start > left_start
                else where[raw.start], where[raw.end - 1] + 1)
        norm = normalise(raw.value, unit, low=raw.low, high=raw.high, tolerance=raw.tolerance)
        if unit and not norm.known:
            notes.append(f"unknown unit '{unit}' kept as written")
        concept = concept_of(parameter) or concept_of(left)
        if concept is None and indicators and indicators[-1].normalized.dimension == norm.dimension:
            # A list of limits of one quantity ('II类器具 0.25 mA；0类器具 0.5 mA'): the name is said once.
            concept = indicators[-1].concept
        # A state basis said once for the clause ('The ML applies to the formula as consumed') holds for all.
        basis = _join_basis(raw.basis, *[p for k, p in basis_parts(clause_basis).items() if k == "state"])
        ind = Indicator(parameter=parameter, comparator=raw.comparator, value=raw.value, unit=unit, span=span,
                        text=original[span[0]:span[1]].strip(), normalized=norm, low=raw.low, high=raw.high,
                        tolerance=raw.tolerance, basis=basis, conditions=own_conditions, concept=concept,
                        form=form_of(concept, f"{left} {after}"), qualifier=qualifier, explicit=raw.explicit)
        merged = _merge_bounds(indicators[-1], ind, original) if indicators and not _own_name(left) else None
        if merged:
            indicators[-1] = merged
        else:
            indicators.append(ind)
        previous_end = raw.end
        previous_param = parameter
    return tuple(indicators)


def _written_unit(raw: _Raw, original: str, where: list[int]) -> str:
    if not raw.unit_span:
        return raw.unit
    written = original[where[raw.unit_span[0]]:where[raw.unit_span[1] - 1] + 1]
    # '百分之五' became '5%': its '%' has no characters of its own in the original.
    return written if is_known(written) == is_known(raw.unit) else raw.unit


def _is_indicator(raw: _Raw) -> bool:
    # A bare number with neither unit nor comparator is a count, an item or an id, not a limit.
    return bool(raw.unit) or raw.explicit or raw.worded


def _lead_space(text: str) -> int:
    stripped = text.lstrip(_TRIM + " ")
    return len(text) - len(stripped) if stripped else len(text) - 1 if text else 0


def _dimension_of(raw: _Raw) -> str:
    return normalise(raw.value, raw.unit, low=raw.low, high=raw.high, tolerance=raw.tolerance).dimension


def _same_sentence(text: str, a: _Raw, b: _Raw) -> bool:
    lo, hi = sorted((a.start, b.start))
    return not _SENTENCE_END.search(text, lo, hi)


def _condition(raw: _Raw, masked: str, where: list[int], original: str) -> Condition:
    name = clean_parameter(masked[raw.left_start:raw.start]) or "condition"
    norm = normalise(raw.value, raw.unit, low=raw.low, high=raw.high, tolerance=raw.tolerance)
    return Condition(parameter=name, text=original[where[raw.start]:where[raw.end - 1] + 1], normalized=norm)


def _strip_basis(text: str) -> str:
    text = re.sub(r"[(（]?\s*以[^,;。()（）]{1,12}?计\s*[)）]?", " ", text)
    text = re.sub(r"[(（]\s*(?:expressed\s+)?as\s+[A-Z][A-Za-z0-9+\-]*\s*[)）]", " ", text)
    for pattern, _ in _BASIS_WORDS:
        text = pattern.sub(" ", text)
    return text


_UNIT_IN_NAME = re.compile(rf"(?:/|,|，)?\s*[(（]\s*({_UNIT})\s*[)）]|[/,]\s*({_UNIT})\s*(?=[,:|]|$)")


def _strip_units(text: str) -> str:
    return _UNIT_IN_NAME.sub(lambda m: " " if _accept_unit(m.group(1) or m.group(2)) else m.group(0), text)


def _unit_before(text: str) -> str:
    """A unit written in a table heading or before the value ('铅(以Pb计)/(mg/kg) ≤ 0.2')."""
    for m in reversed(list(_UNIT_IN_NAME.finditer(text))):
        unit = _accept_unit(m.group(1) or m.group(2))
        if unit and is_known(unit):
            return unit
    return ""


def _own_name(left: str) -> bool:
    return bool(clean_parameter(_strip_units(_strip_basis(left))))


def _merge_bounds(first: Indicator, second: Indicator, original: str) -> Indicator | None:
    """'不低于6.5且不高于8.5': a minimum then a maximum of the same quantity is one range."""
    bounds = {first.comparator, second.comparator}
    if bounds != {"min", "max"} or first.normalized.dimension != second.normalized.dimension:
        return None
    low, high = (first, second) if first.comparator == "min" else (second, first)
    unit = second.unit or first.unit
    span = (first.span[0], second.span[1])
    return Indicator(parameter=first.parameter, comparator="range", value=None, unit=unit, span=span,
                     text=original[span[0]:span[1]].strip(),
                     normalized=normalise(None, unit, low=low.value, high=high.value), low=low.value,
                     high=high.value, basis=first.basis or second.basis,
                     conditions=first.conditions or second.conditions, concept=first.concept)


_SYMBOL = {"max": "≤", "min": "≥", "equal": "="}


def describe(ind: Indicator) -> str:
    """A short reading of an indicator: '≤ 0.2 mg/kg (as Pb)', '6.5–8.5', '(23 ± 2) °C at 23 °C'."""
    unit = f" {ind.unit}" if ind.unit else ""
    if ind.comparator == "range":
        text = f"{_format_number(ind.low)}–{_format_number(ind.high)}{unit}"
    elif ind.comparator == "tolerance":
        text = f"({_format_number(ind.value or 0.0)} ± {_format_number(ind.tolerance)}){unit}"
    else:
        symbol = _SYMBOL[ind.comparator] if ind.explicit else ""
        text = f"{symbol} {_format_number(ind.value)}{unit}".strip()
    if ind.basis:
        text += f" ({ind.basis})"
    for condition in ind.conditions:
        text += f" at {condition.text}"
    return text
