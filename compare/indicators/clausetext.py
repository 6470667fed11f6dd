"""Clause text made ready for reading indicators: folded to plain forms with a map back to the original
offsets, Chinese numerals turned into digits, and the numbers that are not values (clause references,
standard numbers, dates, table numbers) found so they can be blanked."""

from __future__ import annotations

import re
import unicodedata
from itertools import chain, repeat

from compare.indicators.constructions import COUNTED_EN, COUNTED_NOUNS
from compare.indicators.quick import caseless, starting_with, word_starts
from compare.indicators.once_per_period import once_per_period
from compare.indicators.distinct_periods import distinct_periods
from compare.indicators.one_of_them import one_of_them
from compare.indicators.parts_of_a_whole import parts_of_a_whole
from compare.indicators.unit_words import mixed_multiples
from compare.terms.termbase import trie_pattern

_CN_DIGITS = "零〇一二两三四五六七八九十百千万点"
# ('周期' is a cycle, no week: '每一周期开始时' counts no weeks.)
_CN_UNIT_AFTER = ("摄氏度|毫克|微克|纳克|千克|公斤|克|毫升|升|毫米|厘米|微米|米|伏|安|瓦|千瓦|赫兹|兆帕|千帕|帕|"
                  "牛|小时|分钟|秒|天|次|个|倍|周(?!期)|年|月|日|分贝|度|星期")
# An ordinal in words: '第一年' is the first year, '第二个月' the second month, a position in a sequence as 'the first
# year of exposure' is in English, no amount of time. (An ordinal in digits, '培养至第5天', is left to the value
# reader: a test method writes its time points so; '第二次' becomes '第2次', which the reader knows for an ordinal.)
_ORDINAL_IN_WORDS = rf"(?:(?<!第)(?<!第 )|(?=[{_CN_DIGITS}]+次))"
# Counters of things ('两根', '三对', '四块'): a count, read only after a word of limit ('最少应有两根', '不少于三对', '至少
# 四块'; '两根钢丝绳的' elsewhere names things, no count to check).
_CN_COUNTERS = "根对块片层只件组台条名人种项套道处张粒支"
# ... and after the verb of a step that takes or parts the things it counts ('剪取四块试样', '分别加入三块平板', '分三层装入',
# '共进行六次击穿'): `constructions.counted_thing`.
_CN_STEP_TAKES = ("取", "分", "加入", "放入", "装入", "共", "进行", "重复")
# Portions only after a verb that takes or parts them ('取三份平行试样', '分成两份'; fixcount37): a proportion's parts
# ('应为一份水泥、三份标准砂') are no count.
_CN_STEP_PORTIONS = "|".join(f"(?<={w})" for w in ("取", "分", "分成", "分为"))
_CN_COUNT_AFTER = "|".join(f"(?<={w})" for w in ("少于", "多于", "超过", "至少", "最少", "最多", "至多", "应有", "须有", "应为",
                                                 "不低于", *_CN_STEP_TAKES))
_CN_NUMERAL = starting_with(_CN_DIGITS, rf"百分之([{_CN_DIGITS}]+)|千分之([{_CN_DIGITS}]+)|"
                         rf"{_ORDINAL_IN_WORDS}(?<![{_CN_DIGITS}])([{_CN_DIGITS}]+)"
                         rf"(?=\s*(?:(?:至|到|~|-|或)[{_CN_DIGITS}]+)?\s*(?:{_CN_UNIT_AFTER}))|"
                         rf"(?:{_CN_COUNT_AFTER})([{_CN_DIGITS}]+)(?=[{_CN_COUNTERS}])|"
                         rf"(?:{_CN_STEP_PORTIONS})([{_CN_DIGITS}]+)(?=份)|"
                         # a count of two or more after the things it counts, ending its clause ('称取试样三份，'; not '零件，')
                         rf"(?<=[\u4e00-\u9fff])([两二三四五六七八九十][{_CN_DIGITS}]*)(?=[{_CN_COUNTERS}份袋瓶]\s*[，,。；;])")
_SPECIAL = {"～": "~", "〜": "~", "∼": "~", "—": "-", "–": "-", "−": "-", "－": "-", "﹣": "-", "≦": "≤",
            "≧": "≥", "＜": "<", "＞": ">", "⩽": "≤", "⩾": "≥", "，": ", ", "；": ";", "：": ":", "∶": ":", "。": "。",
            "、": "、", "×": "×", "·": "·", "±": "±", "\t": " | ",
            # A vulgar fraction is its decimal ('½ cycle', '持续½周期'), where NFKC gives '1⁄2' and the reader took the 2;
            # spaced off, so that '1½' reads no 10.5.
            "½": " 0.5", "¼": " 0.25", "¾": " 0.75"}


# (A full-width comma separates the items of a Chinese list: it folds to ', ', so '91.2，4极' is never read as one
# number with a decimal or thousands comma.)
_SUPERSCRIPTS = set("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺")


def fold(text: str) -> tuple[str, list[int]]:
    """NFKC-fold text character by character, keeping for each output character its original offset.
    A superscript power after 10 is marked with '^' ('10¹²' -> '10^12', where NFKC alone gives '1012')."""
    if text.isascii() and "\t" not in text:
        return text, list(range(len(text)))
    if not _SUPERSCRIPTS.isdisjoint(text):
        return fold_each(text)
    # Each character on its own (what fold_each does, without a Python step per character).
    pieces = list(map(_FOLDED.__getitem__, text))
    out = "".join(pieces)
    if len(out) == len(text) and "" not in pieces:
        return out, list(range(len(text)))
    return out, list(chain.from_iterable(map(repeat, range(len(text)), map(len, pieces))))


