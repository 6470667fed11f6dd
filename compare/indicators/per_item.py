"""An amount per one counted item ('0,70 g/试验', '2,0 g/test', '2 mg per glove', '2 mg/只', '5 mg/皿', '600 per
container') (fixunit33).

A limit per test, per glove, per plate or per container states the amount found in, or given to, one such item: it
is the amount itself, to be compared with the same amount written without its item ('每只手套上…不应超过2 mg' is
'2 mg per glove'). The normaliser did not know the items, so 'g/试验' and 'g/test' were units of their own that met
nothing but the same spelling, and a side written 'g' against one written 'g/test' was judged of another dimension.
Here the item after a solidus, 'per' or 每 is dropped for the normaliser and for the test that a token is a unit; an
item counted alone ('600 per container') is a plain number of things.
"""

from __future__ import annotations

import re

# the items standards state an amount per (a test, a glove or other article worn, a plate or dish of a test, a
# container of a preparation), after '/', 'per' or 每
_ITEM = re.compile(r"(?:\s*/\s*|\s+per\s+(?:(?:one|a|an|each)\s+)?|^per\s+(?:(?:one|a|an|each)\s+)?|每)"
                   r"(?:tests?|试验|gloves?|只|containers?|容器|plates?|皿)$", re.I)


def per_item(unit: str) -> str:
    """'g/试验' -> 'g', 'mg per glove' -> 'mg', 'per container' -> '': the unit with its counted item dropped."""
    return _ITEM.sub("", unit) if unit else unit
