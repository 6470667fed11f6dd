"""The number grammar of indicator values: one pattern and one reader for every way standards write a number.

Forms (after clausetext.fold, which turns full-width digits into ASCII and a superscript power after 10 into
'^': '10¹²' -> '10^12'):
    decimal point or comma      0.8   0,8   2,5
    thousands by spaces         3 000   1 000 000   12 500,5
    thousands by commas         1,000   12,500.5      (a comma before exactly three digits, not after '0')
    spaced decimal groups       0.000 05   0,000 05
    ('2,000' is two thousand unless the text writes decimal commas elsewhere: `writes_decimal_comma`)
    scientific                  2.0×10^12   6,0 x 10^11   1.5·10^-3   4.5E6   10^6
A sign may lead. `NUMBER` is a regular expression (a string, to be embedded in larger patterns) and
`read_number` gives its value.
"""

from __future__ import annotations

import functools
import re
from typing import Iterator, NamedTuple, Sequence

from compare.indicators.quick import starting_with

_SPACE = "[ \u00a0\u202f]"
# A mantissa may group its digits by spaces, as the number grammar does ("3 986 005 × 10^8", "7.292 115×10^-5": the
# constants of a geodetic reference system, dev9 V071).
_MANTISSA = (rf"(?:\d{{1,3}}(?:{_SPACE}\d{{3}})+(?![\d.,])|\d+[.,]\d{{3}}(?:{_SPACE}\d{{1,3}})+(?![\d])"
             r"|\d+(?:[.,]\d+)?)")
SCIENTIFIC = (rf"(?:{_MANTISSA}\s*[x×·*]\s*)?10\^[-+]?\d{{1,3}}(?![\d])"
              rf"|\d+(?:\.\d+)?[eE][-+]?\d{{1,3}}(?![\dA-Za-z])")
NUMBER = ("(?:"
          + SCIENTIFIC
          + rf"|\d+[.,]\d{{3}}(?:{_SPACE}\d{{1,3}})+(?![\d])"               # 0.000 05
          + rf"|\d{{1,3}}(?:{_SPACE}\d{{3}})+(?:[.,]\d+)?(?![\d])"        # 3 000, 12 500,5
          + r"|[-+]?\d+(?:,\d{3})+(?:\.\d+)?(?![\d,])"                   # 1,000, 12,500.5
          + r"|[-+]?\d+(?:[.,]\d+)?"                                     # 0.8, 0,8
          + ")")
_SCIENTIFIC = re.compile(rf"^(?:({_MANTISSA})\s*[x×·*]\s*)?10\^([-+]?\d+)$|^(\d+(?:\.\d+)?)[eE]([-+]?\d+)$")
_SPACES = re.compile(_SPACE)
_THOUSANDS_COMMA = re.compile(r"[-+]?\d+(?:,\d{3})+(?:\.\d+)?")


# A clause that writes a decimal comma ('0,8', '60,0', '12,25') or groups thousands by spaces ('1 000'), as ISO and
# IEC do, writes '2,000' for two: its comma is decimal too.
_DECIMAL_COMMA_EVIDENCE = starting_with(r"\d", r"(?<![\d,.])\d+,(?:\d{1,2}|\d{4,})(?![\d,])|(?<![\d,.])0,\d+"
                                     rf"|(?<![\d,.])\d{{1,3}}{_SPACE}\d{{3}}(?![\d,])")


def writes_decimal_comma(text: str) -> bool:
    """True when a text's own numbers show that its commas are decimal ('0,8 mm', '1 000 V'): then '2,000' in it
    is 2.0, not 2000."""
    return "," in text and bool(_DECIMAL_COMMA_EVIDENCE.search(text))


@functools.lru_cache(maxsize=20_000)  # a float from a string, no state: the same numbers come back clause after clause
def read_number(text: str, decimal_comma: bool = False) -> float:
    """The value of a number written in any form of the grammar ('3 000' -> 3000.0, '0,8' -> 0.8,
    '2.0×10^12' -> 2e12). `decimal_comma`: the text around writes decimal commas, so '2,000' is 2.0.
    Raises ValueError for text that is not a number."""
    text = text.strip()
    m = _SCIENTIFIC.match(text)
    if m:
        if m.group(3) is not None:
            return float(f"{m.group(3)}e{m.group(4)}")
        mantissa = _plain(m.group(1)) if m.group(1) else 1.0
        return float(f"{mantissa:.15g}e{int(m.group(2))}")
    if decimal_comma and text.count(",") == 1 and "." not in text:
        return _plain(text.replace(",", "."))
    # (two commas or more are a thousands grouping even in a text of decimal commas, '1,000,264': no decimal number
    # has two decimal marks; read as a decimal, it was no number at all and the reading stopped with an error)
    return _plain(text)


def number_or_none(text: str | None, decimal_comma: bool = False) -> float | None:
    """`read_number`, or None for missing text or text that is not a number (for callers that only compare)."""
    if not text:
        return None
    try:
        return read_number(text, decimal_comma)
    except ValueError:
        return None


def _plain(text: str) -> float:
    text = _SPACES.sub("", text)
    if _THOUSANDS_COMMA.fullmatch(text) and not text.lstrip("+-").startswith("0,"):
        return float(text.replace(",", ""))
    return float(text.replace(",", "."))


# One comma before exactly three digits, with no other separator: '101,325', '2,500'. Without a decimal comma
# written elsewhere in the clause it is read as thousands; the comparison may still take the decimal reading.
_AMBIGUOUS_COMMA = re.compile(r"(?<![\d.,])[1-9]\d{0,2},\d{3}(?![\d.,])")


def ambiguous_comma(number: str) -> bool:
    """True when a number written in text has a comma that could be a thousands or a decimal comma ('101,325',
    '2,500'); False for '0,325' (decimal), '1,000,000' and '12,500.5' (thousands), '2,5' (decimal)."""
    return bool(_AMBIGUOUS_COMMA.search(number))


# A number of the grammar standing on its own: not glued to a letter, digit, '/' or '^' before it ('B1', 'NO2', the
# '50' of '23/50', the '12' of '10^12'), nor running on into more digits after it ('1.2' of '1.2.3').
WRITTEN = re.compile(rf"(?<![\d.,A-Za-z_^/])(?:{NUMBER})(?![\d]|[.,]\d)")
# Every run of digits as written, a ratio ('23/50') or a dotted number ('5.2.1') as one, wherever it stands: what a
# reviewer is shown as not read (a thousands space parts two runs: '3 000' is '3' and '000').
DIGIT_RUN = re.compile(r"\d+(?:[.,]\d+)*(?:\s?/\s?\d+(?:[.,]\d+)*)*")


class Written(NamedTuple):
    """A number written in a text: as written, its span in the folded text and its span in the clause."""

    text: str
    at: int        # in the folded text
    to: int
    start: int     # in the clause
    end: int


def scan_numbers(folded: str, where: Sequence[int], pattern: re.Pattern = WRITTEN) -> Iterator[Written]:
    """The numbers of a folded text (compare.indicators.clausetext.fold, which gives `where`: each folded
    character's offset in the clause), in order, each with its span there and in the clause. `pattern`: WRITTEN,
    numbers of the grammar ('3 000', '2.0×10^12'), or DIGIT_RUN, runs of digits as written."""
    for m in pattern.finditer(folded):
        yield Written(m.group(0), m.start(), m.end(), where[m.start()], where[m.end() - 1] + 1)
