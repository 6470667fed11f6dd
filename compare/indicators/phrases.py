"""The words of limits in Chinese and English: comparator phrases (不大于, shall not exceed, at least), the
basis a value is expressed on (以N计, as N, dry basis), test-condition wording (at 23 °C, 在…下), sentence
breaks, and the cleaning that turns the words before a value into a parameter name."""

from __future__ import annotations

from compare.core.vocabulary import Comparator
import bisect
import functools
import re

from compare.indicators.quick import caseless, starting_with, word_starts
from compare.terms.termbase import trie_pattern
from compare.indicators.en_forms31 import over_as_particle

_MAX_WORDS = ["不多于", "不得多于", "不应多于", "低于", "小于", "少于", "不大于", "不超过", "不得超过", "不得过", "不应超过", "不应大于", "不得大于", "不高于",
              "不得高于", "不应高于", "小于或等于", "小于等于", "最大残留限量", "最大限量", "最大", "最高", "限量", "上限", "至多", "最多", "≤", "<=", "<",
              "shall not exceed", "must not exceed", "should not exceed", "not exceeding", "not to exceed",
              "not more than", "no more than", "nor more than", "nor greater than", "nor higher than",
              "not longer than", "nor longer than", "not greater than", "not higher than", "less than or equal to",
              "no greater than", "no higher than", "no longer than",  # ('openings no greater than 25 mm')
              "at most", "up to and including", "up to", "maximum residue limit", "maximum level", "maximum",
              "max.", "max", "mrl", "upper limit", "limit", "limits", "limit value", "limit values", "guideline value", "guideline values",
              "maximum permissible", "maximum allowable", "within", "GUL", "upper level", "upper bounds", "permissible", "maximum limit", "maximum limits", "below", "限值", "最大允许",
              "less than", "fewer than", "lower than", "guidance value", "guidance values", "action level", "reference level",
              "permissible limit", "permissible limits", "AQG level", "guideline level", "guideline levels", "screening value", "筛选值",
              "管制值", "参考水平", "指导值", "允许限值", "最高允许", "不宜超过", "宜低于"]
_MIN_WORDS = ["不少于", "不得少于", "不应少于", "高于", "大于", "超过", "多于", "不小于", "不低于", "不得低于", "不得小于", "不应低于", "不应小于",
              "大于或等于", "大于等于", "至少", "最少", "最小", "最低", "下限", "≥", ">=", ">", "at least", "not less than", "nor less than", "not fewer than", "no fewer than", "nor fewer than", "nor lower than", "not shorter than",
              "no less than", "not lower than", "no lower than", "no shorter than", "greater than or equal to", "minimum",
              "min.", "min",
              "down to", "低至",  # (a reach downwards: 'ambient temperatures down to −25 °C', 'to quantify … down to 3 mg/kg')
              "lower limit", "lower bounds", "greater than", "more than", "exceed", "exceeds", "above", "over",
              # (an implementation minimum: 'values that are greater or equal in magnitude to those shown')
              "greater or equal", "equal or greater", "greater than or equal"]
_EQUAL_WORDS = ["应为", "为", "是", "=", "shall be", "is", "of", "equal to"]
_AFTER_MAX = ["及以下", "以下", "以内", "之内", "or less", "or fewer", "or below", "or lower", "at most", "max.", "max", "maximum"]
_AFTER_MIN = ["及以上", "以上", "or more", "or greater", "or above", "or higher", "at least", "min.", "minimum"]


def _phrase_pattern(words: dict[str, str]) -> re.Pattern:
    # English words stand as words, under one look-around (one test per position instead of one per word:
    # three times faster); 'upper limit deviation' (ISO 286) names a quantity, it is not an upper limit.
    # The words (lower case) are one trie each, so the longest word that fits wins, as in a longest-first
    # alternation, without trying every word in turn.
    ordered = sorted((w for w in words if w not in ("ml", "mls")), key=len, reverse=True)
    english = trie_pattern(w for w in ordered if w[0].isascii() and w[0].isalpha())
    other = trie_pattern(w for w in ordered if not (w[0].isascii() and w[0].isalpha()))
    # 'ML' (maximum level, Codex) only in capitals: 'mL' is a millilitre. A word after '/' is a unit's ('L/min',
    # 'r/min', 't/min'), never a bound. A word joined to an underscore is part of an identifier, the name of a
    # macro or symbolic constant of a programming language or interface ('INT_MAX', '_POSIX_ARG_MAX', 'SCHAR_MIN'),
    # never a bound: the limit such a name carries takes its kind from the words that lead the list.
    return starting_with(word_starts(ordered + ["ML"], re.I),
                         "(" + other + r"|(?<![A-Za-z/_])(?:" + english
                         + r")(?![A-Za-z_])(?!\s+deviation)|(?<![A-Za-z_])(?-i:MLs?)(?![A-Za-z_]))", re.I)


