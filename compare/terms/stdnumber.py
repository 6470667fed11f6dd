"""Standard numbers as catalogues write them, parsed and normalised.

"GB/T 19113—2003", "ＧＢ／Ｔ　19113－2003" and "GB/T19113-2003" are one number; "ISO 712:2009" and "ISO 712" are
one standard in two spellings (with and without its edition). A parsed number knows its body, its number with
parts, its edition year and any amendment, and gives an edition-free `key` for linking editions together.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Bodies whose numbers put the year after a colon (ISO 712:2009); all others use a dash (GB/T 191-2008).
INTERNATIONAL_BODIES = ("ISO", "IEC", "ITU")
# International bodies that write the year after a dash, as GB does (Codex: CXS 193-1995).
_DASH_YEAR_INTERNATIONAL = ("CXS", "CXC", "CXG")
# Spellings of the same body that catalogues use interchangeably.
_BODY_SPELLINGS = {"GBT": "GB/T", "GBZ": "GB/Z", "CAC/RCP": "CXC", "CODEX STAN": "CXS", "CODEX": "CXS"}
# Every dash look-alike seen in Chinese catalogues (the em dash is the printed GB form "GB/T 19001—2016").
_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
# "GB/T 19113一2003": the CJK numeral one typed for a dash, only between digits and a year.
_CJK_ONE_AS_DASH = re.compile(r"(?<=\d)\s*一\s*(?=(?:19|20)\d{2}\b)")

_BODY = (r"(?P<body>ISO/IEC/IEEE|ISO/IEC|ISO/ASTM|ISO/CIE|ISO|IEC|ITU-[TR]|CAC/RCP|CODEX\s+STAN|CXS|CXC|CXG|"
         r"GB/T|GB/Z|GBT|GBZ|GB|[A-Z]{1,4}/[TZ]|[A-Z]{2,4})")
_KIND = r"(?:\s*/?\s*(?P<kind>TS|TR|PAS|GUIDE|Guide|指南))?"
_NUMBER = r"(?P<number>(?:[A-Z]\.)?\d+(?:\s?[.\-]\s?\d+)*)"
_YEAR = r"(?:\s*:\s*(?P<year>(?:19|20)\d{2}))?"
_AMENDMENT = r"(?P<amend>(?:\s*(?:[+/]\s*(?:Amd|AMD|Cor|COR|A|C)\s*\.?\s*\d+(?:\s*:\s*\d{4})?))*)"
_EDITION = r"(?:\s*[(（]\s*(?:ed\.?|edition|第)\s*(?P<edition>\d+(?:\.\d+)?)\s*版?\s*[)）])?"
_PATTERN = _BODY + _KIND + r"\s*" + _NUMBER + _YEAR + _AMENDMENT + _EDITION
_FULL = re.compile(r"^\s*" + _PATTERN + r"\s*$", re.I)
_ANYWHERE = re.compile(r"(?<![A-Za-z])" + _PATTERN + r"(?![A-Za-z0-9])", re.I)


@dataclass(frozen=True)
class StandardNumber:
    """A parsed standard number.

    body: the issuing body or prefix ("GB/T", "ISO", "ISO/IEC", "IEC", "ISO/TS", "ISO/IEC Guide").
    number: the number with its parts ("19113", "1800.1", "60335-1", "X.509").
    year: the edition year when written; None for an undated reference ("ISO 712").
    amendment: amendments or corrigenda written after the year ("+A1:2013", "/Amd 1:2024"), kept for display.
    edition: an edition label written beside the number ("4.1" in "IEC 60335-1:2004 (ed 4.1)").
    """

    body: str
    number: str
    year: int | None = None
    amendment: str = ""
    edition: str = ""

    @property
    def key(self) -> str:
        """The edition-free identity: 'ISO 712' for both 'ISO 712:2009' and 'ISO 712:2024'."""
        return f"{self.body} {self.number}"

    @property
    def is_international(self) -> bool:
        return self.colon_year or self.body in _DASH_YEAR_INTERNATIONAL

    @property
    def colon_year(self) -> bool:
        """True for bodies that write the year after a colon (ISO, IEC, ITU)."""
        return _root(self.body) in INTERNATIONAL_BODIES

    def __str__(self) -> str:
        text = self.key
        if self.year is not None:
            text += f"{':' if self.colon_year else '-'}{self.year}"
        if self.amendment:
            text += self.amendment
        if self.edition:
            text += f" (ed {self.edition})"
        return text


def fold(text: str) -> str:
    """Half-width, dash-normalised text: full-width letters, digits, slashes and colons become ASCII."""
    folded = unicodedata.normalize("NFKC", text or "")
    folded = _CJK_ONE_AS_DASH.sub("-", folded)
    return _DASHES.sub("-", folded)


def parse_number(text: str) -> StandardNumber | None:
    """Parse one standard number; None when `text` is not a standard number.

    >>> str(parse_number("GB/T 19113—2003"))
    'GB/T 19113-2003'
    """
    match = _FULL.match(fold(text))
    return _from_match(match) if match else None


def find_numbers(text: str) -> tuple[StandardNumber, ...]:
    """Every standard number written inside free text, in order ("MOD ISO 286-1:2010, ISO 286-2:2010")."""
    found = []
    for match in _ANYWHERE.finditer(fold(text)):
        number = _from_match(match)
        if number is not None and _is_known_body(number):
            found.append(number)
    return tuple(found)


def find_number_spans(text: str) -> tuple[tuple[int, int, StandardNumber], ...]:
    """Like `find_numbers`, with each number's (start, end) in the folded text; for pairing with nearby words."""
    spans = []
    for match in _ANYWHERE.finditer(fold(text)):
        number = _from_match(match)
        if number is not None and _is_known_body(number):
            spans.append((match.start(), match.end(), number))
    return tuple(spans)


