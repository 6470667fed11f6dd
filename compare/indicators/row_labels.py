"""The label of a flattened table's row, carried to every value of the row (twenty-seventh round, `rowpair27`).

A table flattened into a clause writes each row's designation once, at the row's head, then the row's values
one after another: 'M20（螺距2.5 mm）：中径18.376 mm，小径17.294 mm；M24（…）：…' against 'M20 × 2,5: pitch diameter
18,376 mm; minor diameter 17,294 mm. M24 × 3: …'; '3级，粒径…为10 000个，…为500个；4级，…为1 000个'. The reader names
each value by the words right before it, so only the row's first value carries the designation ('M20(螺距)'); the
second and third ('中径', '小径') carry none, and pairing by the share of keys drew the first value of a row ('M20',
2.5 mm) onto the partner of the second ('M20 × 2,5: pitch diameter', 18.376 mm), the one key both names held.

`row_labels` gives each value of a row headed by a designation (a code, a class, a type: `DESIGNATION_KINDS`,
stated by the *name* of the row's first value) that designation, its row's label; a designation written after a
value (its qualifier: '0,5 mA for class 0I appliances') heads no row. The pairing (`verdicts.pair_indicators`)
weighs two values of rows with one label as likelier partners and two of rows with two labels as unlikelier ones
(`ROW_WEIGHT`), and leaves the label out of the share of qualifier keys, where the head alone held it: so that two
rows' values pair by their row first, then by their names and values within it.
"""
from __future__ import annotations

import re
from typing import Sequence

from compare.indicators.extract import Indicator

# The kinds of qualifier key that designate a row of a table (`verdicts.qualifier_keys`): 'code M20', 'class 3',
# 'type A'.
DESIGNATION_KINDS = ("code ", "class ", "type ")
# Where a row of a flattened table may end: a sentence's end ('。', a line's end, a full stop before a capital, a
# Chinese character or the text's end; an abbreviation's point, 'min. 6,4 mm', ends nothing), or a semicolon.
SENTENCE_END = re.compile(r"[。\n]|\.(?=\s+[A-Z\u4e00-\u9fff(（]|\s*$)")
SEMICOLON = re.compile(r"[;；]")
_SENTENCE, _SEMICOLON = 2, 1


def designations(keys: frozenset[str]) -> frozenset[str]:
    """The keys among `keys` that designate a row (a code, a class, a type)."""
    return frozenset(k for k in keys if k.startswith(DESIGNATION_KINDS))


def row_labels(readings: Sequence[Indicator], own: Sequence[frozenset[str]],
                       heads: Sequence[frozenset[str]], text: str) -> list[frozenset[str]]:
    """For each reading, the label of its row: the designation keys of the row's head (empty for most).

    `own[k]` holds every key of reading k (its name and qualifier), `heads[k]` the designation keys its name alone
    states (what can head a row), `text` the clause the readings' spans index.

    Rows end where the text parts its headed rows: at a sentence's end when every row headed by a designation
    begins a sentence ('M10 (pitch 1,5): D2 = 9,026; D1 = 8,376. M8 (pitch 1,25): D2 = 7,188; D1 = 6,647'), else at a
    semicolon too ('M20（螺距2.5 mm）：中径18.376 mm，小径17.294 mm；M24（…）：…'). The first reading of a row heads it when
    its name states a designation; the head and each later reading of the row with no designation among its own keys
    take it as their row's label. A later reading with a designation of its own ('C1型…0.2 A，C7型…2.5 A，…250 V') ends what the head gives:
    its words name another item. Only a table's labels are carried: two rows or more headed by designations that
    no other row writes; a designation written in two rows or more is a column's symbol or a notation ('D2, d2 =
    9,026 … D2, d2 = 7,188', 'UGR 19 … UGR 22', '以E1%1cm' in each row), which neither heads a row nor ends what its
    head gives (one headed row is a heading of the clause, not of a row)."""
    out = [frozenset()] * len(readings)
    if not text or not any(heads):
        return out
    sentences = [m.start() for m in SENTENCE_END.finditer(text)]
    semicolons = [m.start() for m in SEMICOLON.finditer(text)]
    order = sorted(range(len(readings)), key=lambda k: readings[k].span)
    parted: dict[int, int] = {}  # how each reading is parted from the one before it
    for previous, k in zip([None] + order, order):
        start = readings[k].span[0]
        after = min(readings[previous].span[1], start) if previous is not None else -1
        parted[k] = _SENTENCE if previous is None or any(after <= e < start for e in sentences) \
            else _SEMICOLON if any(after <= e < start for e in semicolons) else 0
    # (a designation named by two readings or more, a column's symbol, tells nothing of how rows are parted)
    named = [key for k in order for key in heads[k]]
    headed = [k for k in order[1:] if parted[k] and any(named.count(key) == 1 for key in heads[k])]
    level = _SENTENCE if headed and all(parted[k] == _SENTENCE for k in headed) else _SEMICOLON
    rows: list[list[int]] = []
    for k in order:
        if not rows or parted[k] >= level:
            rows.append([])
        rows[-1].append(k)
    # A designation written in two rows or more is a column's symbol or a notation ('D2, d2 = 9,026' … 'D2, d2 =
    # 7,188'; '以E1%1cm' in each row), never what tells a row from the others.
    seen = [frozenset().union(*(designations(own[k]) | heads[k] for k in row)) for row in rows]
    repeated = {key for key in frozenset().union(*seen) if sum(key in keys for keys in seen) > 1}
    labels = [heads[row[0]] - repeated for row in rows]
    # A table's rows are labelled alike, by classes or by codes: a head of another kind than most heads is no label
    # of a row ('Class 2: …. Class 3: …. IPDV is unspecified for classes 2 to 4.': IPDV names a quantity).
    kinds = [kind for label in labels for kind in DESIGNATION_KINDS if any(k.startswith(kind) for k in label)]
    counts = sorted((kinds.count(kind), kind) for kind in DESIGNATION_KINDS)
    if counts[-1][0] == counts[-2][0]:
        return out  # (as many heads of two kinds: no table's labels)
    labels = [frozenset(k for k in label if k.startswith(counts[-1][1])) for label in labels]
    if sum(1 for label in labels if label) < 2:
        return out
    for row, label in zip(rows, labels):
        if not label:
            continue
        out[row[0]] = label
        for k in row[1:]:
            if designations(own[k]) - repeated - label:  # (its name may repeat the head's: '3级, 粒径')
                break
            out[k] = label
    return out
