"""The label written beside each value of a running clause (twenty-eighth round, `labels28`).

A running clause gives each of several values of one quantity a short label beside it, and the two languages put
it on different sides of the value: '铜2.5 mm²，铝16 mm²' against '2,5 mm² Cu or 16 mm² Al' and '10 mm² copper or 16 mm²
aluminium' (Chinese writes the label before the value, English often after it); 'M1类汽车77 dB(A)；N1类汽车，GVM≤2 t时78
dB(A)，2 t<GVM≤3.5 t时79 dB(A)' against 'vehicles of category M1: 74; vehicles of category N1 with a maximum mass not
exceeding 2 t: 76; exceeding 2 t but not exceeding 3,5 t: 77'. The reader names each value by the words before it, so a
label written after its value names the next value ('Cu' names 16 mm², Al's value), and a label written once for
several values names the first only; pairing by closeness and order then draws one label's value onto another's.

`value_labels` finds each value's label where the clause writes it: a material word (`MATERIALS`, a small zh/en table
of the commonest: 铜/Cu/copper, 铝/Al/aluminium, 钢/steel …) or a designation (a code with a digit, M1, N1, C17; a class;
a type: written the same on both sides, so compared by identity). Which side of its value a clause writes its labels
on is the clause's own convention (`label_side`): before, when a label precedes the first value and none follows the
last; after, when one follows the last value and none precedes the first (else the side most labels stand right
beside a value on). A value takes the label nearest to it between it and its neighbour on that side, with the labels
coordinated with it ('categories M2 and M3'); written before, a label also holds for the later values of its sentence
that have none of their own ('N1 …: 76; exceeding 2 t …: 77'). A clause labels its values only when
it writes two labels or more of one kind (one label is the clause's subject, not what tells its values apart).

The labels are keys of a kind ('material copper', 'code N1'), weighed in pairing as the labels of a flattened table's
rows are (`verdicts.row_agreement`, `row_labels`): two values of one label are likelier partners, two labelled apart
by one kind unlikelier.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from compare.indicators.numbers import read_number
from compare.indicators.row_labels import SEMICOLON, SENTENCE_END

# The commonest materials a limit is stated for, one label per material, in both languages. Longer words first, so
# that '不锈钢' is stainless steel, not steel, and '黄铜' brass, not copper.
MATERIALS: tuple[tuple[str, str], ...] = (
    ("stainless steel", r"不锈钢|(?<![A-Za-z])stainless[- ]steels?(?![A-Za-z])"),
    ("brass", r"黄铜|(?<![A-Za-z])brass(?![A-Za-z])"),
    ("cast iron", r"铸铁|(?<![A-Za-z])cast[- ]iron(?![A-Za-z])"),
    ("copper", r"铜|(?<![A-Za-z])(?:Cu|[Cc]opper)(?![A-Za-z])"),
    ("aluminium", r"铝|(?<![A-Za-z])(?:Al|[Aa]lumini?um)(?![A-Za-z])"),
    ("steel", r"钢|(?<![A-Za-z])[Ss]teels?(?![A-Za-z])"),
)
_MATERIAL = re.compile("|".join(f"(?P<m{k}>{pattern})" for k, (_, pattern) in enumerate(MATERIALS)))

# Designations that label a value: a code with a digit ('M1', 'N2', 'C17'), a class, a type. A code of letters alone
# ('GVM', 'RF', 'PEN', 'AM') is an abbreviation of a name, not a label.
LABEL_KINDS = ("material ", "code ", "class ", "type ")

BEFORE, AFTER = "before", "after"

# A number as the reader writes them ('2,5', '1 500', '3.5'), to find a value inside its reading's span.
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[ \u00a0\u2009]\d{3})*(?:[.,]\d+)?")


def material_mentions(text: str) -> list[tuple[int, int, str]]:
    """Each material word of `text`: (start, end, 'material <name>')."""
    out = []
    for m in _MATERIAL.finditer(text):
        name = MATERIALS[int(m.lastgroup[1:])][0]
        out.append((m.start(), m.end(), f"material {name}"))
    return out


def is_label(key: str) -> bool:
    """Whether a designation key can label a value: a class, a type, or a code holding a digit."""
    if key.startswith(("class ", "type ")):
        return True
    return key.startswith("code ") and any(ch.isdigit() for ch in key)


def value_position(text: str, span: tuple[int, int], numbers: Sequence[float | None]) -> tuple[int, int]:
    """Where a reading's value is written inside its span: from the last number of the span stating its value (or,
    for a range, its low end: `numbers` = (value, low)), to the span's end; the span's end alone when none is
    found ('5级，5 kg': the value is the second 5)."""
    start, end = span
    wanted = next((n for n in numbers if n is not None), None)
    found = None
    for m in _NUMBER.finditer(text, start, end):
        values = {read_number(m.group(0)), read_number(m.group(0), decimal_comma=True)}  # (either comma)
        if wanted is not None and any(abs(v - wanted) <= 1e-9 * max(1.0, abs(wanted)) for v in values):
            found = m.start()
    return (found if found is not None else end, end)


def label_side(text: str, mentions: Sequence[tuple[int, int, str]], positions: Sequence[tuple[int, int]]) -> str | None:
    """Which side of its value the clause writes a label on: BEFORE when a label precedes the first value and none
    follows the last, AFTER when one follows the last value and none precedes the first; when neither end tells
    ('accuracy class 0,2: ± 0,10 % …; class 1: ± 0,5 %, ± 1 %; class 2: ± 1,0 %, ± 2 %'), the side most labels stand
    right beside a value on, parted from it by no word, when two labels or more stand so and none on the other
    side; else None (no convention to go by)."""
    if not mentions or not positions:
        return None
    first = min(p[0] for p in positions)
    last = max(p[1] for p in positions)
    before = any(end <= first for _, end, _ in mentions)
    after = any(start >= last for start, _, _ in mentions)
    if before != after:
        return BEFORE if before else AFTER
    if before:
        return None
    starts = [p[0] for p in positions]
    ends = [p[1] for p in positions]
    right_before = sum(1 for _, end, _ in mentions
                       if any(s >= end and _BEFORE_A_VALUE.fullmatch(text[end:s]) for s in starts))
    right_after = sum(1 for start, _, _ in mentions
                      if any(e <= start and _AFTER_A_VALUE.fullmatch(text[e:start]) for e in ends))
    if right_before >= 2 and not right_after:
        return BEFORE
    return AFTER if right_after >= 2 and not right_before else None


# What may part a label from the value it stands right before: spaces, a colon or comma, a bar of a flattened table,
# a sign or a comparator symbol ('class 1: ± 0,5 %'); right after: spaces only ('2,5 mm² Cu'; a comma after a value
# ends it: '铜绕组250 ℃，铝绕组200 ℃').
_BEFORE_A_VALUE = re.compile(r"[\s:：,，|±+\-−≤≥<>＜＞]*")
_AFTER_A_VALUE = re.compile(r"\s*")


def labels_by_side(text: str, positions: Sequence[tuple[int, int]], mentions: Sequence[tuple[int, int, str]],
                   side: str, sentence_ends: Sequence[int], dimensions: Sequence[str]) -> list[frozenset[str]]:
    """Each value's labels by the clause's convention (`label_side`): of the mentions between it and its neighbour
    on that side, the one nearest to it and those coordinated with it (`nearest_group`); written before, a label also
    holds for the later values of its sentence with none of their own (`carried_label`)."""
    order = sorted(range(len(positions)), key=lambda k: positions[k])
    out = [frozenset()] * len(positions)
    for n, k in enumerate(order):
        if side == BEFORE:
            lo = positions[order[n - 1]][1] if n else 0
            hi = positions[k][0]
        else:
            lo = positions[k][1]
            hi = positions[order[n + 1]][0] if n + 1 < len(order) else 10 ** 9
        out[k] = nearest_group(text, [m for m in mentions if lo <= m[0] and m[1] <= hi], side)
    if side == BEFORE:
        for n, k in enumerate(order):
            if not out[k] and n:
                out[k] = carried_label(text, order[:n], k, positions, out, sentence_ends, dimensions)
    return out


def carried_label(text: str, earlier: Sequence[int], k: int, positions: Sequence[tuple[int, int]],
                  labels: Sequence[frozenset[str]], sentence_ends: Sequence[int],
                  dimensions: Sequence[str]) -> frozenset[str]:
    """The label a value with none of its own takes from the values before it in its sentence, the nearest first:
    the label of the value right before it when no semicolon parts them ('M8（P=1.25）：中径 7.188 mm'; 'categories M2
    and M3 with a mass exceeding 3,5 t and an engine power of less than 150 kW: 78'), else that of the last one in its
    dimension ('N1 …: 76 dB(A); exceeding 2 t but …: 77 dB(A)'); none past a semicolon from a value of another
    dimension ('…C17型连接器额定电流10 A；三者均…额定电压均为250 V', said of all three)."""
    start = positions[k][0]
    same_sentence = [j for j in earlier if not any(positions[j][1] <= e < start for e in sentence_ends)]
    for n, j in enumerate(reversed(same_sentence)):
        if not n and labels[j] and not SEMICOLON.search(text, positions[j][1], start):
            return labels[j]
        if dimensions[j] == dimensions[k]:
            return labels[j]
    return frozenset()


def value_labels(text: str, spans: Sequence[tuple[int, int]], numbers: Sequence[Sequence[float | None]],
                 dimensions: Sequence[str], designate: Callable[[str], frozenset[str]]) -> list[frozenset[str]]:
    """For each reading (its `spans` in `text`, the `numbers` it states: value, low; its dimension), the labels written
    beside its value: a material, or a designation (`designate` gives the designation keys of a piece of text).
    Labels of one kind at a time, of the kinds the clause writes twice or more (two distinct labels)."""
    out = [frozenset()] * len(spans)
    if not text or len(spans) < 2:
        return out
    positions = [value_position(text, span, nums) for span, nums in zip(spans, numbers)]
    mentions = material_mentions(text) + designation_mentions(text, positions, designate)
    if not mentions:
        return out
    sentence_ends = [m.start() for m in SENTENCE_END.finditer(text)]
    for kind in LABEL_KINDS:
        of_kind = [m for m in mentions if m[2].startswith(kind)]
        if len({key for _, _, key in of_kind}) < 2:
            continue
        # (a mention inside a value's own written number and unit is none: 'M10' read as a value)
        of_kind = [m for m in of_kind if not any(p[0] <= m[0] < p[1] for p in positions)]
        side = label_side(text, of_kind, positions)
        if side is None:
            continue
        labelled = labels_by_side(text, positions, of_kind, side, sentence_ends, dimensions)
        if sum(1 for label in labelled if label) < 2:
            continue
        out = [mine | label for mine, label in zip(out, labelled)]
    return out


# The words that can state a designation labelling a value: a code with a digit ('M1', 'IT12', 'C17'), a class or
# grade ('class 2', 'grade 3', '二级', 'Ⅱ类'), a type ('type 1', '2型'). A number with decimals ('0.2级', 'class 0,5') is
# an accuracy class the reader does not name as a class key; a code of four digits or more ('E4303') is a product's
# designation, written differently in the two systems.
_DESIGNATION_WORD = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Z]{1,4}\d{1,3}[A-Za-z]?(?![A-Za-z0-9])"
    r"|(?i:class(?:es)?|grade|type)\s+(?:0I|[0-9]|I{1,3}|IV|V|[A-Z])(?![A-Za-z0-9]|[.,]\d)"
    r"|(?<![.,])(?:0I|[0-9]|I{1,3}|IV|V|[一二三四五六]|[Ⅰ-Ⅻ]|[A-Z])\s*(?:类|级|型))")
# A chemical formula of two elements or more ('NO2', 'SO2', 'P2O5', 'K2O', 'CO2') is a substance, not a label.
_FORMULA = re.compile(r"(?:(?:C|H|O|N|S|P|K|Na|Ca|Mg|Si|Cl|F|Fe|Al|Mn)\d*){2,}")
# A code followed by an equals sign is the symbol of a quantity ('d2=D2=9.026 mm', 'D2, d2 = 9,026'), not a label.
_SYMBOL_OF = re.compile(r"\s*(?:[,，]\s*\w{1,3}\s*)?=")
# What joins two labels of one value ('M2 and M3', 'N2或N3类', 'classes 1, 2 and 3'; bracketed words between them,
# 'M2（GVM>3.5 t）或M3类').
_COORDINATED = re.compile(r"\s*(?:[(（][^()（）]*[)）])?\s*(?:(?i:and|or)|和|或|及|与|、|,|，|/)?\s*")


def designation_mentions(text: str, positions: Sequence[tuple[int, int]],
                         designate: Callable[[str], frozenset[str]]) -> list[tuple[int, int, str]]:
    """Each designation written in `text` outside the readings' values, as (start, end, key): the words that state
    a code with a digit, a class or a type, by `designate` (the qualifier keys of the words); not a quantity's
    symbol ('D2 = 9,026'), nor a designation written twice (a notation)."""
    out = []
    for m in _DESIGNATION_WORD.finditer(text):
        if any(p[0] <= m.start() < p[1] for p in positions) or _FORMULA.fullmatch(m.group(0)) \
                or _SYMBOL_OF.match(text, m.end()):
            continue
        for key in designate(m.group(0)):
            if is_label(key):
                out.append((m.start(), m.end(), key))
    # (a code written twice is a column's symbol or a notation, as for the rows of `row_labels`; a class or type
    # is written again for each quantity of a running clause: '二级 0.08，三级 0.4；…一级 0.001，二级 0.01')
    return [m for m in out if not m[2].startswith("code ") or sum(1 for other in out if other[2] == m[2]) == 1]


def nearest_group(text: str, mentions: Sequence[tuple[int, int, str]], side: str) -> frozenset[str]:
    """Of the label mentions between a value and its neighbour, the one nearest to the value (the last written
    before it, the first after it) and those coordinated with it ('vehicles of categories M2 and M3 …: 78');
    another label further away, parted by other words, leaves the value unlabelled: a heading naming the columns of
    a flattened table ('性能等级 G2 | G3：频率降/% ≤5 | ≤3'), or a list of the classes before the first ('分为0、1、2、3、
    4级：0级…'), tells no value's own label."""
    if not mentions:
        return frozenset()
    ordered = sorted(mentions, reverse=side == BEFORE)
    group = [ordered[0]]
    for mention in ordered[1:]:
        near = group[-1]
        between = text[mention[1]:near[0]] if side == BEFORE else text[near[1]:mention[0]]
        if not _COORDINATED.fullmatch(between):
            break
        group.append(mention)
    keys = frozenset(key for _, _, key in group)
    return keys if all(key in keys for _, _, key in mentions) else frozenset()


def materials(labels: frozenset[str]) -> frozenset[str]:
    """The material labels among a value's labels."""
    return frozenset(k for k in labels if k.startswith("material "))


def same_material(mine: frozenset[str], theirs: frozenset[str], same_concept: bool) -> bool:
    """Whether two values are of one thing when both are labelled by materials: their labels decide, not the
    concepts their names took (the name of a value whose label follows it is its neighbour's label); else
    `same_concept` as it was."""
    a, b = materials(mine), materials(theirs)
    return bool(a & b) if a and b else same_concept