# Looked up in lower case ('GUL' is found as 'gul').
KIND = {**{w.lower(): Comparator.EQUAL for w in _EQUAL_WORDS}, **{w.lower(): Comparator.MAX for w in _MAX_WORDS},
        **{w.lower(): Comparator.MIN for w in _MIN_WORDS}, "ml": Comparator.MAX, "mls": Comparator.MAX}
BEFORE = _phrase_pattern(KIND)
AFTER = re.compile(r"\s*(?:\)|）)?\s*(?:\(?\s*[mV]\s*/\s*[mV]\s*\)?\s*)?(" + "|".join(re.escape(w) for w in sorted(_AFTER_MAX + _AFTER_MIN,
                                                                                       key=len, reverse=True))
                    + r")(?![A-Za-z])", re.I)
AFTER_KIND = {**{w: Comparator.MAX for w in _AFTER_MAX}, **{w: Comparator.MIN for w in _AFTER_MIN}}

# ------------------------------------------------------------------------------------- basis, conditions

BASIS_WORDS = [
    (re.compile(r"干基|以干基计|干重|dry\s+(?:basis|weight|matter)", re.I), "dry basis"),
    (re.compile(r"湿基|鲜重|以鲜重计|fresh\s+weight|wet\s+(?:basis|weight)", re.I), "fresh weight"),
    (re.compile(r"以固态产品计|以固体计|以粉状产品计|(?:on\s+)?a?\s*solid\s+basis|powder\s+basis", re.I), "solid basis"),
    (re.compile(r"以即食状态计|即食状态|as\s+consumed|ready[\s-]to[\s-](?:feed|eat|use)", re.I), "as consumed"),
    (re.compile(r"以脂肪计|fat\s+basis|on\s+a\s+fat\s+basis", re.I), "fat basis"),
    (re.compile(r"可食部分|可食部|edible\s+portion|edible\s+part", re.I), "edible portion"),
    (re.compile(r"整果|整个产品|whole\s+(?:commodity|product|fruit)", re.I), "whole commodity"),
    # the fraction of an airborne dust a limit is on ('总尘 3 mg/m³', '2 mg/m³ (inhalable fraction)'): sampled another
    # way, another requirement
    (re.compile(r"呼尘|呼吸性粉尘|respirable\s+(?:fraction|dust)", re.I), "respirable fraction"),
    (re.compile(r"总尘"), "total dust"),  # ('total dust' in English names a pollutant: '颗粒物', particulate matter)
    (re.compile(r"inhalable\s+(?:fraction|dust)", re.I), "inhalable fraction"),
]
# How a fraction is taken (the kind of a percentage): a basis of its own, beside the state ('dry basis'), and only
# of fractions ('µm' or '°C' in the same clause are never a mass fraction).
FRACTION_WORDS = [
    (re.compile(r"质量分数|\(\s*[mw]\s*/\s*[mw]\s*\)|mass\s+fraction|by\s+(?:mass|weight)", re.I), "mass fraction"),
    (re.compile(r"体积分数|\(\s*V\s*/\s*V\s*\)|volume\s+fraction|by\s+volume", re.I), "volume fraction"),
    (re.compile(r"摩尔分数|\(\s*mol\s*/\s*mol\s*\)|mole\s+fraction", re.I), "mole fraction"),
]
FRACTION_KINDS = frozenset(name for _, name in FRACTION_WORDS) | {"mass concentration"}
# ('按MnO2计' is written as '以MnO2计' is: the formula the amount is reckoned as)
_BASIS_AS = re.compile(r"[以按]\s*([A-Za-z][A-Za-z0-9+\-]*)\s*计|\b(?:expressed\s+)?as\s+([A-Z][A-Za-z0-9]*[+\-]?)")
CONDITION_BEFORE = starting_with("aAuUwWmMdDrRtT@在于", r"(?:\b(?:at|@|under|with|(?:measured|determined|read|taken)\s+after)\s+"
                              r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?"
                               r"|(?:在|(?<![等大小低高少多至关由对用基属位处])于)[^,;。<>≤≥]{0,12}?(?:为|是)?)\s*$", re.I)
