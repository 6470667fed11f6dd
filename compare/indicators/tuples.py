"""Sizes written as tuples of numbers joined by a multiplication sign (twenty-seventh round, `tuples27`).

- `dimension_tuples`: "7680×4320", "试样尺寸为10×8 mm", "mesh size 5 × 5 m", "不大于10 m×10 m", "N × d × D = 6 × 23 × 26":
  two numbers or more joined by '×' (or 'x', '*'), each a value of its own. Over the open sets the keys hold each member
  as an indicator of its own (a width and a height, a horizontal and a vertical pixel count), in the unit written after
  the last member when only the last writes one (a length), with the comparator a bound word before the first member
  states for the whole size ('不大于10 m×10 m', 'at least 500 mm × 500 mm'). A number times a power of ten
  ('2.0×10¹²', '6,626 × 10⁻³⁴') is one number of the grammar, never a tuple; a designation glued to letters ('6×19S',
  '700×35C', 'M12×80') is none either.
- `tuple_names`: a tuple of names written for the members ('N×d×D', 'b × h', '水平×垂直', 'horizontal × vertical'),
  before the numbers ('键尺寸b×h为10×8', 'N × d × D = 6 × 23 × 26') or in a bracket closing the sentence ('8×36×42，
  B=7（N×d×D，单位为毫米）'): each member takes its letter as its symbol; a member named N (or n), the symbol of a number
  of things (ISO 80000-1), is a count, with no unit of length. A tuple of names is never a unit ('N×d×D' is no newton).
"""
from __future__ import annotations

import re

from compare.core.vocabulary import Comparator

# The sign joining two members of a size: '×', spaced or not; 'x', 'X', '*' only spaced ('0x7F' is a hexadecimal code,
# 'E27/51x39' a cap's designation).
_JOIN = re.compile(r"\s*×\s*|\s+[xX*]\s+")
# A name of a member: a symbol (one or two letters, 'N', 'd', 'B', 'h'), a word ('horizontal', 'width'), or up to four
# Chinese characters ('水平', '长', '宽').
_NAME = r"(?:[A-Za-z][A-Za-z0-9]?(?![A-Za-z])|[A-Za-z]{3,12}|[\u4e00-\u9fff]{1,4})"
_NAMES = re.compile(rf"(?<![A-Za-z0-9])(?P<names>{_NAME}(?:(?:\s*×\s*|\s+[xX*]\s+){_NAME})+)(?![A-Za-z0-9])")
# A tuple of names standing as a whole part of a note or of a name: 'N×d×D', 'b × h', '(horizontal × vertical)'.
_NAMES_ALONE = re.compile(rf"\s*{_NAME}(?:(?:\s*×\s*|\s+[xX*]\s+){_NAME})+\s*")
# A symbol for a number of things: its member is a count.
_COUNT_SYMBOLS = frozenset({"N", "n"})
# A letter or a digit glued to the end of the last member, or a fit's class after it ('6×19S', '700×35C', '23H7',
# '6 × 23 f7 × 26'): a designation; a power ('8 × 2^G'): a formula.
_GLUED_AFTER = re.compile(r"[A-Za-z0-9^]|\s[A-Za-z]{1,2}\d")
# Units of length: the members of a size share the one written after the last.
_LENGTH_UNITS = frozenset({"mm", "cm", "m", "µm", "μm", "km", "nm", "dm", "毫米", "厘米", "米", "微米", "millimetres",
                           "millimeters", "metres", "meters", "centimetres", "centimeters", "ft"})  # (not "in": a word)
# The end of a sentence: a bracket of names closing a sentence names the tuples of that sentence.
_SENTENCE_END = re.compile(r"[。]|\.(?:\s|$)|\n")


def is_tuple_of_names(text: str) -> bool:
    """'N×d×D', 'b × h', '长×宽': a tuple of names, the names of a size's members (never a unit)."""
    return _NAMES_ALONE.fullmatch(text) is not None


# A bracket opened by a tuple of names and a comma, before a unit declared for the clause: '(N × d × D, dimensions in
# millimetres)', '（N×d×D，单位为毫米）'.
_NAMES_OPEN_BRACKET = re.compile(rf"[(（]{_NAMES_ALONE.pattern}[,，]\s*$")


def opens_with_tuple_names(text: str, start: int) -> re.Match | None:
    """The opening of the bracket the declaration at `start` stands in, when the bracket opens with a tuple of names
    ('(N × d × D, dimensions in millimetres)'): the declaration is the bracket's all the same
    (`constructions.declared_units`); else None."""
    return _NAMES_OPEN_BRACKET.search(text, max(0, start - 24), start)


def _names(text: str) -> list[str]:
    return [part.strip() for part in _JOIN.split(text.strip())]


