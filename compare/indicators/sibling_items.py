"""A list's later item, named by its item alone, facing the one limit the other clause states for the whole (fixpair31).

'空载检验充分发出的平均减速度不小于6.2 m/s²，满载检验不小于5.9 m/s²' against 'laden and unladen: … mean fully developed
deceleration not less than 6,43 m/s²': the reader names the second limit by its item only ('满载检验'), so it takes no
concept, and the other clause's one deceleration pairs with the first item alone; the second is left one-sided. The
keys hold the other clause's one limit for each item. The items of one list are written alike: the same head after a
modifier of their own ('空载检验' / '满载检验', '水田作物' / '旱地作物', 'laden' / 'unladen'), which is what tells an item
of the list from another quantity named after it.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

_WORDS = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z]+")
_LATIN = re.compile(r"[A-Za-z]+")
# A limit whose words set an item apart ('equipment … other than FHSS', '肉食性鱼类除外') holds not for every item.
_EXCEPTION = re.compile(r"(?<![A-Za-z])(?:other\s+than|except|excluding|apart\s+from)(?![A-Za-z])|除外|以外|除", re.I)
# An item label is short: a longer name names a quantity of its own.
MAX_ITEM_CHARS = 8
# Items of one list share a head of two characters or more, after a modifier of one or two characters of their own.
MIN_HEAD = 2
MAX_MODIFIER = 2


def item_label(name: str) -> str:
    """The name as an item label: its text after the last colon when that is one short word ('满载检验', 'unladen'),
    else ''."""
    label = re.split(r"[:：]", name)[-1].strip()
    words = _WORDS.findall(label)
    if len(words) != 1 or len(words[0]) > MAX_ITEM_CHARS:
        return ""
    return words[0]


def sibling_item(label: str, name: str) -> bool:
    """True when the item `label` ('满载检验') is a sibling of an item written in `name` ('空载检验充分发出的平均减速度',
    '踏板力:空载检验'): the same head ('载检验') after another modifier of the same length ('满' / '空'). A Latin label is
    a sibling of a whole word that adds or drops a prefix of up to three letters ('laden' / 'unladen')."""
    if not label:
        return False
    if _LATIN.fullmatch(label):
        low = label.lower()
        return any(w != low and (w.endswith(low) or low.endswith(w)) and abs(len(w) - len(low)) <= 3
                   and min(len(w), len(low)) >= 3 for w in (x.lower() for x in _LATIN.findall(name)))
    for word in _WORDS.findall(name):
        for modifier in range(1, MAX_MODIFIER + 1):
            head, own = label[modifier:], label[:modifier]
            if len(head) < MIN_HEAD:
                break
            start = word.find(head, modifier)
            while start >= 0:
                if word[start - modifier:start] != own:
                    return True
                start = word.find(head, start + 1)
    return False


def sibling_item_pairs(mine: Sequence, other: Sequence, pairs: Sequence[tuple[int, int]], used: set,
                       dimension_of: Callable, may_share: Callable) -> list[tuple[int, int]]:
    """(x, y) pairs of `mine` and `other` (positions): x, unpaired, names no concept and only an item; the reading
    right before it on its side in its dimension, of the same kind of limit and unit, writes a sibling item and is
    paired with y alone; y is the other clause's only reading in that dimension, its words setting no item apart
    ('other than', '除外'); and `may_share(x, y)` (no
    conflicting class, period or kind). `pairs` are (mine, other) positions."""
    partners: dict[int, list[int]] = {}
    for a, b in pairs:
        partners.setdefault(a, []).append(b)
    found = []
    for x, ind in enumerate(mine):
        if x in used or ind.concept:
            continue
        label = item_label(ind.parameter)
        if not label:
            continue
        dimension = dimension_of(ind)
        before = [p for p in range(x) if dimension_of(mine[p]) == dimension]
        if not before:
            continue
        p = before[-1]
        if len(partners.get(p, ())) != 1:
            continue
        y = partners[p][0]
        if [z for z, o in enumerate(other) if dimension_of(o) == dimension] != [y]:
            continue
        if _EXCEPTION.search(f"{other[y].parameter} {other[y].qualifier or ''}"):
            continue
        head = mine[p]
        if head.comparator != ind.comparator or head.unit != ind.unit or not sibling_item(label, head.parameter):
            continue
        if may_share(x, y):
            found.append((x, y))
    return found


def share_with_sibling_items(domestic, international, used_d: set, used_i: set, pairs: list,
                             keys_d: list, keys_i: list, dimension_of: Callable, may_share: Callable) -> None:
    """`sibling_item_pairs` on both sides of a pairing (`verdicts.pair_indicators`, which passes its `dimension_of` and
    `may_share(x, y, keys_x, keys_y)`), the pairs added in place."""
    added = []
    for mine, other, used, keys_mine, keys_other, flip in (
            (domestic, international, used_d, keys_d, keys_i, False),
            (international, domestic, used_i, keys_i, keys_d, True)):
        own = [(b, a) if flip else (a, b) for a, b in pairs]
        for x, y in sibling_item_pairs(
                mine, other, own, used, dimension_of,
                lambda x, y: may_share(mine[x], other[y], keys_mine[x], keys_other[y])):
            added.append((y, x) if flip else (x, y))
    for a, b in added:
        used_d.add(a)
        used_i.add(b)
        pairs.append((a, b))