CONDITION_AFTER = re.compile(r"\s*(?:的)?(?:条件)?(?:下|时|环境)")
CONDITION_LINK = re.compile(r"^\s*(?:,|、|和|及|以及|或|and|or|,\s*and)\s*(?:(?:an?|the)\s+)?[^,;。≤≥<>]{0,30}?"
                             r"(?:of|为|是)?\s*$", re.I)
SENTENCE_END = starting_with(r";。\n!?.", r"[;。\n!?]|(?<!max)(?<!min)(?<!approx)(?<!No)\.\s+(?=[A-Z\u4e00-\u9fff])")

# --------------------------------------------------------------------------------------- parameter names

_FILLER_EN = ("the|shall|be|is|are|must|should|value|level|its|limit|limits|requirement|requirements|specified|content|"
              "within|in the range|each|which|that|when|residue|residues|carried out|test is|tests are|including|inclusive")
_FILLER_ZH_FIRST = "应须必不的限含指要值为是且并范之规项以试进条"  # (the first character of each Chinese word below)
# (Speed: tried only where a match can start, `starting_with`: 'not' and the English words in either case, the
# article 'a', the first character of a Chinese word; tests/compare/indicators/test_reading_speed.py checks it.)
_FILLER = starting_with(
    word_starts(["not"] + _FILLER_EN.split("|"), re.I) + "a" + _FILLER_ZH_FIRST,
    # ('not' inside a hyphenated name is part of it: 'milk solids-not-fat' is no fat)
    r"(?i:(?<![A-Za-z-])not(?![A-Za-z-]))"
    rf"|(?i:(?<![A-Za-z])(?:{_FILLER_EN})(?![A-Za-z]))"
    # (a letter that names a class is no article: 'class a', 'a级')
    r"|(?<![A-Za-z\[(])(?<!class )(?<!Class )(?<!grade )(?<!Grade )an?(?![A-Za-z\])]|\s*[级类])"
    r"|应当|应该|应(?![力用变])|须|必须|不得|不应|不宜|不可|不能|的限量|的含量|限量|含量|指标|要求|值为|为|是|的|且|(?<![苯萘茚蒽菲芴])并(?![\[(（])|范围内|范围|之间|"
    r"规定|项目|以下|以上|试验应在|试验在|进行|条件下")
# Words that only frame a name ("for class I appliances, ...", "... and", '… 至' before a range's other end, '但' of
# '至少24 h，但不超过168 h', the second bound of one range, '而' of '大于435 mm而小于635 mm' before a bound word, the
# tilde of a band with a sign at each end, '＞3 min～≤1 h'): trimmed from its ends.
EDGE = re.compile(r"^(?:(?i:and|or|nor|but|at|with|under|of|for|in|to|on|by|as|range)\b|但是|但|而且|并且|[时和及与或在于~]|"
                  r"而(?=$|[不小大低高少多超])|其(?![他它余]))\s*"
                  r"|\s*(?:\b(?i:and|or|nor|but|at|with|under|of|for|in|to|on|by|as|range)|[时和及与或在于其至])$")
TRIM = " \t,;:.|()[]（）【】、\"'-/=·"


_EMPTY_BRACKETS = re.compile(r"\(\s*\)|（\s*）")
# The words of a choice between two values ('＋5 %（或20 W，取较大者）至－10 %', 'whichever is greater'): they name
# no quantity.
_CHOICE = re.compile(r"(?:两者)?取(?:其)?较[大小](?:者|值|的)?|(?i:whichever\s+is\s+(?:greater|higher|larger|less|lower|smaller))")
# A space the removed words left before a mark ('镉（以Cd计）限量：' -> '镉 :'): no part of the name.
_SPACE_BEFORE_MARK = re.compile(r"\s+(?=[,;:，；：、)）\]】])|(?<=[(（\[【])\s+")
_SPACES = re.compile(r"\s+")