def fold_each(text: str) -> tuple[str, list[int]]:
    """`fold`, one character after the other."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii() and ch != "\t":
            out.append(ch)
            where.append(i)
            continue
        if ch in _SUPERSCRIPTS and i and text[i - 1] not in _SUPERSCRIPTS and text[max(0, i - 2):i] == "10":
            out.append("^")
            where.append(i)
        folded = _fold_char(ch)
        out.append(folded)
        where.extend([i] * len(folded))
    return "".join(out), where


def _fold_char(ch: str) -> str:
    folded = _SPECIAL.get(ch)
    if folded is None:
        folded = "".join(_SPECIAL.get(c, c) for c in unicodedata.normalize("NFKC", ch))
    return folded


class _Folded(dict):
    """Each character as `fold` writes it: ASCII as it is (the tab as a column break), any other NFKC-folded,
    remembered once seen."""

    def __missing__(self, ch: str) -> str:
        if len(self) > 200_000:  # text in every script there is: start again rather than grow without end
            self.clear()
            self.update(_ASCII)
        folded = self[ch] = _fold_char(ch)
        return folded


_ASCII = {chr(i): chr(i) for i in range(128)}
_ASCII["\t"] = _SPECIAL["\t"]
_FOLDED = _Folded(_ASCII)


_EN_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
            "seventeen eighteen nineteen").split()
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# The cardinals one to ninety-nine written as words ('sixteen', 'forty-eight'), and 'hundred'.
_EN_NUMBERS = {w: n for n, w in enumerate(_EN_ONES)} | _EN_TENS | {"hundred": 100} | {
    f"{tens}-{one}": n + k for tens, n in _EN_TENS.items() for k, one in enumerate(_EN_ONES[1:10], 1)}
_WORD = "(" + trie_pattern(_EN_NUMBERS) + r")(?![A-Za-z-])"  # (lower case: the pattern ignores case)
# The places where a number in words is a quantity: before a unit of time or a count of times ('three months', 'six
# cycles'), with the first end of a range of them ('between three and ten times', 'two to four weeks'); after a word
# of a lower bound, as the count of the things named after it ('at least six transverse rows', 'not less than three
# exposure temperatures', 'not fewer than five target positions'; not 'not more than nine seats', which describes a
# vehicle, nor 'at least one of'); at the end of a sentence that states it ('The number of cuts … shall be six.'), and
# after a bound of either side that ends the sentence ('… shall be not less than two.', '… shall not exceed five.').
# (Speed: `starting_with` tries the pattern only at the first letters of the number words.)
# The number of tests, specimens or readings an average is taken over ('the mean value of three tests', 'the average
# of five determinations'): part of the name of the mean, whose value is the limit, no count the clause requires.
_NOT_AVERAGED = "".join(f"(?<!{w} of )" for w in ("mean", "average", "mean value", "average value", "arithmetic mean"))
_EN_NUMERAL = starting_with(word_starts(_EN_NUMBERS, re.I), r"(?<![A-Za-z-])" + _WORD +
                         r"(?=\s+(?:(?:and|to|or)\s+" + _WORD + r"\s+)?(?:months?|years?|days?|weeks?|hours?|minutes?|seconds?|"
                         # (one word may say which cycles: 'carry out four such cycles', 'three further cycles')
                         r"times|(?:(?:such|further|complete|full)\s+)?cycles"
                         # the operations a switching device is rated for, counted as '2 operations' is ('making
                         # capability of two operations', 'five close-open operations'; fixwords34)
                         r"|(?:[a-z-]+\s+)?operations)\b)"
                         r"|(?:(?<=at least )|(?<=minimum of )|(?<=not less than )|(?<=no less than )|(?<=not fewer than )"
                         r"|(?<=no fewer than ))" + _WORD + r"(?=\s+(?!of\b)[a-z])"
                         # the upper end of a count bounded on both sides, the things counted named after it ('not
                         # less than four and not more than twelve characters', 'at least two and at most six')
                         r"|(?:(?<=and not more than )|(?<=and no more than )|(?<=and at most )|(?<=and not fewer than )"
                         r"|(?<=and not exceeding ))" + _WORD + r"(?=\s+(?!of\b)[a-z])"
                         r"|(?:(?<=shall be )|(?<=must be )|(?<=should be ))" + _WORD + r"(?=\s*(?:[.;]|$))"
                         # a bound that ends the sentence, on a count its subject names ('The number of … shall be not
                         # less than two.', '… shall not exceed five.')
                         r"|(?:(?<=at least )|(?<=not less than )|(?<=no less than )|(?<=not fewer than )"
                         r"|(?<=no fewer than )|(?<=not more than )|(?<=no more than )|(?<=not exceed ))" + _WORD
                         + r"(?=\s*(?:[.;]|$))"
                         # before the things a step counts ('Cut four specimens', 'in three layers', 'five hammers')
                         # (not the tests an average is taken over: 'minimum mean value of three tests' names the mean)
                         r"|" + _NOT_AVERAGED + _WORD + r"(?=" + COUNTED_EN.pattern + ")"
                         # before a run of things in a row, or the run they are counted out of ('nine points in a row',
                         # 'five consecutive lots', 'two out of three points'; constructions.thing_in_a_row)
                         r"|(?P<run>" + _WORD.replace("(", "(?:", 1) + r")(?=\s+(?:(?:consecutive|successive)\s+(?!(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b)[a-z]"
                         r"|[a-z]+\s+in\s+a\s+row\b|(?P<out>out\s+of)\s))"
                         # the first of two counts that share the things counted, each with its own word ('three
                         # treated and six untreated test specimens': three treated test specimens; fixrest33)
                         r"|" + _NOT_AVERAGED + r"(?P<shared>" + _WORD.replace("(", "(?:", 1) + r")(?=\s+[a-z][a-z-]*\s+(?:and|or)\s+"
                         + _WORD.replace("(", "(?:", 1) + COUNTED_EN.pattern + ")"
                         # the count a running total reaches, ending its clause ('If the cumulative number of lots not
                         # accepted … reaches five, …'), as 'reaches 5,' is read (fixcount38; last, so that the groups
                         # numbered before keep their numbers)
                         r"|(?<=reaches )(?P<reached>" + _WORD.replace("(", "(?:", 1) + r")(?=\s*(?:[,.;]|$))", re.I)
# A count in words right before the plural noun of the things it counts, one word between at most ('three shocks in
# the positive direction', 'the tag (four characters)', 'a sequence of twelve Pst values', 'five consecutive lots'):
# digits, as '各冲击3次', '3 个字符', '连续 12 个' write it. Not after a word that points back to things named before
# ('the three axes', 'these two methods', 'both'), nor the things a value is for or a bound describes ('10 for two
# ropes', 'not more than nine seats'), nor the tests a mean is taken over (`_NOT_AVERAGED`); not a noun ending in 'ss'
# ('three class' is no plural). See `plural_counts_to_digits`.
_POINTS_BACK = "".join(f"(?<!{w} )" for w in ("the", "these", "those", "its", "their", "all", "both", "any", "each",
                                               "for", "than"))
# (Speed: tried only at the start of a word whose first letter starts a number word.)
_PLURAL_COUNT = starting_with("", r"(?<![\w-])" + _POINTS_BACK + _NOT_AVERAGED + _WORD +
                              r"(?=\s+(?:[A-Za-z][A-Za-z-]*\s+)?[a-z]*[a-rt-z]s(?![A-Za-z]))", re.I,
                              at_word_start=word_starts(_EN_NUMBERS, re.I))
_NOT_A_COUNT = frozenset({"one", "zero"})  # ('at least one', 'a minimum of one': no count worth a limit)
# (Speed: text without one of these words has no number in words to read.)
_EN_NUMERAL_UNITS = ("month", "year", "day", "week", "hour", "minute", "second", "times", "cycles", "least",
                     "minimum of", "less than", "fewer than", "more than", "exceed", "shall be", "must be", "should be", "consecutive",
                     "successive", "in a row", "out of", "operations", "reaches", *COUNTED_NOUNS)
# (One search, not one per word; shaped as a trie, so that the engine follows the letters of the text instead of trying
# every word in turn at each letter.)
_EN_NUMERAL_HINT = re.compile(trie_pattern(_EN_NUMERAL_UNITS))
# (Speed: a number in words is one of these words, in any case; text in lower case (`caseless`) without one inside any
# word has none. Most clauses with a unit of time or a word of bound write no number word: the numeral pattern, tried
# at every letter that can start one, is not run on them.)
# (speed40: and every branch of the numeral pattern ends its number word where no letter or hyphen follows, `_WORD`'s
# look-ahead, so the test asks that too: 'conditioned', 'honey', 'phones', 'ninefold' hold a number word inside a
# word, and the pattern, some 50-150 µs a search, is no longer run on them. `caseless` text has a letter of [a-z] where
# the case-ignoring [A-Za-z] of the pattern takes one, character for character: 'ſ', 'ı', 'İ' and the Kelvin sign.)
_EN_NUMBER_WORD = re.compile(trie_pattern(_EN_NUMBERS) + r"(?![a-z-])")


def may_write_numeral(low: str) -> bool:
    """False when `low` (a text in lower case, `caseless`) has no number in words that `_EN_NUMERAL` would read: none of
    the words it reads before or after, or no number word at all."""
    # (the number words first: fewer clauses hold one, and the search is the cheaper)
    return _EN_NUMBER_WORD.search(low) is not None and _EN_NUMERAL_HINT.search(low) is not None


_HAN = re.compile("[\u4e00-\u9fff]")


# 'twice the rated voltage', 'thrice as long': a multiple written as one word. After a word of bound, 'once' and
# 'twice' count times ('stirring at least once', 'not more than twice per hour'), as '至少搅拌一次' does (`once`): one
# time, two times.
_BOUND_BEFORE_TIMES = "|".join(f"(?<={w} )" for w in (
    "at least", "at most", "not more than", "no more than", "not less than", "no less than", "a minimum of",
    "a maximum of"))
_TIMES_WORD = re.compile(r"(?<![A-Za-z])(twice|thrice)(?=\s+(?:the|as|that|its|their)\b)"
                         rf"|(?:{_BOUND_BEFORE_TIMES})(once|twice|thrice)(?![A-Za-z])", re.I)
_TIMES_DIGITS = {"once": "1 times", "twice": "2 times", "thrice": "3 times"}


def _times_words(text: str, where: list[int]) -> tuple[str, list[int]]:
    """'twice the X' -> '2 times the X', offsets kept (each new character maps to the word's first)."""
    pieces: list[str] = []
    new_where: list[int] = []
    last = 0
    for match in _TIMES_WORD.finditer(text):
        digits = _TIMES_DIGITS[(match.group(1) or match.group(2)).lower()]
        pieces.append(text[last:match.start()])
        new_where.extend(where[last:match.start()])
        pieces.append(digits)
        # ('times' maps back onto the whole word, so the unit as written is 'twice', never a letter of it)
        new_where.extend([where[match.start()]] * (len(digits) - 1) + [where[match.end() - 1]])
        last = match.end()
    pieces.append(text[last:])
    new_where.extend(where[last:])
    return "".join(pieces), new_where


def words_to_digits(text: str, where: list[int]) -> tuple[str, list[int]]:
    """English number words before a unit of time or a count ('three months', 'one year') become digits, and a
    multiple in one word ('twice the', 'thrice as') a number of times."""
    if "ice" in text or "once" in text:
        text, where = _times_words(text, where)
    low = caseless(text)
    if not may_write_numeral(low) or not _EN_NUMERAL.search(text):
        return text, where
    replacements = []
    for match in _EN_NUMERAL.finditer(text):
        word = (match.group(1) or match.group(3) or match.group(4) or match.group(5) or match.group(6)
                or match.group(7) or match.group("run") or match.group("shared") or match.group("reached")).lower()  # (2: the other end of a range)
        if match.group(1) is None and word in _NOT_A_COUNT:
            continue
        if match.group("run") and _EN_NUMBERS[word] < 3 and not match.group("out"):
            continue  # ('two successive weighings': the pair a difference is taken between, no run counted)
        replacements.append((match.start(), match.end(), str(_EN_NUMBERS[word])))
    text, where = substitute(text, where, replacements)
    if "cycles" in text:
        text, where = substitute(text, where, [(m.start(), m.end(), "") for m in _WORD_BEFORE_CYCLES.finditer(text)])
    return text, where


# A word that says which cycles, between their count and 'cycles' ('carry out 4 such cycles', 'three further cycles'):
# left out, so that the count reads as '4 cycles' does.
_WORD_BEFORE_CYCLES = re.compile(r"(?<=\d)\s+(?:such|further|complete|full)(?=\s+cycles\b)", re.I)


def plural_counts_to_digits(text: str, where: list[int]) -> tuple[str, list[int]]:
    """A count in words before the plural noun of the things it counts (`_PLURAL_COUNT`: 'three shocks', '(four
    characters)') as digits, with offsets kept: a number the clause writes, which the other clause's one-sided reading
    may be the partner of. Not given to the value reader: a count of things is read only where a step or a limit says
    so ('Cut four specimens', 'at least six rows'); 'with two ropes', 'two dots —' name things."""
    replacements = [(m.start(), m.end(), str(_EN_NUMBERS[m.group(1).lower()])) for m in _plural_counts(text)]
    return substitute(text, where, replacements)


def _plural_counts(text: str) -> list[re.Match]:
    """The counts in words before a plural noun that `text` writes (`_PLURAL_COUNT`), 'one', 'zero' and 'hundred'
    left out."""
    return [m for m in _PLURAL_COUNT.finditer(text)
            if m.group(1).lower() not in _NOT_A_COUNT and m.group(1).lower() != "hundred"]


def plural_count_spans(text: str) -> set[tuple[int, int]]:
    """Where `text` writes a count in words before the plural noun of the things it counts (`_PLURAL_COUNT`, the
    words `plural_counts_to_digits` makes digits): the (start, end) of each number word."""
    return {(m.start(1), m.end(1)) for m in _plural_counts(text)}


def substitute(text: str, where: list[int], replacements: list[tuple[int, int, str]]) -> tuple[str, list[int]]:
    """`text` with each (start, end) span replaced by its new characters, in order and apart, with the offsets kept
    (each new character maps to the span's first)."""
    if not replacements:
        return text, where
    pieces: list[str] = []
    new_where: list[int] = []
    last = 0
    for start, end, new in replacements:
        pieces.append(text[last:start])
        new_where.extend(where[last:start])
        pieces.append(new)
        new_where.extend([where[start]] * len(new))
        last = end
    pieces.append(text[last:])
    new_where.extend(where[last:])
    return "".join(pieces), new_where


# Half of a unit of time in words: 'half an hour', 'one and a half hours', '3 and a half days', '半小时', '一个半小时' (its
# numeral already in digits, '1个半小时'), '一年半'. A period per half a unit ('每半小时', 'every half hour') is a frequency,
# left in words.
_TIME_WORDS = r"(hours?|minutes?|days?|weeks?|months?|years?|seconds?)"
_HALF_EN = re.compile(rf"(?<![A-Za-z])(?<!every )(?:half\s+an?\s+{_TIME_WORDS}"
                      rf"|(\d+|{'|'.join(_EN_ONES[1:13])})\s+and\s+a\s+half\s+{_TIME_WORDS})(?![A-Za-z])", re.I)
_CN_TIME = r"(小时|分钟|天|年|周|秒)"
_HALF_ZH = re.compile(rf"(?<![每\d])半(?:个)?(小时|分钟|天|年|周|秒|(?<=个)月)|(\d+)\s*个半(小时|月)|(\d+)\s*{_CN_TIME}半(?![\u4e00-\u9fff])")


def halves_to_digits(text: str, where: list[int]) -> tuple[str, list[int]]:
    """Half a unit of time in words as a number ('half an hour' -> '0.5 hour', '一个半小时' after its numeral -> '1.5小时',
    '一年半' -> '1.5年'), offsets kept: a period written in words, as a number of whole units is (`numerals_to_digits`).
    Only the words of the number are replaced: the unit keeps its own offsets, so that it reads as written."""
    replacements = []
    if "alf" in text:
        for m in _HALF_EN.finditer(text):
            unit = 1 if m.group(1) else 3
            if m.group(1):
                number = "0.5 "
            else:
                number = f"{m.group(2) if m.group(2).isdigit() else _EN_NUMBERS[m.group(2).lower()]}.5 "
            replacements.append((m.start(), m.start(unit), number))
    if "半" in text:
        for m in _HALF_ZH.finditer(text):
            if m.group(1):
                replacements.append((m.start(), m.start(1), "0.5"))  # '半小时', '半个月'
            elif m.group(2):
                replacements.append((m.start(), m.start(3), f"{m.group(2)}.5"))  # '1个半小时'
            else:
                replacements += [(m.start(4), m.end(4), f"{m.group(4)}.5"), (m.end() - 1, m.end(), "")]  # '1年半'
    return substitute(text, where, sorted(replacements))


def numerals_to_digits(text: str, where: list[int]) -> tuple[str, list[int]]:
    """Numerals in words before a unit become digits, with offsets kept: Chinese ('三十分钟', '百分之五',
    '六个月') and English ('three months'); then halves of a unit of time (`halves_to_digits`)."""
    # ('one and one-half times' -> '1.5 times': unit_words)
    text, where = substitute(text, where, mixed_multiples(text, _EN_NUMBERS))
    text, where = substitute(text, where, once_per_period(text))  # ('每年检定一次' -> '每1年检定一次')
    text, where = substitute(text, where, distinct_periods(text))  # ('on 2 different days' -> 'on 2 days')
    text, where = words_to_digits(*repeats_to_digits(*fractions_to_digits(text, where)))
    if not _HAN.search(text):
        return halves_to_digits(text, where) if "alf" in text else (text, where)
    replacements = []
    for match in _CN_NUMERAL.finditer(text):
        numeral = match.group(match.lastindex)
        if _PRIMARY_OR_SECONDARY.match(text, match.start(3)) if match.group(3) else False:
            continue
        if match.group(3) and (once(text, match.start(3)) or one_of_them(text, match.start(3))):
            continue
        try:
            import cn2an

            number = cn2an.cn2an(numeral, "smart")
        except Exception:  # noqa: BLE001 - not a numeral after all ('一般'): leave the text as it is
            continue
        digits = format_number(float(number))
        if match.group(1):
            digits += "%"
        elif match.group(2):
            digits += "‰"
        if match.start() and text[match.start() - 1].isascii() and text[match.start() - 1].isalpha():
            digits = " " + digits  # ('70 MPa两个等级': a count after a unit, never a power of it, 'MPa2')
        replacements.append((match.start(), match.end(), digits))
    text, where = substitute(text, where, replacements)
    return halves_to_digits(text, where) if "半" in text or "alf" in text else (text, where)


# A count of one time with no bound before it ('往返滚压一次', '每隔10 min用力振摇一次', '重复一次'): 'once', as 'one' is
# in English (`_NOT_A_COUNT`), no count to compare; after a bound it is one ('每秒不超过一次'), and after 每 and a period
# or a unit with no number between, a frequency ('每班检查一次': once a shift). After 每 and a quantity ('每隔10 min',
# '每降低3 ℃') the quantity is the requirement, '一次' says once each time.
_ONCE = re.compile(r"一次(?![\u4e00-\u9fff\d])")
_BOUND_BEFORE_ONCE = re.compile(r"(?:不超过|不多于|不大于|超过|多于|最多|至多|不少于|至少|最少|少于)[\u4e00-\u9fff]{0,4}$")
_PER_BEFORE_ONCE = re.compile(r"每[^\d，,；;。]{0,8}$")


# '一次' after a word that picks one occasion out of several ('最后一次称量', '前一次测定', '下一次检定', '每一次'): the
# last, previous, next or every weighing, no count of times, as 'the last mass' counts nothing (fixcount37).
_WHICH_OCCASION = re.compile(r"(?:最后|最近|前|后|上|下|首|同|这|那|每)$")


def once(text: str, at: int) -> bool:
    """Whether the numeral at `at` is '一次' written as 'once' (see _ONCE) or as which occasion ('最后一次',
    _WHICH_OCCASION): left in words, never read as a count."""
    if text.startswith("一次", at) and _WHICH_OCCASION.search(text, max(0, at - 2), at):
        return True
    if not _ONCE.match(text, at):
        return False
    before = text[max(0, at - 10):at]
    return not _BOUND_BEFORE_ONCE.search(before) and not _PER_BEFORE_ONCE.search(before)


# '一次电流', '二次负荷', '一次冷却介质', '一次抽样方案': primary, secondary, single; a word, no count of times ('重复一次',
# '两次称量', '第二次' stay numbers).
_PRIMARY_OR_SECONDARY = re.compile(r"(?<!第)[一二]次(?=电流|电压|负荷|负载|绕组|侧|回路|线圈|冷却|抽样|能源|包装|污染|设备|系统|仪表|元件|"
                                   r"端子|接线|电路|额定)")


def format_number(x: float) -> str:
    return str(int(x)) if x.is_integer() else repr(x)


# ------------------------------------------------------------------------------------------ non-values

_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:tember)?|" \
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
# The common units that, written after a number, make it a value ('N', 'ms', 'mg/L', 'MPa', '%', '℃'), as against a
# list item's letter ('5.3 a)'), a standard's code ('5.2 GB/T') or a word ('5.3 and').
# (A capacitance with its prefix, '采用9 μF电容器', is a value the words apply: thirty-seventh round.)
_UNIT_START = (r"(?:[mµμnk]?g|[mck]?m|mL|ml|L|min|m?s|h|d|[kM]?N|[kM]?Pa|[mk]?V|[mk]?A|[kM]?W|[kMG]?Hz|[kM]?Ω|dB|lx|cd|K|"
               r"[kM]?J|r/min|[µμnp]F)(?![A-Za-z)])|%|‰|°|℃")
