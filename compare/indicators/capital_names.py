"""A quantity named by a name in capitals right before its value (thirty-third round, fixrest33): SGML's reference
quantity and capacity sets, 'ATTCNT 40; GRPCNT 32; LITLEN 240', 'TOTALCAP 35000; ENTCAP 35000', and the Chinese text's
'ATTCNT（属性名数）40；'.

Such a value has no unit and no word of kind, so the reader took it for a bare number and read nothing; the name is the
kind, as a name of a count is ('极数4', `constructions.names_a_count`). A name in capitals of six letters or more (a
run of letters, with no digit: a code such as 'PS1' or 'IEC 60335' is a designation), right before the value or with a
gloss in brackets between, where the value closes its item (a semicolon, a full stop, a bracket's opening or the end of
the text after it). Not a standards body's name ('CISPR 11', 'CENELEC'), nor a word in capitals inside a sentence in
capitals ('WARNING', a heading): the item must start after a list mark (a colon, a semicolon, a comma, 、) or the
text's start.
"""

from __future__ import annotations

import re

_NAME_BEFORE = re.compile(r"(?:^|[:：;；,，、])\s*(?P<name>[A-Z]{6,})\s*(?:[(（][^()（）]{1,40}[)）]\s*)?$")
_ITEM_CLOSES = re.compile(r"\s*(?:[;；。(（]|\.(?:\s|$)|$)")
_NOT_NAMES = frozenset({"CISPR", "CENELEC", "ASHRAE", "ISO/IEC", "ANSI", "ASTM", "CODEX", "ANNEX", "TABLE", "FIGURE",
                        "CLAUSE", "WARNING", "CAUTION", "DANGER", "NOTICE"})


def capital_name_before(left: str, text: str, end: int) -> bool:
    """True when `left` (the words before a value) ends with a quantity's name in capitals and the value, ending at
    `end` of `text`, closes its item ('ATTCNT 40;')."""
    m = _NAME_BEFORE.search(left, max(0, len(left) - 64))
    return bool(m) and m.group("name") not in _NOT_NAMES and bool(_ITEM_CLOSES.match(text, end))


# Two capitals after a list mark, before a value: a symbol ('，PM 0.025 g/kWh', ', PN 6,0 × 10¹¹ per km', '，RB 500 Ω',
# '，EB≤1 W·m⁻²'), not a unit heading the value (fixpair38). Read as a unit they were petamolar or picomolar, a
# petanewton, an exabel: the symbol of a prefix no standard writes a limit in (exa, peta, zetta, yotta, ronna,
# quetta) before the capital of a unit, so the name was stripped as a unit and the value took its neighbour's name
# ('CO 5.0 g/kWh，PM 0.025 g/kWh': both read as CO), and the particulates' limit went unpaired. Units written in
# capitals by custom (HV, HB, MPa, GB) start with another letter; relative humidity's RH is the one that does not.
_LARGE_PREFIX_CAPITALS = re.compile(r"[EPZYRQ][A-Z]")
_CUSTOMARY_CAPITALS = frozenset({"RH"})


def symbol_not_unit(word: str) -> bool:
    """True for a word of two capitals that reads as a unit only with a prefix no standard uses ('PM', 'PN', 'RB')."""
    word = word.strip()
    return bool(_LARGE_PREFIX_CAPITALS.fullmatch(word)) and word not in _CUSTOMARY_CAPITALS