def tuple_runs(raws, text: str) -> list[list[int]]:
    """The runs of two raws or more joined by a multiplication sign: their positions in `raws`. A run whose last
    member has a letter or a digit glued after it is a designation, no size."""
    runs: list[list[int]] = []
    run: list[int] = []
    for k in range(len(raws) - 1):
        a, b = raws[k], raws[k + 1]
        if a.comparator == Comparator.RANGE or b.comparator == Comparator.RANGE:
            joined = False
        else:
            joined = _JOIN.fullmatch(text, a.end, b.start) is not None
        if joined:
            run = run or [k]
            run.append(k + 1)
            continue
        if len(run) > 1:
            runs.append(run)
        run = []
    if len(run) > 1:
        runs.append(run)
    return [r for r in runs if not _GLUED_AFTER.match(text, raws[r[-1]].end)
            and not (raws[r[0]].start and text[raws[r[0]].start - 1].isascii() and text[raws[r[0]].start - 1].isalnum())
            and not any(text.startswith("10^", raws[k].start) for k in r[1:])]  # ('(6,626 ± 0,004)×10⁻³⁴')


# Between a tuple of names and the numbers it names: a closing bracket, then '为', '=', ':', 'is', or nothing.
_NAMES_LEAD = re.compile(r"\s*[)）]?\s*(?:为|是|=|＝|:|：|(?i:is|are))?\s*")


# Between two sizes given as alternatives or a list ('7680×4320或3840×2160', '1 280 × 720 or 1 920 × 1 080').
_ALTERNATIVE = re.compile(r"\s*(?:或|和|及|、|,|，|;|；|(?i:or|and))\s*")


def names_lead_into(text: str, start: int, members: int) -> bool:
    """True when a tuple of as many names stands right before the numbers at `start` ('像素数（水平×垂直）为7680×4320',
    'pixel count (horizontal × vertical) 7 680 × 4 320', 'b × h = 18 × 11'): the numbers are those names' values. Not
    names further off ('(length × width, mm) are specified for flat pallets …: 1 200 × 800; …', a list of choices)."""
    for n in _NAMES.finditer(text, max(0, start - 60), start):
        if len(_names(n.group("names"))) == members and _NAMES_LEAD.fullmatch(text, n.end(), start):
            return True
    return False


def tuple_names(text: str, start: int, end: int, members: int) -> list[str]:
    """The names of the members of the tuple at text[start:end]: a tuple of as many names right before it ('N×d×D为',
    'b × h = ', '(horizontal × vertical) '), else the nearest such tuple earlier in the sentence ('规格N×d×D为6×23×26时…；
    规格8×32×36时'), else one in a bracket later in the sentence ('8×36×42，B=7；…（N×d×D，单位为毫米）'); [] when none."""
    sentence_start = max([m.end() for m in _SENTENCE_END.finditer(text, 0, start)] or [0])
    m = _SENTENCE_END.search(text, end)
    sentence_end = m.start() if m else len(text)
    before = [n for n in _NAMES.finditer(text, sentence_start, start) if len(_names(n.group("names"))) == members]
    if before:
        return _names(before[-1].group("names"))
    for n in _NAMES.finditer(text, end, sentence_end + 1):
        if len(_names(n.group("names"))) == members and text[max(0, n.start() - 1)] in "(（" :
            return _names(n.group("names"))
    return []


def dimension_tuples(raws, text: str) -> None:
    """Read each member of a size as a value (see the module's notes): in place, on the raws of `extract`."""
    led_end = -1  # (where the last size whose names led into it ends: an alternative after it is named alike)
    for run in tuple_runs(raws, text):
        members = [raws[k] for k in run]
        first, last = members[0], members[-1]
        names = tuple_names(text, first.start, last.end, len(members))
        stated = any(m.unit or m.explicit or m.worded for m in members)
        led = bool(names) and (names_lead_into(text, first.start, len(members))
                               or led_end >= 0 and _ALTERNATIVE.fullmatch(text, led_end, first.start) is not None)
        led_end = last.end if led else -1
        if not (stated or led):
            continue  # ('3 × 50 (100)': a weld's marking, nothing says it is a size)
        if last.unit in _LENGTH_UNITS and all(not m.unit for m in members[:-1]):
            for m in members[:-1]:
                m.unit = last.unit  # ('试样尺寸为10×8 mm', 'mesh size 5 × 5 m')
        bound = first.comparator if first.explicit and first.comparator in (Comparator.MAX, Comparator.MIN) else None
        for k, m in enumerate(members):
            if k and m.condition and not first.condition:
                m.condition = m.closed = False  # ('规格N×d×D为6×23×26时，键宽B为6 mm': one size, read as its first member)
            if k and bound and m.comparator == Comparator.EQUAL and m.value is not None:
                m.comparator = bound  # ('不大于10 m×10 m', 'at least 500 mm × 500 mm')
            m.worded = True
            name = names[k] if k < len(names) else ""
            if name in _COUNT_SYMBOLS:
                m.unit, m.unit_span = "", None  # (N: the number of splines, no millimetres)
            if name and len(name) <= 2 and name.isascii() and not m.symbol:
                m.symbol = name