# '采用' before a band of decimals that ends the phrase takes those values ('高度与直径之比宜采用2.0～2.5。', '安全系数宜采用
# 1.3～1.5，'): a band of clauses is referred to with what they say ('采用5.1～5.3规定的方法').
_VALUES_TAKEN = r"(?!\s*\d+\.\d+\s*~\s*\d+\.\d+\s*(?:[,;。]|$))"
# (Speed: `starting_with` names the characters a match can start with, a new branch must keep to them.)
NOT_VALUES = starting_with(r"\dA-Z见按依根参详符采执第表图附注", "|".join([
    # standard numbers: GB 2762-2022, GB/T 1800.1-2020, ISO 286-1:2010, IEC 60335-1, CXS 193-1995, ISO 712
    r"(?:GB/T|GB/Z|GB|ISO/IEC|ISO|IEC|ITU-[TR]|CXS|CAC/GL|CAC|CODEX\s+STAN|EN|ASTM|JJG|JJF|WHO|[A-Z]{2}/T|CISPR|DIN|JIS|"
    r"SAE|ANSI|BS|YY|HJ)"
    r"\s*[A-Z]?\s*\d+(?:[.\-]\d+)*(?:\s*[-:]\s*\d{2,4})?",
    # dates
    r"\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?",
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}",
    rf"\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}", rf"{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}",
    # clause, table, figure and annex references
    # (a number with a unit after it is a value the words apply, no clause: '采用9.807 N的试验力', '按20 mg/L执行')
    r"(?:见|按|按照|依据|根据|参见|详见|符合|采用" + _VALUES_TAKEN + r"|执行)\s*(?:第\s*)?\d+(?:\.\d+)*(?![\d.])"
    # (nor is a number its counter follows: '采用32轮迭代', '采用3个试样' count rounds and specimens; fixcount38)
    r"(?:\s*[章条款节项]|(?!\s*(?:" + _UNIT_START + r"|[次个轮])))",
    r"第\s*\d+(?:\.\d+)*\s*[章条款节项部分]",
    # an item's number in a numbered set ('第1号～第8号标准颜色样品', '第3号筛'): which item, no amount
    r"第\s*\d+\s*号",
    r"(?:表|图|附表|注)\s*(?:[A-Z](?![A-Za-z])\.?\d*(?:\.\d+)*|\d+(?:\.\d+)*)|附录\s*[A-Z](?![A-Za-z])(?:\.\d+)*",
    # (a table of a pharmacopoeia is numbered after its chapter, 'Table 2.9.5.-1'; an item of a list in brackets,
    # 'paragraph (2)', 'point (3)', '第(3)项'; 'point' only so: 'flash point 60 °C' is a value)
    r"(?i:\bpoints?\s+\(\d{1,2}\)(?!\s*(?:%|[A-Za-zμΩ°])))",
    # ('for example 90 %' gives a value: an example numbered is 'see Example 2', never 'for example 2')
    r"(?i:\b(?:see|clause|subclause|table|figure|annex|appendix|item|section|paragraph|note|(?<!for )example|parts?|"
    r"in accordance with|according to|as specified in|as given in|described in|specified in)\s+"
    r"(?:[A-Z](?![A-Za-z])(?:\.\d+)*|\d+(?:\.\d+)*(?:\.-\d+)?|\(\d{1,2}\)(?!\s*(?:%|[A-Za-zμΩ°])))(?![.,]?\d)"
    r"(?!\s*×\s*\d))",  # ('key section 10 × 8': a size, the first of its two members; `tuples`)
    r"第\s*\(\d{1,2}\)\s*[章条款节项]",
    # references to several parts at once ('Clauses 5 to 18', 'Tables 3 and 4', 'Annexes B–D') and a numbered
    # provision ('Provision 5.1-1', 'provisions 5.3-2 to 5.3-4'): the parts of a document the clause points to, no
    # range of values; a unit after the last number makes them values again ('sections 5 to 18 mm' is a size)
    r"(?i:\b(?:clauses|subclauses|sections|paragraphs|tables|figures|annexes|appendices|items|provisions?)\s+"
    r"(?>(?:[A-Z](?![A-Za-z])(?:\.\d+)*|\d+(?:\.\d+)*(?:-\d+)?)"
    r"(?>(?:\s*(?:to|and|-|–|~)\s*(?:[A-Z](?![A-Za-z])(?:\.\d+)*|\d+(?:\.\d+)*(?:-\d+)?))?)))"
    r"(?![.,]?\d)(?!\s*(?:%|°|℃|[kmcdµμn]?(?:m|g|l|L|s|V|A|W|Hz|Pa|N|J)\b))",
    # a dotted clause number (5.2.1) is never a value
    r"(?<![\d.])\d+\.\d+\.\d+(?:\.\d+)*",
    # a numbered document or item: 'UN Regulation No. 83', 'GTR No. 2', and without the stop as EU texts write it
    # ('FCM substance No 19', 'group restriction No 2', 'Regulation (EC) No 1907/2006')
    r"No\.\s*\d+|(?<![A-Za-z])No\s\d+(?:/\d+)?(?![.,]\d)",
    # registry numbers and codes, never values: CAS and EC numbers ('CAS 7446-09-5', 'EINECS 203-625-9'), ISSN and
    # ISBN, INS numbers of food additives ('INS 220–225, 227'), UN numbers ('UN 1203'), HS codes ('HS 0402.10')
    r"(?:CAS|EINECS|EC)(?:\s*(?:No\.?|RN|号|编号))?\s*:?\s*\d{2,7}-\d{2,3}-\d(?!\d)",
    r"IS[SB]N(?:-1[03])?\s*:?\s*\d[\d-]{6,16}[\dX](?![\dX])",
    r"INS\s*\d{3,4}[a-z]?(?:\s*\([ivx]+\))?(?:\s*[-~]\s*\d{3,4})?(?:\s*,\s*\d{3,4}(?!\d|[.,]\d))*",
    r"UN\s?\d{4}(?![\d.,])",
    r"HS\s*(?:[Cc]odes?|编码)?\s*:?\s*\d{4}(?:\.\d{2}){0,3}(?![\d.,])",
]), at_word_start="scftaipnedſıİ")  # the first letters of the words of references, in lower case
_CAS_SHAPE = re.compile(r"(?<![\d.,\-/])(\d{2,7})-(\d{2})-(\d)(?![\d\-]|[.,]\d)")


