"""A reference amount written before a list's colon holds for every item of the list (thirty-first round, multi30
probe).

'Infant formula shall contain per 100 kcal the following minimum amounts: protein, 1,8 g; total fat, 4,4 g; linoleic
acid, 300 mg', '每100 kJ产品中应含有下列最低量：蛋白质，0.45 g；脂肪，1.05 g；亚油酸，70 mg': the amount per which the
values are stated ('per 100 kcal', '每100 kJ', read by `constructions.reference_before`) heads the list, and the items
are parted by semicolons. The reader holds a reference for the values of its own sentence, and a semicolon closes
one: the items after the first were read per nothing, and the list's bound word ('minimum amounts', '最低量'),
carried to the values of the first item's unit (`extract._listed_bound`), did not reach them. With the reference
heading a colon, it holds to the end of the list: a full stop, a new line, the end of the text (the end of a list
as `extract._listed_bound` reads it).

The open sets' keys carry a list's heading bound to every item ('the following maximum limits shall not be exceeded:
arsenic …; lead …', dev2 E101, dev3 F109; 'the following minimum distances: …', dev27 AN077; 'the following minimum
clearances', dev28 AO006); none writes a reference amount before such a list's colon."""

from __future__ import annotations

import re

# A colon heading a list: ASCII or full-width (the reader's folded text has the ASCII one).
_COLON = re.compile(r"[:：]")
# Where a list ends: a full stop (not a decimal point, not an abbreviation's), a new line.
_LIST_END = re.compile(r"。|\n|(?<!max)(?<!min)(?<!e\.g)(?<!i\.e)\.(?:\s|$)")
# Words between the reference amount and the colon: no number, no full stop; at most a heading's length.
_HEADING_SPAN = 80


def reference_heads_list(text: str, amount_end: int, position: int) -> bool:
    """True when the reference amount ending at `amount_end` is followed, before `position` (a value of a later item
    of the same list), by a colon within a heading's length, with no digit between the amount and the colon and no
    end of the list between the amount and the value."""
    colon = _COLON.search(text, amount_end, min(position, amount_end + _HEADING_SPAN))
    if colon is None or any(ch.isdigit() for ch in text[amount_end:colon.start()]):
        return False
    return _LIST_END.search(text, amount_end, position) is None
