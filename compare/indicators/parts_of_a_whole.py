"""Parts of a whole stated as a clause's value, in the forms the twenty-sixth round's fractions left as words
(thirty-seventh round, fixfrac37).

`clausetext.fractions_to_digits` reads a fraction in words after a bound or a verb of being ('shall not exceed
two-thirds of the …', 'are each one fifth of the …') and a Chinese fraction after 的 that ends its clause ('……的1/5。',
'……的一半。'). Standards write the same value in a few more ways, all read here as the fraction's decimal, so that the
value the keys hold (a dimensionless number, what it is a part of staying in the words after it) is what is read:

- English, a fraction in digits where the words would stand: 'a load approximately equal to 1/3 of the sum of …',
  'shall not exceed 2/3 of the …';
- English, a fraction after a bound or a verb of being and a word of approximation ('is approximately one third of
  the …'), or after a requirement's own verb ('the specimen shall cover approximately one-tenth of the cell layer
  surface', 'shall occupy not more than half of the …');
- Chinese, the part written before the thing it is a part of: '施加不超过一半的试验电压' (a bound, then the fraction,
  then 的 and the quantity), and '……之和的1/3的载荷' (the fraction after 的 and before a further 的 that names what
  the part is);
- Chinese, a fraction after '的约' ending its clause ('应覆盖细胞层表面的约十分之一。'), and a fraction after 的 that
  a bound earlier in its clause limits, with a noun after it ('距离不小于原始标距的三分之一情况方为有效').

Left as words: a part that is a scope or a time ('四分之一长度内', '的1/3之内', '不超过恒荷载的三分之一时'), a count of
things or animals ('至少2/3的受试动物': no bound of a quantity), a description with no requirement ('which cover
approximately three quarters of the tread width'), a thread size or a format ('1/8', '16:9', '23/50'), and a fraction
not followed by 'of' and what it is a part of ('a constant current of 1/3 C').
"""

from __future__ import annotations

import re

_EN_NUMERATORS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
                    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
_EN_WORDS = (rf"(?:(?:{'|'.join(_EN_NUMERATORS)})[\s-](?:{'|'.join(sorted(_EN_DENOMINATORS, key=len, reverse=True))})"
             r"|half)(?![A-Za-z-])")
_EN_DIGITS = r"(?<![\d/.,])[1-9]\s*/\s*[1-9]\d?(?![\d/.,])"
# The words before the fraction: a bound or a verb of being (as the twenty-sixth round's), or a requirement's verb
# ('shall cover', 'should occupy'); then, in digits or with a word of approximation, the fraction.
_EN_BOUND = (r"not\s+exceed|not\s+(?:be\s+)?(?:greater|more|less)\s+than|no\s+(?:more|less)\s+than|(?:be|is|are)\s+at\s+"
             r"(?:least|most)|shall\s+be|should\s+be|must\s+be|is|are|(?:is|are)\s+each|equal\s+to")
_EN_VERB = r"(?:shall|should|must)\s+(?!be\b|not\b)[a-z]{3,}"
_APPROXIMATELY = r"(?:approximately|about|roughly)"
# A bound of its own before the fraction, with no verb (thirty-ninth round, fixcount39): 'At least 2/3 of the total
# QCs … should be within ±15 %', 'a pilot scale is generally, at a minimum, one-tenth that of a full production scale'.
# Not after a preposition of scope or time ('each for at least half of the daylight hours': how long a limit holds, a
# condition the keys write in the basis, dev10 W025).
_EN_AT_LEAST = r"(?<!for\s)(?<!during\s)(?<!in\s)(?<!over\s)(?:at\s+(?:least|most)|at\s+a\s+(?:minimum|maximum),?)"
_EN_FRACTION = re.compile(
    rf"\b(?:(?:{_EN_BOUND})\s+(?:{_APPROXIMATELY}\s+)?(?P<a>{_EN_DIGITS})"
    rf"|(?:{_EN_BOUND})\s+{_APPROXIMATELY}\s+(?P<b>{_EN_WORDS})"
    rf"|{_EN_VERB}\s+(?:(?:{_APPROXIMATELY}|not\s+more\s+than|not\s+less\s+than|at\s+least|at\s+most)\s+)?"
    rf"(?P<c>{_EN_WORDS}|{_EN_DIGITS})"
    rf"|{_EN_AT_LEAST}\s+(?P<d>{_EN_WORDS}|{_EN_DIGITS}))"
    r"(?=\s+(?:of\s+)?(?:the|its|their|that|this|those)\b)(?!\s+of\s+the\s+values?\b)", re.I)

# A fraction in digits, as either language writes one ('1/3', '1 / 3'): the cheap test before the patterns.
_DIGIT_FRACTION = re.compile(r"[1-9]\s*/\s*[1-9]")