def cas_numbers(text: str) -> list[tuple[int, int]]:
    """The spans of CAS registry numbers written without the word 'CAS' ('氯 | 7782-50-5 | 5', 'Phosgene | 75-44-5 |
    0,3', '(CAS 0068515-48-0, 0028553-12-0)'): two to seven digits, two, one, the last the check digit (the other
    digits, from the right, times 1, 2, 3 …, summed, modulo 10). A registry number is never a value; three numbers
    of this shape whose last is not their check digit are left to the value reader."""
    spans = []
    for m in _CAS_SHAPE.finditer(text):
        digits = (m.group(1) + m.group(2))[::-1]
        if sum(k * int(d) for k, d in enumerate(digits, 1)) % 10 == int(m.group(3)):
            spans.append(m.span())
    return spans


# A term entry of a vocabulary opens with its number ('1.15 sample mean: …', '3.3 业务连续性：…') and points to the
# other entries it uses by their numbers in brackets right after their words ('random sample (1.6)', '统计量（1.8）',
# 'disruption (3.10)'). Such a number has the entry's depth and starts as the entry's does.
_ENTRY_NUMBER = re.compile(r"\s*(\d+)\.\d+\s")
_ENTRY_REFERENCE = re.compile(r"(?<=[A-Za-z\u4e00-\u9fff])\s?\((\d+)\.\d+\)")


