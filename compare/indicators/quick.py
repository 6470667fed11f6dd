"""Quick tests that let the indicator reader skip text a pattern cannot match: speed only, never another reading.

A pattern that regular expressions must try at every position of a clause (an alternation whose branches start
with look-behinds, case-ignoring words or optional parts) is compiled behind a look-ahead for the characters its
matches can start with (`starting_with`), so every other position is passed over at once; words a pattern needs
are looked for in the text first (`caseless`). Every pattern made here is registered with its plain form, and
tests/compare/indicators/test_reading_speed.py checks that both find the same matches on the project's clauses.
"""

from __future__ import annotations

import functools
import re

# (the quick pattern, the pattern as written, its flags), for the tests.
REGISTERED: list[tuple[re.Pattern, str, int]] = []


def starting_with(first: str, pattern: str, flags: int = 0, *, at_word_start: str = "") -> re.Pattern:
    """`pattern`, tried only where the next character is in the class `first` (the inside of a character class,
    such as r"\\dA-Z"), or in the class `at_word_start` with no word character before it (for branches that start
    with \\b: a look-behind for letters only is no word start). Every match of the pattern must start so; an empty
    match is never one (a pattern that can match empty text is not given here)."""
    gates = ([rf"(?=[{first}])"] if first else []) + ([rf"(?<!\w)(?=[{at_word_start}])"] if at_word_start else [])
    gate = gates[0] if len(gates) == 1 else "(?:" + "|".join(gates) + ")"
    quick = re.compile(rf"{gate}(?:{pattern})", flags)
    REGISTERED.append((quick, pattern, flags))
    return quick


def word_starts(words, flags: int = 0) -> str:
    """The class body of the first characters of `words` (both cases when `flags` ignore case, with 'ſ' for s and
    'ı', 'İ' for i, the letters a case-ignoring pattern also takes for them), escaped for a character class."""
    chars = {w[0] for w in words if w}
    if flags & re.IGNORECASE:
        chars |= {c.upper() for c in chars} | {c.lower() for c in chars}
        chars |= {extra for letter, extras in _CASE_EXTRAS.items() if letter in chars for extra in extras}
    return "".join(re.escape(c) if c in "\\]^-[" else c for c in sorted(chars))


# Letters that match an ASCII letter when case is ignored, besides its capital (Python's re, Unicode text).
_CASE_EXTRAS = {"i": "İı", "I": "İı", "k": "K", "K": "K", "s": "ſ", "S": "ſ"}


@functools.lru_cache(maxsize=16)  # (asked some ten times a clause, of its three or four forms: text, folded, masked)
def caseless(text: str) -> str:
    """`text` in lower case, with 'ſ' written s and 'ı', 'İ' written i: a word that a case-ignoring pattern finds
    in `text` is in it, as a plain substring."""
    if text.isascii():
        return text.lower()
    return text.replace("İ", "i").lower().replace("ſ", "s").replace("ı", "i")