# A footnote mark glued to a Chinese name ('脂肪b/(%)', '高组胺鱼类a ≤ 40', '稻谷a'): no part of the name.
_FOOTNOTE = re.compile(r"(?<=[\u4e00-\u9fff])[a-e](?=$|[\s/(（≤≥<>:：,，;；])")


@functools.lru_cache(maxsize=50_000)
def clean_parameter(text: str) -> str:
    """The quantity's name from the words before a value: comparator words and filler removed."""
    text = _CHOICE.sub(" ", text)
    # (a bound word that is part of the quantity's name stays in the name: '设备最高电压')
    text = BEFORE.sub(_unless_named if "设备最高" in text or "for equipment" in text else " ", text)
    text = _FOOTNOTE.sub("", text)
    text = _FILLER.sub(" ", text)
    text = _EMPTY_BRACKETS.sub(" ", text)
    if ")" in text or "）" in text:
        text = _unbalanced_closing(text)
    text = _SPACE_BEFORE_MARK.sub("", _SPACES.sub(" ", text)).strip(TRIM + " ")
    previous = None
    while previous != text:
        previous = text
        text = EDGE.sub("", text).strip(TRIM + " ")
    # Keep the tail: the name sits next to its value; a long lead-in is context, not the name.
    if len(text) > 120:
        tail = text[-120:]
        text = tail.split(" ", 1)[-1] if " " in tail else tail
    return _close_brackets(text.strip(TRIM + " "))


def _close_brackets(text: str) -> str:
    """A name whose last bracket the trimming took ('铬（六价）' -> '铬（六价'): the bracket closed again."""
    opened = []
    for ch in text:
        if ch in _CLOSING:
            opened.append(_CLOSING[ch])
        elif opened and ch == opened[-1]:
            opened.pop()
    return text + "".join(reversed(opened)) if opened and text[-1] not in _CLOSING else text


_CLOSING = {"(": ")", "（": "）", "[": "]", "【": "】"}


def _unbalanced_closing(text: str) -> str:
    """The text without closing brackets that close nothing ('hollowware ): lead' -> 'hollowware : lead')."""
    depth, out = 0, []
    for ch in text:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            if not depth:
                out.append(" ")
                continue
            depth -= 1
        out.append(ch)
    return "".join(out)


@functools.lru_cache(maxsize=50_000)  # asked again of the same words for each value and condition
def has_stated_limit(left: str) -> bool:
    words = bound_words(left)
    return bool(words) and words[-1][1] in (Comparator.MAX, Comparator.MIN)


@functools.lru_cache(maxsize=50_000)  # the words before a value are read for its kind, its list's bound and more
def bound_words(left: str) -> tuple[tuple[re.Match, str], ...]:
    """The comparator words of `left` in order (BEFORE), each with the kind of limit it states there (`kind_of`)."""
    return tuple((word, kind_of(word, left)) for word in BEFORE.finditer(left) if not unit_of_hidden_number(word, left))


# A number hidden from the value reader (an averaging period's: its digits written as superscripts), right before
# 'min': 'short-term (¹⁵ min)'. The word is that number's unit, no bound (a superscript glued to a letter or a
# decimal mark is a unit's power or a symbol's subscript: 'm² min', 'Rt⁰,⁵ min').
_HIDDEN_BEFORE = re.compile(r"(?:^|[^A-Za-z⁰¹²³⁴⁵⁶⁷⁸⁹.,])[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s?$")
_UNIT_WORDS = frozenset({"min"})  # ('min.' and 'max' are bounds: 'Rt⁰,⁵ min. 360')


def unit_of_hidden_number(word: re.Match, left: str) -> bool:
    """True when a comparator word is the unit of a hidden number before it ('(¹⁵ min)': minutes, no minimum)."""
    return word.group(1).lower() in _UNIT_WORDS and bool(_HIDDEN_BEFORE.search(left, max(0, word.start() - 8),
                                                                                word.start()))


# 不 and the modal it carries ('不宜大于' should not exceed, '不可高于', '不能低于', '不允许超过') turn the word after them.
_NEGATION = starting_with("nN不未", r"(?:\bnot|\bnever|n't)(?:\s+[A-Za-z]+){0,2}\s*$|(?:不(?:得|应|宜|可|能|准|允许|应当)?|未)\s*$",
                          re.I)
