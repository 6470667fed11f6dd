"""Values offered as alternatives that share one tolerance (thirty-sixth round, fixlist36; the Chinese half is
fixlist35's patch, taken as it was left).

A list of three values or more in one unit (or in none) whose last joint is 'or' offers its members as
alternatives, one of which a test or a product takes: '夹角为20°、60°或85°', 'at 20°, 60° or 85°', 'number of bumps:
100, 1 000 or 4 000'. A tolerance written after such a list holds for whichever member is taken, not for the last
member alone; it is read as a bound on the deviation (a maximum of T), as any '± T' standing alone is:

- written apart, after a mark or a word ('20°、60°或85°，其允许偏差为±0.1°', '20°, 60° or 85° …, within ± 0,1°');
- written straight after the last member ('100, 1 000 or 4 000 ± 10', '110 V, 220 V or 380 V ± 5 V'), while no
  member before it carries a tolerance of its own.

Two values joined by 'or' ('恒温箱温度为35 ℃或45 ℃，允差为±1 ℃') and lists with no 'or' ('5 ℃、10 ℃、15 ℃，允差为±2 ℃')
keep the tolerance their last value's, as before: the open sets' keys read them so.
"""
from __future__ import annotations

import re

# What parts two members of a list of values ('70 kPa、84 kPa', '−10 °C, −5 °C or +5 °C').
_MEMBER_JOINT = re.compile(r"\s*(?:[、,，]|[、,，]?\s*(?:或|和|及|(?<![A-Za-z])(?:or|and)(?![A-Za-z])))\s*", re.I)
# The joint before a list's last member that offers the members as alternatives ('60°或85°', '60° or 85°').
_OR_BEFORE_LAST = re.compile(r"\s*[、,，]?\s*(?:或|(?<![A-Za-z])or(?![A-Za-z]))\s*", re.I)
# A '± T' written straight after a number, with the number's unit or none between ('4 000 ± 10', '380 V ± 5 V').
_GLUED_PLUS_MINUS = re.compile(r"\s*±")


def joined_as_list(text: str, end: int, start: int) -> bool:
    """True when text[end:start], between two values, is the joint of a list ('、', ', ', ' or ', '和')."""
    return _MEMBER_JOINT.fullmatch(text, end, start) is not None


def offered_as_alternatives(text: str, spans: list[tuple[int, int]]) -> bool:
    """True when the values at `spans` (three or more, in order) are one list whose last joint is 'or'
    ('20°、60°或85°', '100, 1 000 or 4 000')."""
    if len(spans) < 3:
        return False
    *heads, (last_start, _) = spans
    return all(joined_as_list(text, a_end, b_start) for (_, a_end), (b_start, _) in zip(heads, heads[1:])) \
        and _OR_BEFORE_LAST.fullmatch(text, heads[-1][1], last_start) is not None


def glued_plus_minus(text: str, start: int, end: int) -> int | None:
    """Where the '±' of a value read with its tolerance ('4 000 ± 10', text[start:end]) stands, when the value is
    written first; None for a '± T' alone or a bracketed '(20 ± 2) °C'."""
    if text[start] in "±(（":
        return None
    at = text.find("±", start, end)
    return at if at > start else None
