"""Read what a line is from its numbering, the way a standards engineer does: "5.2.1" is a clause three levels
deep, "A.1" the first clause of annex A, "附录A" / "Annex A" an annex, "表1" / "Table 1" a table title, "续表1" /
"Table 1 (continued)" its continuation, "注" / "NOTE" a note. Font sizes are never looked at.

These are pure functions over one line of text; the order of clauses (is "5.3" a plausible next number after
"5.2.1"?) is checked by `follows`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
_FRONT = {"前言": "前言", "引言": "引言", "foreword": "Foreword", "introduction": "Introduction"}
_CONTENTS = {"目次", "目录", "contents", "tableofcontents"}
_ANNEX = re.compile(r"^(?:附\s*录|annex|appendix)\s*([A-Z])(?![A-Za-z0-9])\s*(.*)$", re.I)
_ANNEX_STATUS = re.compile(r"^[(（]\s*(规范性|资料性|规范性附录|资料性附录|normative|informative)\s*[)）]\s*(.*)$", re.I)
_TABLE_ZH = re.compile(r"^(续\s*)?表\s*([A-Z]\.?\s*)?(\d+)\s*(?:[(（]\s*续\s*[)）])?\s*(.*)$")
_TABLE_ZH_CONT = re.compile(r"^表\s*([A-Z]\.?\s*)?(\d+)\s*[(（]\s*续\s*[)）]")
_TABLE_EN = re.compile(r"^Table\s*([A-Z]\.?)?(\d+)\s*(\(\s*continued\s*\))?\s*(?:[—–-]+\s*)?(.*)$", re.I)
# OCR may drop the spaces: "NOTEThe limits", "Note1toentry:".
_NOTE = re.compile(r"^(?:注\s*(\d*)\s*[:：]|NOTE(?:\s*(\d+))?(?:\s*to\s*entry)?(?:\s*[:：]|\s+|$|(?=[A-Z][a-z]))|"
                   r"Note\s*(\d+)\s*to\s*entry\s*[:：])\s*(.*)$")
# A clause number: "5", "5.2.1", "A.1", "A.1.2"; then a space, or (OCR drops spaces) a CJK character or a
# capitalised word ("4.1General characteristics").
_NUMBER = re.compile(r"^((?:[A-Z]\.)?\d{1,2}(?:\.\d{1,3})*)(?:\s+|(?=[\u3400-\u9fff])|(?=[A-Z][a-z])|$)(.*)$")
_SENTENCE_END = re.compile(r"[。；;.:：,，]$")
_DOT_LEADER = re.compile(r"(?:\.{4,}|…{2,}|·{4,}|\.\s\.\s\.\s)")
_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class Heading:
    """What a line starts.

    kind: "front", "contents", "annex", "clause", "table", "note".
    number: "5.2.1", "A.1", "A" (annex letter), "1" (table number, with its annex letter when it has one).
    rest: the text after the number on the same line (a title, or the start of the clause text).
    continued: a table title marked as the continuation of an earlier table.
    status: an annex's normative / informative status when given on the line.
    """

    kind: str
    number: str = ""
    rest: str = ""
    continued: bool = False
    status: str = ""

    @property
    def path(self) -> tuple:
        return number_path(self.number)

    @property
    def level(self) -> int:
        return len(self.path)


_FULL_WIDTH = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F) if chr(i - 0xFEE0).isalnum() or chr(i - 0xFEE0) in "./-"}


def normalise(line: str) -> str:
    """One line with full-width digits, letters and dots folded ("３．１" -> "3.1") and runs of spaces made one;
    Chinese punctuation is kept as written."""
    return _SPACES.sub(" ", line.translate(_FULL_WIDTH)).strip()


def number_path(number: str) -> tuple:
    """("A", 1, 2) for "A.1.2", (5, 2, 1) for "5.2.1", ("A",) for an annex letter."""
    parts = number.split(".")
    return tuple(int(p) if p.isdigit() else p for p in parts if p)


def classify(line: str) -> Heading | None:
    """What `line` starts, or None for a line of running text. A clause number is only a candidate: the
    caller checks with `follows` that it continues the numbering."""
    text = normalise(line)
    if not text:
        return None
    key = text.replace(" ", "").lower()
    if key in _FRONT:
        return Heading("front", rest=_FRONT[key])
    if key in _CONTENTS:
        return Heading("contents")
    if m := _ANNEX.match(text):
        rest, status = m.group(2).strip(), ""
        if s := _ANNEX_STATUS.match(rest):
            status, rest = annex_status(s.group(1)), s.group(2).strip()
        if not rest or status or (looks_like_title(rest) and rest[0].isalnum() or _CJK.match(rest)):
            return Heading("annex", number=m.group(1).upper(), rest=rest, status=status)
    if m := _TABLE_ZH.match(text):
        letter = (m.group(2) or "").replace(" ", "").rstrip(".")
        continued = bool(m.group(1)) or bool(_TABLE_ZH_CONT.match(text))
        rest = m.group(4).strip().lstrip("—–- ")
        if rest and not continued and not looks_like_title(rest):
            return None
        return Heading("table", number=f"{letter}.{m.group(3)}" if letter else m.group(3),
                       rest=m.group(4).strip().lstrip("—–- "), continued=continued)
    if m := _TABLE_EN.match(text):
        letter = (m.group(1) or "").rstrip(".")
        rest = m.group(4).strip()
        dashed = re.match(r"^Table\s*[A-Z]?\.?\d+\s*[—–-]", text, re.I)
        if not rest or m.group(3) or (dashed and looks_like_title(rest)) or (
                looks_like_title(rest) and rest[0].isupper()):
            return Heading("table", number=f"{letter}.{m.group(2)}" if letter else m.group(2),
                           rest=m.group(4).strip(), continued=bool(m.group(3)))
    if m := _NOTE.match(text):
        return Heading("note", number=m.group(1) or m.group(2) or m.group(3) or "", rest=m.group(4).strip())
    if m := _NUMBER.match(text):
        number, rest = m.group(1), m.group(2).strip()
        if rest[:1] in ("%", "℃", "°") or re.match(r"^(?:mm|cm|kg|g|mg|ml|mL|m|s|h|min|°C)\b", rest):
            return None
        return Heading("clause", number=number, rest=rest)
    return None


def annex_status(word: str) -> str:
    word = word.lower()
    return "normative" if word.startswith(("规范", "normative")) else "informative"


def is_contents_line(line: str) -> bool:
    """A line of a table of contents: a dot leader, or a title ending in a page number."""
    return bool(_DOT_LEADER.search(line))


def looks_like_title(rest: str) -> bool:
    """Text after a clause number that is a title rather than the start of the clause's text."""
    if not rest or _SENTENCE_END.search(rest) or "。" in rest:
        return False
    cjk = len(_CJK.findall(rest))
    if cjk:
        return cjk <= 24 and len(rest) <= 48
    return len(rest) <= 70 and len(rest.split()) <= 10