def entry_cross_references(text: str) -> list[tuple[int, int]]:
    """The spans of the bracketed numbers by which a term entry points to other entries of its vocabulary ('1.15
    sample mean: sum of random variables in a random sample (1.6) …'): in a (folded) text that opens with an entry
    number of two parts, a number of two parts in brackets, right after a word, with the entry number's first part.
    A number in brackets after a word in any other text ('hardness (0.5)') is left to the value reader."""
    entry = _ENTRY_NUMBER.match(text) if "(" in text else None
    if entry is None:
        return []
    return [m.span() for m in _ENTRY_REFERENCE.finditer(text, entry.end()) if m.group(1) == entry.group(1)]


# Designations and classes: cable codes (60245 IEC 53), types, classes, grades, stages, efficiency classes,
# atmospheres (27/65), pole counts. They name a product or a condition, never a limit, but they belong to the
# parameter's name ('Ⅱ型器具的泄漏电流'): their digits are hidden from the value reader (`hide_digits`), not blanked.
# A unit after the number makes it a value ('class 0,5 mm', 'lower-tier 50 tonnes'), and so does a thousands group
# ('upper-tier 5 000 tonnes').
DESIGNATIONS = starting_with(r"\dPISVXsSſ国Ⅰ-Ⅻ特D飞类", "|".join([
    r"\d{5}\s+IEC\s+\d+",
    # a category named before its number, as 'category 2' is ('类别1A致突变物', '子类别1B时', '类别Ⅱ'): a class, no value
    # (a symbol after it that a bound follows is the limit's quantity, no unit: '类别1 C≤300')
    r"类别\s*(?:[IVX]+|\d+[A-Za-z]?)(?![\d.,A-Za-z]|\s*(?:%|[A-Za-zμµ°℃](?!\s*[≤≥<>＜＞])))",
    r"(?i:strength\s+class(?:es)?)\s+\d+[.,]\d\s*[NR]?(?![A-Za-z])|P\s*[·.]\s*[A-Z]{1,2}\s*\d+[.,]\d\s*R?(?![A-Za-z])",
    r"(?i:\b(?:type|class|category|cat\.|grade|stage|group|zone|segment|model|series|euro|tier)\s+"
    r"(?:[IVX]+\b|\d+[A-Za-z]?\b(?!\s\d{3}(?!\d)))(?![.,]\d)(?!\s*(?:%|mm|cm|m\b|V\b|A\b|kV|mA|W\b|kW|Hz|°|t\b|tonnes?\b|kg\b)))",
    r"(?<![A-Za-z])(?:IE|IP|IK|PL|SIL)\s?\d+[A-Za-z]?\b",
    # an accuracy or property class written with a decimal ('0.5级', '1,5级', 'accuracy class 0,2 S', 'class 1,6:',
    # 'property class 8.8'): a name of the class, never a value; a unit after it makes it a value ('class 0,5 mm')
    r"(?<![\d.,])\d+[.,]\d+\s*[SP]?\s*级|(?i:\bclass)\s+\d+[.,]\d+(?:\s*S)?(?!\d|[.,]\d|\s*(?:%|[A-RT-Za-zμΩ°]))",
    # a type named by a size written with a decimal ('HA 3.5型', '6.5型螺钉'): the type's name, never a value
    r"(?<![\d.,])\d+[.,]\d+\s*型",
    # ('6～7级', '8～9级': a range of grades names grades, never a range of values; a grade glued to the value of its
    # row, '1级40 h，2级80 h', is that row's label)
    r"(?:\d+[A-Za-z]?(?:\s*[~-]\s*\d+)?|[IVX]+)\s*(?:型|类|级|等|号|区(?![间域]))(?=[\u4e00-\u9fffA-Za-z(（)） 、,，:：;；。]|$"
    r"|(?<=级)\d)",
    # a level labelling its row ('UT, level 1: 40; level 2: 80'; the number alone, after its word, see below)
    r"(?<=[Ll]evel )[1-9](?=\s*:)",
    # a pollution degree ('pollution degree 2', IEC 60664-1's classes 1 to 4): a class of environment, no value
    # (thirtieth round: the open sets' keys hold none of its digits, dev6 S015, dev19 AF011)
    r"(?<=[Pp]ollution degree )[1-4](?![\d.,]|\s*(?:%|[A-Za-zμµ°]))",
    # a cable's rated voltages U0/U ('300/500 V', '0,6/1 kV') name its class, not a limit
    r"(?<![\d.,/])\d+(?:[.,]\d+)?/\d+(?:[.,]\d+)?\s*k?V(?![A-Za-z])",
    # an impulse's waveform, front time / time to half-value ('1.2/50 µs', '8/20 µs', '10/350 µs', '5/50 ns'): the name
    # of the wave, whose times and their tolerances, when required, are written apart ('T1 = 1,2 µs ± 30 %')
    r"(?<![\d.,/])\d+(?:[.,]\d+)?/\d+(?:[.,]\d+)?\s*[µμu]s(?![A-Za-z])|(?<![\d.,/])\d+/\d+\s*ns(?![A-Za-z])",
    r"国[一二三四五六]\s*[a-zA-Z]?|[Ⅰ-Ⅻ]",
    r"(?<![\d.,/])\d{2}/\d{2}(?![\d./])(?!\s*(?:%|[A-Za-zμΩ°]|个?周期))",
    r"\b\d+-(?:pole|phase|wire|core|stroke|axle|way|seat|door|wheel|speed)\b",
    # a series of amendments ('the 07 series of amendments'), a digit of a code ('characteristic numeral 5',
    # '第一位特征数字5'), a cement's designation ('CEM I 42,5 R', 'CEM II/A-S 32,5 N')
    r"\b\d+\s+series\s+of\s+amendments\b",
    r"(?i:characteristic\s+numerals?(?:\s+(?:is|of))?)\s+\d+|特征数字\s*(?:为|是)?\s*\d+",
    r"CEM\s+(?:I{1,3}|IV|V)(?:/[A-C](?:-[A-Z]{1,2})?)?\s+\d+[.,]\d\s*[NRL]?(?![A-Za-z])",
    # the width of a band of frequencies as a fraction of an octave ('1/3倍频程', '1/1 octave band', '1/3-octave'): the
    # name of the kind of band, no value ('one-third-octave' in words is no number either)
    r"(?<![\d.,/])1\s*/\s*(?:1|2|3|6|12|24)\s*-?\s*(?:倍频程|倍频带|(?i:octaves?)(?![A-Za-z]))",
    # how many places a code or a number has ('由3位字码组成', '2～3位数字', '每段4位'): its make-up, no limit ('位置',
    # '位移' are other words)
    r"\d+(?:\s*[~-]\s*\d+)?\s*位(?![置移于])",
    # the unit a result is expressed in ('单位为0.1 mm', '锥入度以0.1 mm表示'): a scale of reading, no requirement
    r"(?:(?<=单位为)|(?<=单位为 ))\d+(?:\.\d+)?(?=\s*[A-Za-zµμ]+(?![A-Za-z/]))"
    r"|(?:(?<=以)|(?<=以 ))\d+(?:\.\d+)?(?=\s*[A-Za-zµμ]+\s*表示)",
    # the places of a code in English ('bits 2 to 15', 'bit 16'), and a code of digits and capitals run together
    # ('3K3', '4M2' climatic classes, '7M3'): its make-up, no value ('3 K' apart is a temperature)
    r"(?i:\bbits?)\s+\d+(?:\s*(?:to|-|~)\s*\d+)?(?![\d.,])",
    r"(?<![\w.,])\d{1,2}[A-DF-WYZ]{1,2}\d{1,2}(?![\w]|[.,]\d)",
    # a nominal pressure or size ('PN 16', 'PN 2,5', 'DN 50'): a designation for reference, no quantity; but the
    # particle number of an emission limit ('PN 6,0 × 10¹¹ #/km', 'PN 6.0×10¹¹ 个/km') is one
    r"(?<![A-Za-z])(?:PN|DN)\s?\d+(?:[.,]\d+)?(?!\d|[.,]\d)(?!\s*(?:[×x*]\s*10|#|个|/))",
    # a code of capitals joined by a hyphen to its number ('EAN-13', 'ITF-14', 'UCC-13' symbologies, 'AC-15' categories,
    # 'IT-1' interim targets): the name of a thing, no value, whatever follows it ('EAN-13: 11X left')
    # (the number alone is matched, after its capitals: a pattern tried at every capital letter slowed the reader)
    r"(?<=[A-Z][A-Z]-)\d{1,3}(?!\d|[.,]\d)(?!\s*(?:%|‰|°))",
    # the level that defines a bandwidth ('6 dB 带宽', 'the 3 dB bandwidth', '−3 dB 带宽', 'bandwidth at the −6 dB
    # points'): the name of the bandwidth, no level required
    r"(?<![\d.,])\d{1,2}\s?dB\s*(?:带宽|(?i:bandwidth)(?![A-Za-z]))"
    r"|(?i:\bbandwidth\s+at\s+(?:the\s+)?)[-−]?\s?\d{1,2}\s?dB\s+points?(?![A-Za-z])",
    # the reference code of an aerodrome ('where the code number is 3 or 4', 'code numbers 1 and 2', '飞行区指标Ⅰ为3或4',
    # '飞行区指标Ⅱ为C、D'): a class of runway, no value
    r"(?i:\bcode\s+numbers?)\s+(?:(?:is|are|of)\s+)?\d(?:\s*(?:,|or|and|to)\s*\d)*(?!\d|[.,]\d)",
    r"飞行区指标\s*(?:Ⅰ|Ⅱ|I{1,2})\s*(?:为|是)?\s*[\dA-F](?:\s*(?:或|、|,|和|至|~)\s*[\dA-F])*(?!\d|[.,]\d)",
    # the age of the children a product is for ('toys intended for children under 36 months of age', 'in preparations
    # for children under 3 years of age', '供36个月以下儿童使用', '三岁以下儿童使用的产品'): it names the users, no limit
    r"(?i:\bchildren\s+(?:under|below|younger\s+than|less\s+than)\s+(?:the\s+age\s+of\s+)?\d+\s*(?:months?|years?)"
    r"(?:\s+(?:of\s+age|old))?)(?![A-Za-z])",
    r"\d+\s*(?:个月|岁|周岁)\s*(?:以下|以内|及以下|以上|及以上)\s*(?:的)?\s*(?:儿童|婴幼儿|婴儿|幼儿)",
    # the order of a harmonic, or of a band of them ('3次谐波', '2次至5次谐波', '2～40次谐波'): which harmonics a limit
    # is on, no value ('the 2nd through to the 5th harmonic' in English)
    r"(?<![\d.,])\d{1,2}\s*(?:次\s*)?(?:(?:至|到|~|-)\s*\d{1,2}\s*)?次\s*(?:[奇偶]次\s*)?谐波",
    # and in English after the word ('0,9 % for harmonic of order 3', 'for even harmonics of order from 2 to 10';
    # fixrange38): the order names the harmonic the limit before it is on
    r"(?i:\bharmonics?\s+of\s+orders?\s+(?:from\s+)?)\d{1,2}(?:\s*(?:to|-|–|and)\s*\d{1,2})?(?!\d|[.,]\d|\s*[%°])",
    # a size designation keying a row of a table of dimensions ('尺寸代号1/2：牙数14，螺距1.814', 'Designation 1/2: pitch P:
    # 1,814', '轴承代号6204，d=20，D=47'): which size the values are of, no value of its own
    r"(?:(?<=代号)|(?<=代号 )|(?i:(?<=designation )))\d+(?:/\d+)?(?=\s*[:，,])",
]), at_word_start="tcgzmebhTCGZMEBH")
MALFORMED = re.compile(r"\d+(?:\.\.+|,,+)\d*")
LEADING_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)*)\s+(?=\S)")