def split_double_number(text: str) -> tuple[StandardNumber | None, StandardNumber | None]:
    """Split a GB double number "GB/T 19001—2016/ISO 9001:2015" into its domestic and international halves.

    GB/T 1.1 prints an identical adoption with both numbers on the cover; catalogues copy it. A plain number
    gives (number, None).
    """
    folded = fold(text)
    match = re.match(r"^\s*(.+?-\s*(?:19|20)?\d{2})\s*/\s*((?:ISO|IEC|ITU).+)$", folded, re.I)
    if match:
        return parse_number(match.group(1)), parse_number(match.group(2))
    return parse_number(folded), None


def _from_match(match: re.Match) -> StandardNumber | None:
    body = re.sub(r"\s+", " ", match.group("body").upper())
    body = _BODY_SPELLINGS.get(body, body)
    kind = match.group("kind")
    if kind:
        kind = "Guide" if kind.upper() in ("GUIDE", "指南") else kind.upper()
        # Joint bodies write the kind after a space ("ISO/IEC TR 29110"), single ones after a slash ("ISO/TS").
        body = f"{body} {kind}" if kind == "Guide" or "/" in body else f"{body}/{kind}"
    number = re.sub(r"\s+", "", match.group("number")).upper()
    year = int(match.group("year")) if match.group("year") else None
    if year is None:
        number, year = _split_dash_year(number, body)
    amendment = re.sub(r"\s+", " ", (match.group("amend") or "").strip())
    amendment = re.sub(r"\s*([+/:])\s*", r"\1", amendment)
    return StandardNumber(body=body, number=number, year=year, amendment=amendment,
                          edition=match.group("edition") or "")


def _split_dash_year(number: str, body: str) -> tuple[str, int | None]:
    """Take a dash-written year off the end of a number: '19113-2003' -> ('19113', 2003).

    A four-digit tail from 1900-2099 is a year for every body. A two-digit tail is a year only on old
    domestic numbers ("GB 3102.1-93"); on an international number it is a part ("IEC 60068-2-78").
    """
    head, dash, tail = number.rpartition("-")
    if not dash or not head:
        return number, None
    if len(tail) == 4 and tail[:2] in ("19", "20"):
        return head, int(tail)
    if len(tail) == 2 and _root(body) not in INTERNATIONAL_BODIES:
        return head, 1900 + int(tail)
    return number, None


def _root(body: str) -> str:
    """The first body of a joint or typed body: 'ISO/IEC Guide' -> 'ISO', 'ITU-T' -> 'ITU'."""
    return body.split("/")[0].split(" ")[0].split("-")[0]


def _is_known_body(number: StandardNumber) -> bool:
    # In free text any short capital word before a number looks like a body ("see 5.2"); keep the real ones.
    return number.is_international or number.body.startswith("GB")


_CODEX = {"CXS", "CXC", "CAC", "CODEX"}


def standard_body(number: str) -> str:
    """The body or prefix of a standard number, as search filters use it: 'GB/T 1800.1-2020' -> 'GB/T',
    'CXS 193-1995' and 'Codex MRL' -> 'Codex', 'WHO GDWQ' -> 'WHO'."""
    parsed = parse_number(number or "")
    body = parsed.body if parsed else (number or "").strip().split(" ")[0]
    if body.upper() in _CODEX:
        return "Codex"
    return body if parsed else body.upper()


def standard_label(number: str) -> str:
    """A standard's number as figures group it: 'GB2762-2022', 'GB 2762—2022' and 'ＧＢ　２７６２－２０２２' are one
    standard, 'GB 2762-2022' (a list pasted from several sources writes it several ways: each way was a standard
    of its own, with a degree of its own); a double number stands for its first half; what does not read as a
    number is kept as written."""
    parsed, _ = split_double_number(number) if number else (None, None)
    return str(parsed) if parsed is not None else number.strip()