def follows(previous: tuple, candidate: tuple, gap: int = 2) -> bool:
    """Whether clause `candidate` can come after clause `previous` in one numbering (main body or one annex):
    a first child (5.2 -> 5.2.1), the next sibling of any ancestor (5.2.1 -> 5.2.2, 5.3, 6), allowing `gap`-1
    missing numbers (a clause deleted in a modified adoption)."""
    if not candidate:
        return False
    if isinstance(candidate[0], str):  # annex clauses: the letter must match
        if not previous or previous[0] != candidate[0]:
            return False
        previous, candidate = previous[1:], candidate[1:]
        if not candidate:
            return False
    if any(not isinstance(p, int) for p in candidate):
        return False
    depth = len(candidate)
    if depth > len(previous) + 1:
        return False
    if depth == len(previous) + 1:
        return tuple(previous) == candidate[:-1] and 1 <= candidate[-1] <= gap
    return tuple(previous[:depth - 1]) == candidate[:-1] and 1 <= candidate[-1] - previous[depth - 1] <= gap


_CJK_END = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]$")
CJK_START = re.compile(r"^[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
_NUMBER_CUT = re.compile(r"\d-$")


def join_text(a: str, b: str) -> str:
    """Join a wrapped line to the text before it: no space between Chinese characters, one between words."""
    if not a:
        return b
    if not b:
        return a
    if _CJK_END.search(a) or CJK_START.search(b) or _NUMBER_CUT.search(a) and b[:1].isdigit():
        return a + b  # ('ISO 8124-' / '3:2010': a standard number the line broke after its hyphen)
    return a + " " + b