# The first characters of the quantities named by a word ending in 分 ('水分' moisture, '灰分' ash, '成分' ingredient,
# '糖分', '盐分', '养分', '部分', '组分', '评分', '积分'): followed by 为 they state what the quantity is ('小麦水分为12.5 %',
# '成分为类别2致突变物'), they divide nothing, unless a count of classes follows ('实验室用水分为三个级别').
FEN_QUANTITIES = "水灰成部组养糖盐评积"
_DIVIDED_INTO = (rf"(?<![{FEN_QUANTITIES}])分为"
                 rf"|(?<=[{FEN_QUANTITIES}])分为(?=\s*[\d一二三四五六七八九十两]+\s*(?:个|种|类|级|等|档|组))")
# The words that open with 指 and name a thing or an act rather than define a term ('A类：指示器放置在距外壳(300±15) mm处':
# an indicator, '指标', '指针', '指定', '指数', '指令'): after a label's colon they start its requirement, no 'X：指…'.
_WORDS_OPENED_BY_ZHI = "示标针定数令"
# '适用于…的情况' ('适用于样本量8≤n≤50的情形', '适用于暴露年限0年～40年的情况'): the cases a method or a formula holds for,
# whose bounds are values of the method as 'applicable for sample sizes 8 ≤ n ≤ 50' is; no scope of a document.
_CASE_OF_USE = r"(?![^。;；]{0,60}?的情[况形])"
# Sentences that state a scope, define a term or give a designation example: their numbers ('applies to
# equipment up to 2 000 m', '本文件适用于每相输入电流≤16 A的设备', '标记示例：… M12×80') bound what the standard
# covers or name a product; they are no requirement. Their digits are hidden like a designation's.
SCOPE = starting_with("适本标是:：分aAiIİımMtTeE", r"适用于" + _CASE_OF_USE + r"|本标准规定了|本文件规定了|本部分规定了|标记示例|是指|[:：]\s*指(?![" + _WORDS_OPENED_BY_ZHI + r"])|" + _DIVIDED_INTO + r"|(?<![A-Za-z])(?i:appl(?:y|ies) to|"
                   r"is applicable to|(?<!by )means(?=\s+(?:an?|the|any|all|that|those|each|every)\s)|is defined as|are classified into|is divided into|"
                   r"are applicable to|this (?:document|part|standard) (?:specifies|contains|covers|gives)|"
                   r"example (?:for|of) the designation|is designated)(?![A-Za-z])")