# 'shall not exceed the declared value by more than 3 dB', 'shall not deviate from the rated value by more than 5 %',
# 'shall not be lower than the rated value by more than 3': 'more than' there states the largest excess or shortfall
# allowed, a maximum, however far the negated verb or comparison stands before it.
_NOT_BY = starting_with("bB", r"\bby\s*$", re.I)
_NEGATED_CHANGE = re.compile(r"(?:\bnot|\bnever|n't)\s+(?:be\s+)?(?:(?:exceed|deviate|differ|vary|rise|fall|drop|change|"
                             r"increase|decrease|depart)[a-z]*\b|(?:lower|less|higher|greater|smaller|larger)\s+than\b)"
                             r"[^.;:]{0,120}$", re.I)
# A sentence whose subject is 'no …' / 'none of …' denies what its verb states: 'No part shall exceed 60 °C'.
_NO_SUBJECT = re.compile(r"(?:^\s*|[.;:!?。；：]\s*)(?:[Nn]o|[Nn]one\s+of)\s+[^.;:!?。；：]*?(?=\s*$)")
_FLIPS = {Comparator.MAX: Comparator.MIN, Comparator.MIN: Comparator.MAX}


def kind_of(word: re.Match, left: str) -> str:
    """The kind of limit a comparator word states, turned round by a negation before it
    ('shall not contain more than' is a maximum)."""
    kind = KIND.get(word.group(1).lower(), Comparator.EQUAL)
    if kind == Comparator.MAX and names_a_rated_highest(word, left):
        return Comparator.EQUAL
    if kind == Comparator.MIN and word.group(1).lower() == "over" and _OVER_A_PERIOD.search(left, max(0, word.start() - 20), word.end() + 24):
        return Comparator.EQUAL  # 'averaged over 10 min', 'over a period of 30 min to 50 min': the time taken, no bound
    if kind == Comparator.MIN and over_as_particle(word.group(1), left, word.end()):
        return Comparator.EQUAL  # 'putting the rudder over at 50 %': a verb's particle, no bound (en_forms31)
    if kind != Comparator.EQUAL and word.group(1).lower() in ("above", "below") \
            and _PLACE_AFTER.match(left, word.end()):
        return Comparator.EQUAL  # '10 m above ground', '2 m below the floor': where, not a bound
    if kind == Comparator.MIN and _NOT_BY.search(left, max(0, word.start() - 4), word.start()) \
            and _NEGATED_CHANGE.search(left, max(0, word.start() - 160), word.start()):
        return Comparator.MAX
    if kind == Comparator.MIN and not _SELF_NEGATED.match(word.group(1)):
        subject = _NO_SUBJECT.search(left, max(0, word.start() - 160), word.start())
        if subject and not BEFORE.search(left, subject.end(), word.start()):
            return Comparator.MAX  # 'No sample unit shall contain histamine that exceeds 20 mg': none above, a maximum
    if kind not in _FLIPS or _SELF_NEGATED.match(word.group(1)):
        return kind  # 'not more than', '不超过' carry their own negation: another before them does not turn them
    negation = _NEGATION.search(left, 0, word.start())
    if negation and not BEFORE.search(left, negation.start(), word.start()):
        # ('honeys not listed below not more than 20 %': the first 'not' is the word 'below''s, not this one's)
        return _FLIPS[kind]
    return kind


# The highest voltage for equipment (Um, IEC 60038; '设备最高电压' in GB/T 156) is a rated value the equipment is
# designed for, named with a bound word: the word names the quantity, it is no bound on the value given. English
# 'highest' is no bound word, so only 'maximum' needs it there ('maximum system voltage' of a PV module is a limit:
# left alone on both sides).
_EQUIPMENT_AFTER = re.compile(r"\s*电压|\s+voltage\s+for\s+(?:the\s+)?equipment\b", re.I)


def names_a_rated_highest(word: re.Match, left: str) -> bool:
    """'设备最高电压126 kV', 'maximum voltage for equipment 123 kV': the bound word is part of the name of the rated
    highest voltage for equipment (Um), so the value is that rating, not a maximum."""
    bound = word.group(1)
    if bound == "最高":
        return left.endswith("设备", 0, word.start()) and bool(_EQUIPMENT_AFTER.match(left, word.end()))
    return bound.lower() == "maximum" and bool(_EQUIPMENT_AFTER.match(left, word.end()))