_CN = "零〇一二两三四五六七八九十百"
_CN_PART = rf"(?:[1-9]\d?/[1-9]\d?(?![\d/])|[{_CN}]+分之[{_CN}]+|一半)"
# Bounds of a quantity (not of a count: '至少', '最多' are left to the counts).
_CN_BOUND = "不超过|不大于|不高于|不多于|不小于|不低于|不少于|超过|小于|大于|低于|高于|不得超过|不应超过|不应大于|不应小于"
# What may not follow a part of a whole that is the value: a scope of place or time, a band's name.
_CN_NOT_AFTER = r"(?!\s*(?:时|之内|以内|内|长度|处|以下|以上|范围|倍频程|区域|部分|之间))"
_CN_END = r"(?=\s*(?:[。，,；;]|$))"
_CN_FRACTION = re.compile(
    # a bound, then the part, then 的 and what it is a part of: '不超过一半的试验电压'
    rf"(?:{_CN_BOUND})\s*(?:约\s*)?(?P<a>{_CN_PART})(?=\s*的)"
    # after 的, the part, then a further 的 naming the part: '之和的1/3的载荷'
    rf"|(?<=的)(?:约\s*)?(?P<b>{_CN_PART})(?=\s*的)"
    # after '的约', ending its clause: '……表面的约十分之一。'
    rf"|(?<=的约)(?P<c>{_CN_PART}){_CN_END}"
    # after 的, with a bound earlier in its clause and a noun after it: '不小于原始标距的三分之一情况'
    rf"|(?:{_CN_BOUND})[^，,。；;:：]{{1,30}}?的(?P<d>{_CN_PART}){_CN_NOT_AFTER}(?=\s*[\u4e00-\u9fff])")


def _en_value(text: str) -> float | None:
    low = text.lower().strip()
    m = re.fullmatch(r"([1-9])\s*/\s*([1-9]\d?)", low)
    if m:
        num, den = int(m.group(1)), int(m.group(2))
        return num / den if num < den else None
    if low == "half":
        return 0.5
    num, _, den = re.split(r"([\s-])", low, maxsplit=1)
    if num in _EN_NUMERATORS and den in _EN_DENOMINATORS:
        value = (_EN_NUMERATORS.index(num) + 1) / _EN_DENOMINATORS[den]
        return value if value < 1 else None
    return None


def _cn_value(text: str, cn_whole) -> float | None:
    if text == "一半":
        return 0.5
    m = re.fullmatch(r"([1-9]\d?)/([1-9]\d?)", text)
    if m:
        num, den = int(m.group(1)), int(m.group(2))
        return num / den if num < den else None
    m = re.fullmatch(rf"([{_CN}]+)分之([{_CN}]+)", text)
    if m:
        den, num = cn_whole(m.group(1)), cn_whole(m.group(2))
        if num is not None and den and num < den:
            return num / den
    return None


def parts_of_a_whole(text: str, cn_whole) -> list[tuple[int, int, float]]:
    """The fractions in `text` stated as its values in the forms above, as (start, end, decimal) of the fraction as
    written (the words around it stay). `cn_whole` reads a Chinese whole number ('十' -> 10.0, None when none)."""
    found: list[tuple[int, int, float]] = []
    low = text.lower()
    # ('mg/L' has a slash and no fraction: most texts with units; a text with no slash has none, and is not searched)
    in_digits = "/" in text and bool(_DIGIT_FRACTION.search(text))
    if in_digits or any(w in low for w in ("half", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth",
                                             "ninth", "tenth")):
        for m in _EN_FRACTION.finditer(text):
            for name in ("a", "b", "c", "d"):
                if m.group(name):
                    value = _en_value(m.group(name))
                    if value is not None:
                        found.append((m.start(name), m.end(name), value))
                    break
    if "分之" in text or "一半" in text or (in_digits and "的" in text):
        for m in _CN_FRACTION.finditer(text):
            for name in ("a", "b", "c", "d"):
                if m.group(name):
                    value = _cn_value(m.group(name), cn_whole)
                    if value is not None:
                        found.append((m.start(name), m.end(name), value))
                    break
    return found


# A number below one with no unit, then what it is a part of ('0.1 of the cell layer surface'), or after 的 (and a
# word of approximation) closing a required clause ('应覆盖细胞层表面的约0.1。'): the part of a whole the clause requires, a value
# even with no bound nor verb of being before it ('shall cover approximately one-tenth of the …').
_WHOLE_AFTER = re.compile(r"\s+of\s+(?:the|its|their)\s+(?!values?\b)[A-Za-z]")
# (In Chinese, a requirement's word in the clause too: '润湿面积超出受淋表面的一半' in a grade's description is none.)
_WHOLE_BEFORE = re.compile(r"(?:应|须|宜|不得)[^。；;:：]*的\s*(?:约\s*)?$")
_CLAUSE_CLOSES = re.compile(r"\s*(?:[。，,；;]|$)")


def names_its_whole(value: float | None, left: str, text: str, end: int) -> bool:
    """True when the unitless `value` that ends at `end` of `text`, with the words `left` before it, is a part of a
    whole named beside it (see above)."""
    if value is None or not 0 < value < 1:
        return False
    if _WHOLE_AFTER.match(text, end):
        return True
    return bool(_WHOLE_BEFORE.search(left)) and bool(_CLAUSE_CLOSES.match(text, end))