# A clock time ('22:00'). Digits glued to a letter before the colon are the end of a label ('P40：16 µm～40 µm', 'R10：35 N'
# folded to 'P40:16'): the item of a label-keyed list, whose value starts after the colon, never an hour. Nor are
# two digits after the colon with decimals after them minutes (no clock writes '32:28.8'): the digits of a label parted
# from it by a space, and its value ('VG 32：28.8 mm²/s～35.2 mm²/s', 'VG 15：13.5 mm²/s～16.5 mm²/s'). (A minute above
# 59 stays masked: '1:64', '类别1：96 h' are a ratio and a label whose digits the reader has no other way to leave.)
# The lipid number of a fatty acid ('C18:2' linoleic acid, '棕榈酸C16:0', 'C20:5'): carbons and double bonds, the
# acid's name, never a label and its value: a single digit after the colon, and no unit after it ('C10:3 N' is a label
# and its value; 'C18:3 max. 0,5' is the acid).
LIPID_NUMBER = r"(?<![A-Za-z])C\d{1,2}:[0-6](?![\d.,]?\d)(?!\s*(?!(?i:max|min|not|ND)\b)[A-Za-zµμ%‰°℃])"
CLOCK_AND_THREADS = starting_with(r"\dMC", r"(?<![\d:A-Za-z])\d{1,2}:\d{2}(?![\d:]|[.,]\d)|(?<![A-Za-z])M\d{1,3}(?:\s*[×x]\s*\d+(?:[.,]\d+)?)?(?![\d])"
                                  + "|" + LIPID_NUMBER)
# The '1:' that leads a ratio to one ('taper 1:19.922', '浴比1:100', '体积比为1∶9' with the ratio sign folded to ':'):
# blanked, the ratio is read as the number after it, as '5:1' is read as 5 ('1:30' may be a clock: CLOCK_AND_THREADS).
RATIO_TO_ONE_LEAD = re.compile(r"(?<![\d.,:/A-Za-z-])1:(?=\d+[.,]\d|\d{3}|[2-9](?![\d:]))")
# Text without any of these (lower case) has no designation: the pattern above is not run on it.
DESIGNATION_HINTS = ("iec", "code", "飞行区", "带宽", "bandwidth",
                     "型", "类", "级", "等", "号", "区", "国", "ⅰ", "ⅱ", "ⅲ", "ⅳ", "ⅴ", "/", "-", "type", "class",
                     "categ", "cat.", "grade", "strength", "p·", "stage", "group", "zone", "segment", "model", "series",
                     "euro", "tier", "level", "ie", "ip", "ik", "pl", "sil", "numeral", "特征数字", "cem", "位", "单位为", "表示",
                     "pn", "dn", "bit", "children", "儿童", "婴", "幼儿", "谐波", "harmonic", "designation",
                     "pollution")
