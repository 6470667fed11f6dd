"""The standard itself, from its cover and foreword: number, year, titles in both languages, and the adoption
statement ("本文件修改采用ISO 17301-1:2016", "(ISO 17301-1:2016, MOD)", "This standard is identical to IEC
60335-1:2020") as a link to the international standard with its degree of correspondence.

The adoption-note parser of compare/adoption reads catalogue notes; it sits above this package, so the
statement is read here from the sentence forms a foreword uses, with the shared standard-number parser.
"""

from __future__ import annotations

import re

from compare.core.vocabulary import Degree
from compare.documents.model import AdoptionStatement, StandardInfo
from compare.terms.stdnumber import find_number_spans, fold

_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Degree words of a foreword's statement, most specific first.
_DEGREES: tuple[tuple[re.Pattern, Degree], ...] = (
    (re.compile(r"非等效采用|非等效|not\s+equivalent|\bNEQ\b", re.I), Degree.NEQ),
    (re.compile(r"等同采用|等同|identical\s+(?:to|with)|\bIDT\b|identical\s+adoption", re.I), Degree.IDT),
    (re.compile(r"修改采用|modif(?:ies|ied|ication)|\bMOD\b", re.I), Degree.MOD),
)
_SENTENCE = re.compile(r"[^。；;\n]+(?:[。；;]|$)")
_BOILERPLATE = re.compile(
    r"^(ICS|CCS|中华人民共和国|国家标准|国家市场监督|国家标准化管理|发布|实施|代替|replaces|INTERNATIONAL STANDARD|"
    r"National Standard|Reference number|.*edition|.*版|\d{4}-\d{2}-\d{2}|©|All rights)", re.I)


def read_info(cover: list[str], front: list[str], lang: str) -> StandardInfo:
    """The standard's identity from its cover lines and the adoption statement from the cover and foreword."""
    number, year, at = "", None, -1
    for i, line in enumerate(cover):
        spans = find_number_spans(line)
        if spans and not _degree_in(line):
            parsed = spans[0][2]
            number, year, at = str(parsed), parsed.year, i
            break
    if number and year is None:  # "ISO 17301-1" on the cover, "ISO 17301-1:2016(E)" in the reference number
        for line in cover + front:
            dated = [n for _, _, n in find_number_spans(line) if n.key == parsed.key and n.year]
            if dated:
                number, year = str(dated[0]), dated[0].year
                break
    title, title_en = _titles(cover[at + 1:] if at >= 0 else cover)
    adoption = read_adoption(cover + front)
    return StandardInfo(number=number, year=year, title=title or title_en, title_en=title_en, lang=lang,
                        adoption=adoption)


def _degree_in(text: str) -> Degree | None:
    for pattern, degree in _DEGREES:
        if pattern.search(text):
            return degree
    return None


def _titles(lines: list[str]) -> tuple[str, str]:
    """The first run of Chinese lines and the first run of English lines after the number: the titles."""
    zh: list[str] = []
    en: list[str] = []
    for line in lines:
        if _BOILERPLATE.match(line) or find_number_spans(line) or len(line) < 2:
            if zh or en:
                if (zh and en) or _degree_in(line):
                    break
            continue
        if _CJK.search(line):
            if en:
                break
            zh.append(line)
        elif _LATIN_WORD.search(line):
            if en and not zh and _french(line):
                break
            en.append(line)
    return "".join(zh), " ".join(en)


def _french(line: str) -> bool:
    return bool(re.search(r"[éèàç]|\b(?:et|des|Partie|méthodes)\b", line))


def read_adoption(lines: list[str]) -> AdoptionStatement | None:
    """The adoption statement among `lines`: the first sentence naming an international standard with a degree
    word beside it; None when the document declares no adoption."""
    text = "\n".join(lines)
    for sentence in _SENTENCE.findall(text):
        folded = fold(sentence)
        numbers = [n for _, _, n in find_number_spans(folded) if n.is_international]
        degree = _degree_in(folded)
        if numbers and degree is not None:
            return AdoptionStatement(reference=str(numbers[0]), degree=degree, sentence=sentence.strip())
    return None
