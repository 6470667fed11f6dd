"""'At least one' of a thing, written in Chinese with a counter (thirty-sixth round, the lead): '至少一只眼睛应能…',
'至少1只受试动物的皮肤组织出现破坏', '没有至少一根导线…的设备不在本部分范围之内'.

The words say that a thing of the kind exists (an eye, an animal, a conductor), as 'at least one tested animal' and
'Equipment not having at least one conducting wire' do in English, whose 'one' the reader never takes for a value. The
Chinese numeral was read as a minimum of one, with no unit, and paired with any bare number of the other clause. The
open sets' keys hold no value for it (four of four). A count of occasions ('每年至少一次', at least once a year) is a
frequency and stays a value; so does a count per something ('至少1个/批').
"""

from __future__ import annotations

import re

# 至少 and the numeral one, then a counter of things, people or kinds (not 次, an occasion), not followed by a per.
_AT_LEAST_ONE = re.compile(r"至少\s*(一|1)(?![\d.,])\s*(?=[只根个台件名位种处条组项片颗套把张份例人](?!\s*[/每]))")


def at_least_one_thing(folded: str) -> list[tuple[int, int]]:
    """The spans of the numerals of '至少一只…', '至少1根…' in `folded`: no value, nor a number left unread."""
    if "至少" not in folded:
        return []
    return [m.span(1) for m in _AT_LEAST_ONE.finditer(folded)]