def _unless_named(word: re.Match) -> str:
    return word.group(0) if names_a_rated_highest(word, word.string) else " "


_SELF_NEGATED = re.compile(r"(?:not|no|never)\b|不|未", re.I)
_PLACE_AFTER = re.compile(r"\s+(?:the\s+)?(?:ground|floor|sea\s+level|grade|water\s+level|ground\s+level|floor\s+level)\b", re.I)
# 'over' of the time a quantity is taken over, not 'more than': 'averaged over', 'integrated over', 'over a period of'.
_OVER_A_PERIOD = re.compile(r"(?:averaged|integrated|summed|mean|average)\s+over\b|\bover\s+(?:a|the)\s+(?:period|time|duration)\s+of\b",
                            re.I)


# ('as nitrate-nitrogen', 'as ammonia nitrogen': the nitrogen the ion holds, so 'as N')
_NITROGEN_OF = r"as\s+(?:nitrate|nitrite|ammonia|ammoniacal|ammonium)[\s-]+nitrogen"
_CHEMICAL_WORDS = [(re.compile(_NITROGEN_OF + r"|as\s+nitrogen", re.I), "as N"),
                   (re.compile(r"as\s+nitrate(?:\s+ion)?|以硝酸根计", re.I), "as NO3"),
                   (re.compile(r"as\s+(?:residual\s+)?(?:nitrite|NO2)(?:\s+ion)?|以亚硝酸根计", re.I), "as NO2"),
                   # the salt a nitrite or nitrate is reckoned as ('以亚硝酸钠计' = 'as NaNO2'): another basis than the ion
                   (re.compile(r"以亚硝酸钠计|as\s+sodium\s+nitrite", re.I), "as NaNO2"),
                   (re.compile(r"以硝酸钠计|as\s+sodium\s+nitrate", re.I), "as NaNO3")]

# The element an amount is reckoned as, named in words in brackets or after 'expressed as' / 'calculated as'
# ('manganese and its inorganic compounds (as manganese)', 'expressed as cadmium'): the element's symbol, as '(as Mn)'
# would give, so that it meets another side's formula ('按MnO2计': another basis). Only the bracket or the verb makes
# it a basis ('as lead-free', 'as chromium plating' are no bases).
ELEMENT_SYMBOLS = {"lead": "Pb", "cadmium": "Cd", "mercury": "Hg", "arsenic": "As", "chromium": "Cr", "nickel": "Ni",
                   "manganese": "Mn", "copper": "Cu", "zinc": "Zn", "tin": "Sn", "antimony": "Sb", "barium": "Ba",
                   "beryllium": "Be", "cobalt": "Co", "selenium": "Se", "thallium": "Tl", "vanadium": "V",
                   "aluminium": "Al", "aluminum": "Al", "iron": "Fe", "silver": "Ag", "boron": "B",
                   "fluorine": "F", "chlorine": "Cl", "phosphorus": "P", "sulfur": "S", "sulphur": "S"}
_ELEMENT_NAMES = "|".join(ELEMENT_SYMBOLS)
_ELEMENT_AS = re.compile(rf"[(（]\s*as\s+({_ELEMENT_NAMES})\s*[)）,;]"
                         rf"|(?:expressed|calculated|reckoned)\s+as\s+({_ELEMENT_NAMES})(?![\w-])", re.I)


def element_basis(text: str) -> str | None:
    """'as Mn' for '(as manganese)' or 'expressed as manganese', else None."""
    m = _ELEMENT_AS.search(text) if "as" in text else None
    return f"as {ELEMENT_SYMBOLS[(m.group(1) or m.group(2)).lower()]}" if m else None


# Speed, not meaning: every basis phrase above (and every one strip_basis removes) holds one of these, in lower
# case; text holding none has no basis, and the dozen patterns are not run on it. A new basis phrase must keep
# one of them (or add its own).
_BASIS_HINT = re.compile(r"以|按[^计]{1,12}计|as\s|干|湿|鲜|即食|可食|质量分数|体积分数|摩尔分数|整|尘|dry|fresh|wet|solid|powder|ready|fat|edible|mass|"
                         r"volume|whole|weight|mole|able\s+[fd]|\(\s*(?:[mvw]\s*/|mol)")


def _may_state_basis(text: str) -> bool:
    return _BASIS_HINT.search(caseless(text)) is not None


