"""One limit on one side standing for the limits of several grades or varieties on the other (twenty-eighth round,
`broadcast28`).

An international clause often states one limit for a commodity where the Chinese clause states one per grade or
variety: 'Moisture content: 15 % m/m max.' against '早籼稻谷、晚籼稻谷和籼糯稻谷…均不大于13.5 %；粳稻谷…均不大于14.5 %';
'wheat shall have a minimum test weight of 68 kg/hl' against '二等小麦不小于770 g/L，三等不小于750 g/L，四等不小于730 g/L'.
The keys of the open sets pair the single value with each of the other side's values, one pair per grade or
variety (`verdicts._share_lone_limits` builds those pairs). Two forms were left out of it:

- `counterpart_stated`: the items of the other side carry a food or product key the single limit lacks. A single
  limit was kept for the one item it was already paired with ('Sum of fructose and glucose: blossom honey 60 g/100 g;
  honeydew honey 45 g/100 g' against one unscoped '≥ 60': the keys leave honeydew honey missing). That holds where
  the single limit states that item's value, its counterpart exactly; where it states another value than every item
  paired with it (13.5 % and 14.5 % of the paddy varieties against 15 %), the keys share it with each item.
- `grade_row_heads`: a grade's row that names nothing but its grade ('三等', 'grade 3'), after a row that names the
  quantity and the first grade ('容重：二等小麦不小于770 g/L，三等不小于750 g/L'): the reader gives the row no quantity,
  so it took no share of the single limit its head paired with. The head is the row's quantity.
"""
from __future__ import annotations

import math
import re
import unicodedata
from typing import Callable, Sequence

from compare.indicators.extract import Indicator

# A grade, class or variety written as a numbered label: '三等', '4等', '二级', 'Ⅱ类', 'grade 3', 'class II'.
_GRADE = re.compile(r"(?<![A-Za-z0-9])(?:0I|0|I{1,3}|IV|V|\d|[一二三四五六])\s*(?:等|级|类)(?:品)?"
                    r"|(?i:class|grade)\s+(?:0I|0|I{1,3}|IV|V|\d)(?![A-Za-z0-9])")
# What a row's name may hold beside its grade and the words of its head: punctuation and spaces.
_FILLER = re.compile(r"[\s:：,，、;；()（）.]+")
# The kinds of key that tell grades apart (`verdicts.qualifier_keys`).
_GRADE_KEY = "class "


def counterpart_stated(lone: float | None, partners: Sequence[float | None]) -> bool:
    """True when a reading already paired with the single limit states its value (`lone`): the single limit is that
    item's counterpart, and the other items, which carry keys of their own, have none ('≥ 60' against 'blossom honey
    60 g/100 g; honeydew honey 45 g/100 g'). False when every partner states another value: the single limit is the
    whole commodity's, and holds for each of its varieties ('15 % m/m max.' against 13.5 % and 14.5 %). A value
    not read (None) proves nothing either way, and is read as stated (the rule stays as it was)."""
    if lone is None or any(p is None for p in partners):
        return True
    return any(math.isclose(p, lone, rel_tol=1e-9, abs_tol=1e-15) for p in partners)


def grade_only(name: str, head_name: str) -> bool:
    """True when a reading's name states a grade and nothing else but words of its head's name ('三等', '三等小麦'
    after '容重：二等小麦', 'grade 3' after 'Test weight, grade 2')."""
    name, head_name = unicodedata.normalize("NFKC", name), unicodedata.normalize("NFKC", head_name)
    if not _GRADE.search(name):
        return False
    rest = _FILLER.sub("", _GRADE.sub(" ", name))
    return not rest or rest in _FILLER.sub("", head_name)


def grade_row_heads(readings: Sequence[Indicator], keys: Sequence[frozenset[str]],
                    dimension: Callable[[Indicator], str]) -> dict[int, int]:
    """For each reading of a grade's row that names no quantity ('三等' 750 g/L), the reading that heads the list of
    grades: the nearest before it, in the same dimension and kind of limit, that names a quantity (a concept) and a
    grade of its own ('容重：二等小麦' 770 g/L), with nothing but other grade rows between them in that dimension. A
    row naming words of its own ('其他', a product) is no grade row; nor is a reading whose grade is its head's."""
    heads: dict[int, int] = {}
    order = sorted(range(len(readings)), key=lambda k: readings[k].span)
    for n, k in enumerate(order):
        ind = readings[k]
        if ind.concept or not keys[k] or not all(key.startswith(_GRADE_KEY) for key in keys[k]):
            continue
        for j in reversed(order[:n]):
            other = readings[j]
            if dimension(other) != dimension(ind) or other.comparator != ind.comparator:
                continue
            if other.concept is None:
                if j in heads:
                    continue  # another grade row of the list
                break
            grades = {key for key in keys[j] if key.startswith(_GRADE_KEY)}
            if grades and not grades & keys[k] and grade_only(ind.parameter, other.parameter):
                heads[k] = j
            break
    return heads


def grade_row_pairs(heads: dict[int, int], pairs: Sequence[tuple[int, int]], used: set[int],
                    mine: Sequence[Indicator], other: Sequence[Indicator],
                    dimension: Callable[[Indicator], str],
                    value: Callable[[Indicator], float | None]) -> list[tuple[int, int]]:
    """(row, partner) for each unpaired grade row whose head is paired with the other side's single limit of the
    head's quantity (the only reading of that concept and dimension there): the single limit holds for this grade too.
    Not when a grade of the list states the single limit's value (`counterpart_stated`: '89号 89，92号 92，95号 95'
    against 'RON: minimum 95,0' is grade 95's limit alone). `pairs` are (mine, other) positions; `value` reads a
    limit's value in its normalised unit; the caller checks the pair may share (kind of limit, conflicting keys)."""
    out = []
    for row, head in heads.items():
        if row in used:
            continue
        partners = [y for x, y in pairs if x == head]
        if len(partners) != 1:
            continue
        y = partners[0]
        same = [z for z, o in enumerate(other) if o.concept == mine[head].concept
                and dimension(o) == dimension(mine[head])]
        grades = [head] + [k for k, h in heads.items() if h == head]
        if same == [y] and not counterpart_stated(value(other[y]), [value(mine[k]) for k in grades]):
            out.append((row, y))
    return out