_HIDDEN = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SHOWN = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def hide_digits(text: str, spans: list[tuple[int, int]]) -> str:
    """The digits inside `spans` written as superscripts, which no number pattern reads (same length)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = list(text[start:end].translate(_HIDDEN))
    return "".join(chars)


def show_digits(text: str) -> str:
    """Hidden digits back to plain digits (for names made from hidden text)."""
    return text.translate(_SHOWN)


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for k in range(start, end):
            chars[k] = " "
    return "".join(chars)


# ---------------------------------------------------------------------------------------------- fractions and repeats
# A fraction of a quantity the clause names, in words or as a digit ratio, is the value the clause limits: 'shall not
# exceed two-thirds of the minimum ignition temperature', 'should not exceed half the length of the take-off run', 'are
# each one fifth of the outer diameter'; '不应超过……最低点燃温度的2/3。', '应不大于……滑跑距离的一半。', '均为视标边长的1/5。',
# '……的三分之二。'. The keys write the decimal with no unit (dev22 AI087, dev23 AJ095, dev25 AL098). Only where the
# clause states the fraction as its value: in English after a bound or a verb of being and before 'of'/'the' (not 'for
# at least half of the daylight hours', 'approximately three quarters of the tread width', 'one-third-octave bands',
# 'half-sine'; nor a fraction 'of the value in line A', a value stated elsewhere that the keys multiply out: dev2
# E095, dev4 G091 key two fifths of 0,5 % as 0.2 %); in Chinese after 的 and ending its clause (not '四分之一长度内',
# '的1/3之内': a part of a length, a scope). Per million in words ('百万分之十') is parts per million, as 百分之 is per cent.
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                 "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
                 "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
_FRACTION_BEFORE = "|".join(f"(?<={w} )" for w in (
    "not exceed", "not be greater than", "not greater than", "not be more than", "not more than", "no more than",
    "not be less than", "not less than", "no less than", "be at least", "is at least", "are at least", "be at most",
    "is at most", "are at most", "shall be", "should be", "must be", "is", "are", "are each", "is each", "equal to"))
_EN_FRACTION = re.compile(
    rf"(?:{_FRACTION_BEFORE})(?:(?P<num>{'|'.join(_EN_ONES[1:10])})[\s-](?P<den>{trie_pattern(_DENOMINATORS)})"
    rf"|(?P<half>half))(?![A-Za-z-])(?=\s+(?:of\s+)?(?:the|its|their|that|this|those)\b)"
    r"(?!\s+of\s+the\s+values?\b)", re.I)
# (Speed: every match of _EN_FRACTION holds one of these words, in any case; `may_write_fraction` looks for them in the
# text in lower case (`quick.caseless`) with plain substring tests, five times cheaper than a case-ignoring search.)
FRACTION_NUMBER_WORDS = ("half", "halv", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def may_write_fraction(text: str) -> bool:
    """False when `text` holds none of FRACTION_NUMBER_WORDS in any case: `_EN_FRACTION` (case ignored) finds nothing in it."""
    low = caseless(text)
    for word in FRACTION_NUMBER_WORDS:  # (asked of every clause: a loop, no generator)
        if word in low:
            return True
    return False
_CN_FRACTION = re.compile(rf"(?<=的)(?:(?P<num>\d+)/(?P<den>\d+)|(?P<cden>[{_CN_DIGITS}]+)分之(?P<cnum>[{_CN_DIGITS}]+)"
                          rf"|(?P<half>一半))(?=\s*(?:[。，,；;]|$))|百万分之(?P<ppm>[{_CN_DIGITS}]+)")


def _cn_whole(numeral: str) -> float | None:
    try:
        import cn2an

        return float(cn2an.cn2an(numeral, "smart"))
    except Exception:  # noqa: BLE001 - no numeral after all
        return None


def fractions_to_digits(text: str, where: list[int]) -> tuple[str, list[int]]:
    """A fraction the clause states as its value (see `_EN_FRACTION`, `_CN_FRACTION`) as its decimal ('two-thirds' ->
    '0.6666666666666666', '的1/5。' -> '的0.2。', '一半' -> '0.5'), and '百万分之十' as '10 ppm'; offsets kept."""
    replacements = []
    if may_write_fraction(text):
        for m in _EN_FRACTION.finditer(text):
            if m.group("half"):
                value = 0.5
            else:
                value = (_EN_ONES.index(m.group("num").lower())) / _DENOMINATORS[m.group("den").lower()]
            replacements.append((m.start(), m.end(), format_number(value)))
    # (every match of _CN_FRACTION holds '/', '分之' or '一半' after its 的, or is '百万分之')
    if ("的" in text and ("/" in text or "分之" in text or "一半" in text)) or "百万分之" in text:
        for m in _CN_FRACTION.finditer(text):
            if m.group("ppm"):
                whole = _cn_whole(m.group("ppm"))
                if whole is not None:
                    replacements.append((m.start(), m.end(), f"{format_number(whole)} ppm"))
                continue
            if m.group("half"):
                value = 0.5
            elif m.group("num"):
                num, den = int(m.group("num")), int(m.group("den"))
                value = num / den if den else None
            else:
                num, den = _cn_whole(m.group("cnum")), _cn_whole(m.group("cden"))
                value = num / den if num is not None and den else None
            if value is not None:
                replacements.append((m.start(), m.end(), format_number(value)))
    # the further forms of a part of a whole (`parts_of_a_whole`), where no fraction above was read
    for start, end, value in parts_of_a_whole(text, _cn_whole):
        if all(end <= a or start >= b for a, b, _ in replacements):
            replacements.append((start, end, format_number(value)))
    return substitute(text, where, sorted(replacements))


# A step repeated twice or thrice, the word after the verb that does it, ending the sentence or before the things each
# repetition is for: 'The test shall be carried out twice.', 'the specimen shall be dropped twice in each specified
# attitude' (dev24 AK027, AK054), as '每个规定姿态跌落两次' writes it: 2 times. ('twice the rated voltage', 'at least twice'
# are `_TIMES_WORD`; 'once' stays a word, no count, as '一次' does.)
_REPEATED = re.compile(r"(?:(?<=[a-z]ed )|(?<= out ))(twice|thrice)"
                       r"(?=\s*(?:[.;,]|$)|\s+(?:in|on|at|for|per)\s+(?:each|every)\b)", re.I)


def repeats_to_digits(text: str, where: list[int]) -> tuple[str, list[int]]:
    """'carried out twice' -> 'carried out 2 times' (`_REPEATED`), offsets kept."""
    if "ice" not in text:
        return text, where
    new_text, new_where = substitute(text, where, [(m.start(), m.end(), _TIMES_DIGITS[m.group(1).lower()])
                                                   for m in _REPEATED.finditer(text)])
    # ('times' maps back onto the whole word, as in `_times_words`: the unit as written is 'twice', never its 't')
    shift = 0
    for m in _REPEATED.finditer(text):
        end = m.start() + shift + len(_TIMES_DIGITS[m.group(1).lower()])
        new_where[end - 1] = where[m.end() - 1]
        shift += len(_TIMES_DIGITS[m.group(1).lower()]) - (m.end() - m.start())
    return new_text, new_where

# ------------------------------------------------------------------------------------------ quick test for NOT_VALUES

# Speed, not meaning: every match of NOT_VALUES holds one of these (most clauses hold none, and the pattern, tried at
# every digit, capital and word start, is then not run). Case kept: a standard's body, a month, a registry's name, the
# Chinese reference words and a date's 年. Case ignored (asked of `quick.caseless` text, as the case-ignoring branches
# fold their letters): the words of references. And two shapes of digits: a date's four digits and a dotted clause
# number. A new branch of NOT_VALUES needs its own words here (tests/compare/indicators/test_speed26_gates.py pins the
# pattern and checks the hint on the project's clauses).
_NOT_VALUE_CASED = re.compile(
    r"GB|ISO|IEC|ITU|CXS|CAC|CODEX|EN|ASTM|JJG|JJF|WHO|/T|CISPR|DIN|JIS|SAE|ANSI|BS|YY|HJ"
    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|No|CAS|EINECS|EC|ISSN|ISBN|INS|UN|HS"
    r"|年|见|按|依|根|参|详|符|采|执|第|表|图|注|附")
_NOT_VALUE_WORDS = re.compile(r"point|see|clause|table|figure|annex|appendi|item|section|paragraph|note|example|part"
                              r"|accordance|according|specified|given|described|provision")
# (r"\d{4}[-/.]|\d\.\d+\.\d" with its first digit taken out of the branches: a pattern that starts with a class is
# passed over at once where the class cannot match, one that starts with branches is tried at every character)
_NOT_VALUE_DIGITS = re.compile(r"\d(?:\d{3}[-/.]|\.\d+\.\d)")


def may_hold_non_values(text: str) -> bool:
    """False when NOT_VALUES finds nothing in `text`: it holds none of the words or digit shapes every match needs."""
    return (_NOT_VALUE_CASED.search(text) is not None or _NOT_VALUE_DIGITS.search(text) is not None
            or _NOT_VALUE_WORDS.search(caseless(text)) is not None)


def may_state_scope(text: str) -> bool:
    """False when SCOPE finds nothing in `text`: it holds none of the words each of its branches needs (in lower case
    with the letters its case-ignoring branches also take folded, `quick.caseless`). A new branch of SCOPE needs its
    words here (tests/compare/indicators/test_speed26_gates.py pins the pattern)."""
    if "适用于" in text or "规定了" in text or "标记示例" in text or "指" in text or "分为" in text:
        return True
    low = caseless(text)
    return ("appl" in low or "means" in low or "defined as" in low or "classified into" in low or "divided into" in low
            or "this " in low or "designat" in low)