@functools.lru_cache(maxsize=50_000)  # the words before the values of a table or list come back row after row
def basis_in(text: str) -> str | None:
    """The basis stated in `text`: how the value is expressed ('as N') and on what state ('dry basis'),
    joined by '; ' when both are."""
    return read_basis(text) if _may_state_basis(text) else None


# Speed, not meaning: words one of which each basis pattern above must hold (in the lower case `caseless` gives, as
# the pattern's case-ignoring match folds its letters); a pattern is not run on text holding none of its words. A new
# basis pattern needs its own entry here.
_PATTERN_WORDS = {
    "as N": ("as",), "as NO3": ("as", "以硝酸根计"), "as NO2": ("as", "以亚硝酸根计"), "as NaNO2": ("as", "以亚硝酸钠计"),
    "as NaNO3": ("as", "以硝酸钠计"),
    "dry basis": ("干基", "干重", "dry"), "fresh weight": ("湿基", "鲜重", "fresh", "wet"),
    "solid basis": ("以固态产品计", "以固体计", "以粉状产品计", "solid", "powder"),
    "as consumed": ("即食状态", "consumed", "ready"), "fat basis": ("以脂肪计", "fat"), "edible portion": ("可食部", "edible"),
    "whole commodity": ("整果", "整个产品", "whole"), "respirable fraction": ("呼尘", "呼吸性粉尘", "respirable"),
    "total dust": ("总尘",), "inhalable fraction": ("inhalable",),
    "mass fraction": ("质量分数", "mass", "by"), "volume fraction": ("体积分数", "volume", "by"),
    "mole fraction": ("摩尔分数", "mole"),
}
# (the bracketed fractions, '(m/m)', '(V/V)', '(mol/mol)', are looked for once for the three)
_BRACKETED_FRACTION = re.compile(r"\(\s*(?:[mwv]|mol)\s*/")


def _words_of(words: list) -> re.Pattern:
    """One search for the words of a list of basis patterns: a list whose words are all missing is not run."""
    return re.compile("|".join(re.escape(word) for _, name in words for word in _PATTERN_WORDS[name]))


_CHEMICAL_HINT, _STATE_HINT, _FRACTION_HINT = (_words_of(words) for words in (_CHEMICAL_WORDS, BASIS_WORDS, FRACTION_WORDS))


def _may_hold(low: str, name: str) -> bool:
    return any(word in low for word in _PATTERN_WORDS[name])


def read_basis(text: str) -> str | None:
    """`basis_in` without the quick test for text that states none (the same answer, slower)."""
    parts = []
    m = _BASIS_AS.search(text)
    chemical = "as " + re.sub(r"[+\-]+$", "", m.group(1) or m.group(2)) if m else None
    low = caseless(text)
    if not chemical and _CHEMICAL_HINT.search(low):
        for pattern, name in _CHEMICAL_WORDS:
            if not chemical and _may_hold(low, name) and pattern.search(text):
                chemical = name
    chemical = chemical or element_basis(text)
    if chemical:
        parts.append(chemical)
    bracketed = "/" in low and _BRACKETED_FRACTION.search(low) is not None
    for words, hint, run_all in ((BASIS_WORDS, _STATE_HINT, False), (FRACTION_WORDS, _FRACTION_HINT, bracketed)):
        if not run_all and not hint.search(low):
            continue
        for pattern, name in words:
            if (run_all or _may_hold(low, name)) and pattern.search(text):
                parts.append(name)
                break
    return "; ".join(parts) or None


def states_named(text: str) -> list[tuple[int, str]]:
    """(where, state) of each state basis `text` names ('总尘 … 1；… 0.7。呼尘 … 0.7' -> total dust at 0, respirable
    fraction further on), in text order: a state named before a value holds for it until another is named."""
    if not _may_state_basis(text):
        return []
    return sorted((m.start(), name) for pattern, name in BASIS_WORDS for m in pattern.finditer(text))


def state_before(states: list[tuple[int, str]], at: int) -> str | None:
    """The state of `states_named` named last before `at`, or None."""
    k = bisect.bisect_left(states, (at, ""))
    return states[k - 1][1] if k else None


# A limit set for a group of substances together, said in brackets after its value as JMPR and JECFA write it
# ('ADI 0–1 mg/kg bw (group ADI for glyphosate, AMPA and their salts)', '(group TDI with its metabolites)'): its
# residue definition is the group's, not one substance's. A basis of its own kind, set on that value alone.
GROUP_LIMIT = re.compile(r"\s*[(（]\s*(?i:group)\s+(?:ADI|TDI|ARfD|PTWI|PTMI|PMTDI|TWI|MRL|ML)(?![A-Za-z])[^()（）;；。]{0,100}[)）]")
GROUP_BASIS = "group limit"


# The side a deviation allowed on one side only is allowed on ('+4 %', '−3 %'): a basis of its own kind, 'side'.
DEVIATION_SIDES = frozenset({"+", "−"})


def basis_parts(basis: str | None) -> dict[str, str]:
    """{'chemical': 'as N', 'state': 'dry basis', 'fraction': 'mass fraction', 'level': 'level Lden'} from a basis
    string."""
    out: dict[str, str] = {}
    for part in (basis or "").split("; "):
        if part:
            out["chemical" if part.startswith("as ") and part != "as consumed" else
                "fraction" if part in FRACTION_KINDS else "reference" if part.startswith("ref. ") else
                "group" if part == GROUP_BASIS else
                "level" if part.startswith("level ") else "side" if part in DEVIATION_SIDES else "state"] = part
    return out


def join_basis(*bases: str | None) -> str | None:
    if not any(bases):
        return None  # (most values state none: the quick answer)
    merged: dict[str, str] = {}
    for basis in bases:
        for kind, part in basis_parts(basis).items():
            merged.setdefault(kind, part)
    return "; ".join(merged[k] for k in ("chemical", "state", "fraction", "reference", "level", "group", "side")
                     if k in merged) or None


TRAILING_BASIS = re.compile(r"\s*[,，]?\s*(?:\(|（)?\s*(以\s*[A-Za-z][A-Za-z0-9+\-]*\s*计|以(?:亚)?硝酸(?:钠|根)计"
                            # a note of a Codex table stating the basis ('(Note 30: residual level; Note 32: as nitrite ion)'; the note's
                            # reference 'Note 30' is blanked by then)
                            r"|(?i:(?:(?:notes?\s*\d*)?\s*:\s*[^();:]{0,40}?;\s*)?(?:notes?\s*\d*)?\s*:\s*as\s+(?:residual\s+)?"
                            r"(?:nitrite|nitrate|NO2|NO3)(?:\s*-)?(?:\s+ion)?)"
                            r"|(?i:as\s+(?:nitrate|nitrite|ammonia|ammoniacal|ammonium)[\s-]+nitrogen"
                            r"|as\s+(?:nitrate|nitrite)(?:\s+ion)?|as\s+nitrogen)"
                            r"|(?:expressed\s+)?as\s+[A-Z][A-Za-z0-9]*[+\-]?|以固态产品计|以粉状产品计|以固体计|以即食状态计|以干基计|以鲜重计|以脂肪计|"
                            r"(?:on\s+)?a?\s*(?:dry|solid|fat)\s+(?:basis|weight|matter)|as\s+consumed|"
                            r"ready[\s-]to[\s-](?:feed|eat|use)|可食部分|(?i:edible\s+portion|whole\s+commodity)|"
                            r"(?i:(?:respirable|inhalable)\s+(?:fraction|dust))|"
                            r"\(\s*[mV]\s*/\s*[mV]\s*\)|(?i:by\s+(?:mass|volume)))\s*(?:\)|）)?")


_CHEMICAL_BASIS = re.compile(r"[(（]?\s*以[^,;。()（）]{1,12}?计\s*[)）]?")
_CHEMICAL_BASIS_EN = re.compile(r"[(（]\s*(?:expressed\s+)?as\s+[A-Z][A-Za-z0-9+\-]*\s*[)）]")


def strip_basis(text: str) -> str:
    return remove_basis(text) if _may_state_basis(text) else text


def remove_basis(text: str) -> str:
    """`strip_basis` without the quick test for text that states no basis (the same answer, slower)."""
    text = _CHEMICAL_BASIS.sub(" ", text)
    text = _CHEMICAL_BASIS_EN.sub(" ", text)
    for pattern, _ in BASIS_WORDS + FRACTION_WORDS:
        text = pattern.sub(" ", text)
    return text
