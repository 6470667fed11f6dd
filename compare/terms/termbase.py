"""The one bilingual termbase (concept -> Chinese and English terms, parent, field) and what it tells matching
and indicator pairing.

Sentence embeddings carry the gist of a clause but blur the words that decide its counterpart in
standards text: 汞 vs 镉 (mercury vs cadmium), 糙米 vs 大米 (husked vs polished rice). A termbase, the tool
translators already keep, names those words in both languages. Terms are found by longest match, so 无机砷
is inorganic arsenic, not arsenic.

Matching and alignment ask which concepts a clause names (`concepts_in`); indicator extraction asks which
concept a parameter name stands for (`concept_of`) and pairing asks whether two concepts may be compared
(`related`) and whether they are two forms of one substance (`forms_differ`). A user's own CSV, given to
`load_termbase`, reaches all of them. A concept whose role is "matching" reaches matching only (`Termbase.matching`):
the indicator reader never sees it.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from compare.core.errors import InputFileError

_CJK = re.compile(r"[\u3400-\u9fff]")


CACHE_SIZE = 200_000
# The role column says what a concept can be in a parameter name. Empty: a quantity that is limited (lead,
# leakage current). "component": a quantity that also names what others are limited in (fat, moisture): any
# other concept named beside it wins. "context": never the quantity, only where or to what a limit applies
# (a food, basic insulation, a hole): ignored when naming a parameter ('test voltage for basic insulation').
# "matching": a concept for matching only (the products, tests and quantities of a field that tie a clause to its
# counterpart, where the reader would take them for a parameter's quantity or context and pair other limits):
# left out of the termbase the reader uses and kept in `Termbase.matching`.
CONTEXT, COMPONENT, MATCHING = "context", "component", "matching"
# Fields whose narrower concepts are chemical forms of their parent (inorganic arsenic of arsenic): a form pairs
# with its substance and is then judged different, never stricter or looser.
FORM_FIELDS = frozenset({"contaminant", "mycotoxin", "pesticide"})


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: extraction caches results per termbase
class Termbase:
    """Terms of every concept, compiled into one longest-first pattern per script."""

    concepts: dict[str, tuple[str, ...]]
    parents: dict[str, str]
    _zh: re.Pattern
    _en: re.Pattern
    _lookup: dict[str, str]
    fields: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    # Symbols of one or two letters with a capital ('Pb', 'Cd', 'CO', 'pH'), by their lower case: found only as written,
    # so 'pb' in 'burst pressure pb' is no lead and 'co' no carbon monoxide.
    _symbols: dict[str, str] = field(default_factory=dict)
    # Stored clauses come back as candidates again and again: remember what each text names.
    _cache: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    _named: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)
    _hits: dict[str, list] = field(default_factory=dict, compare=False, repr=False)
    # The same termbase with the concepts for matching only; None when it has none.
    _matching: Termbase | None = field(default=None, compare=False, repr=False)

    @property
    def matching(self) -> Termbase:
        """The termbase matching reads (the lexical channel, the concepts two clauses share, identifiers): every
        concept, those whose role is "matching" included. This termbase itself when it has none."""
        return self._matching or self

    def concept_of(self, name: str) -> str | None:
        """The concept a parameter name stands for ('大米中镉的限量' -> 'cadmium'), or None.

        Concepts whose role is context (foods, insulation kinds) are passed over; a component (fat) yields to
        any other concept; among the rest, the last one written, nearest the value, wins. Parents are not
        added: '无机砷' is inorganic_arsenic only.
        """
        found = self._named.get(name, _UNSEEN)
        if found is _UNSEEN:
            if len(self._named) >= CACHE_SIZE:
                self._named.clear()
            found = self._named[name] = self._name_concept(name)
        return found

    def hits(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, concept) of each term found in `text`, in text order (offsets in the NFKC-folded
        text, which keeps the length of clause text already folded)."""
        found = self._hits.get(text)
        if found is None:
            if len(self._hits) >= CACHE_SIZE:
                self._hits.clear()
            found = self._hits[text] = self._find_hits(text)
        return found

    def _find_hits(self, text: str) -> list[tuple[int, int, str]]:
        folded = _fold(text)
        found = ([(m.start(), m.end(), self._lookup[m.group(0).lower()]) for m in self._zh.finditer(folded)]
                 if _CJK.search(folded) else [])
        found += [(m.start(1), m.end(1), self._lookup[m.group(1).lower()]) for m in self._en.finditer(folded)
                  if self._as_written(m.group(1))]
        return sorted(found)

    def _as_written(self, term: str) -> bool:
        """False for a symbol found in another case than its own ('pb' for 'Pb')."""
        written = self._symbols.get(term.lower()) if len(term) <= 2 else None
        return written is None or term == written

    def is_context(self, concept: str) -> bool:
        return self.roles.get(concept) == CONTEXT

    def _name_concept(self, name: str) -> str | None:
        hits = [(start, concept) for start, _, concept in self.hits(name)]
        if not hits:
            return None
        named = [c for _, c in hits if self.roles.get(c) != CONTEXT]
        strong = [c for c in named if self.roles.get(c) != COMPONENT]
        last = (strong or named or [None])[-1]
        # A broader term after a narrower one restates it ('hexavalent chromium (Cr VI)', '甲基汞（以Hg计）').
        narrower = [c for c in (strong or named) if c != last and last in self.lineage(c)]
        return narrower[-1] if narrower else last

    def form_of(self, concept: str | None) -> str | None:
        """The concept itself when it is one form of a broader substance ('inorganic_arsenic'), else None."""
        if concept and concept in self.parents and self.fields.get(concept) in FORM_FIELDS:
            return concept
        return None

    def lineage(self, concept: str) -> tuple[str, ...]:
        """The concept and its broader concepts, narrowest first."""
        chain = [concept]
        while chain[-1] in self.parents and self.parents[chain[-1]] not in chain:
            chain.append(self.parents[chain[-1]])
        return tuple(chain)

    def related(self, a: str, b: str) -> bool:
        """True when indicators of these concepts may be compared: the same concept, or one the broader of the
        other (inorganic arsenic and arsenic; ambient temperature and temperature)."""
        return a == b or a in self.lineage(b) or b in self.lineage(a)

    def forms_differ(self, a: str, b: str) -> bool:
        """True when two related concepts are different forms of one substance (inorganic vs total arsenic)."""
        return a != b and self.related(a, b) and (self.fields.get(a) in FORM_FIELDS or self.fields.get(b) in FORM_FIELDS)

    def concepts_in(self, text: str) -> frozenset[str]:
        """The concepts a text names, with their broader concepts (六价铬 names hexavalent chromium and
        chromium). Longest match wins, so each stretch of text names one concept."""
        found = self._cache.get(text)
        if found is None:
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            found = self._cache[text] = self._find(text)
        return found

    def _find(self, text: str) -> frozenset[str]:
        folded = _fold(text)
        # every Chinese term holds a character of _CJK (that is how `_compile` sorts them), which has no other
        # case: text without one (an English clause) cannot hold a Chinese term, and is not scanned for them
        found = {self._lookup[m.group(0).lower()] for m in self._zh.finditer(folded)} if _CJK.search(folded) \
            else set()
        found |= {self._lookup[m.group(1).lower()] for m in self._en.finditer(folded) if self._as_written(m.group(1))}
        for concept in list(found):
            seen = set()
            while concept in self.parents and concept not in seen:
                seen.add(concept)
                concept = self.parents[concept]
                found.add(concept)
        return frozenset(found)


_UNSEEN = object()


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _compile(rows: list[dict[str, str]]) -> Termbase:
    """The termbase of `rows` as the indicator reader sees it, without the concepts for matching only, which
    its `matching` view holds as well as the others."""
    roles: dict[str, str] = {}
    for row in rows:  # a concept's first role written wins, as in `_compile_rows`
        if (row.get("concept") or "").strip() and (row.get("role") or "").strip():
            roles.setdefault(row["concept"].strip(), row["role"].strip().lower())
    matching_only = {concept for concept, role in roles.items() if role == MATCHING}
    if not matching_only:
        return _compile_rows(rows)
    reader = [row for row in rows if (row.get("concept") or "").strip() not in matching_only]
    return _compile_rows(reader, leave_out=matching_only, matching=_compile_rows(rows))


def _compile_rows(rows: list[dict[str, str]], leave_out: frozenset[str] | set[str] = frozenset(),
                  matching: Termbase | None = None) -> Termbase:
    """`rows` compiled; `leave_out`: concepts none of `rows` holds, never named as a broader concept either."""
    lookup: dict[str, str] = {}
    concepts: dict[str, list[str]] = {}
    parents: dict[str, str] = {}
    fields: dict[str, str] = {}
    roles: dict[str, str] = {}
    for row in rows:
        concept = (row.get("concept") or "").strip()
        if not concept:
            continue
        if (row.get("parent") or "").strip() and row["parent"].strip() not in leave_out:
            parents.setdefault(concept, row["parent"].strip())
        if (row.get("field") or "").strip():
            fields.setdefault(concept, row["field"].strip())
        if (row.get("role") or "").strip():
            roles.setdefault(concept, row["role"].strip().lower())
        for column in ("zh", "en"):
            for term in (row.get(column) or "").split("|"):
                term = _fold(term.strip())
                if term:
                    lookup.setdefault(term.lower(), concept)
                    concepts.setdefault(concept, []).append(term)
    zh_terms = [t for t in lookup if _CJK.search(t)]
    en_terms = [t for t in lookup if not _CJK.search(t)]
    # Case-blind, as the keys are lower case: 黄曲霉毒素B1 is found as written.
    zh = re.compile(_first_of(zh_terms) + trie_pattern(zh_terms), re.IGNORECASE)
    # English terms stand as words, plurals included; the group keeps the term as written in the text.
    en = re.compile(_first_of(en_terms) + r"(?<![A-Za-z0-9])(" + trie_pattern(en_terms)
                    + r")(?:s|es)?(?![A-Za-z0-9])", re.IGNORECASE)
    symbols = {t.lower(): t for ts in concepts.values() for t in ts if len(t) <= 2 and not t.islower() and not _CJK.search(t)}
    return Termbase(concepts={c: tuple(t) for c, t in concepts.items()}, parents=parents, _zh=zh, _en=en,
                    _lookup=lookup, fields=fields, roles=roles, _symbols=symbols, _matching=matching)


def _first_of(terms: list[str]) -> str:
    """A look-ahead for the first characters of `terms` (speed only: the trie is tried only where a term can
    start, instead of at every position; case-blind in a case-blind pattern, as the terms' own letters are)."""
    firsts = sorted({t[0] for t in terms if t})
    return "(?=[" + "".join(re.escape(c) for c in firsts) + "])" if firsts else ""


def trie_pattern(terms) -> str:
    """One regular expression for all `terms` (lower case), shaped as a trie: at each position the
    engine follows the letters of the text instead of trying every term in turn, and longer terms are tried
    before their prefixes, so the longest term that fits wins, as with a longest-first alternation."""
    root: dict = {}
    for term in terms:
        node = root
        for char in term:
            node = node.setdefault(char, {})
        node[""] = {}  # a term ends here

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return build(root) if root else r"(?!x)x"


def read_termbase_rows(path: Path) -> list[dict[str, str]]:
    """Rows of a termbase CSV with columns concept, zh, en (terms separated by |; parent, field and role
    optional: see CONTEXT and COMPONENT)."""
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputFileError(f"cannot read the termbase {path}: {exc}; it must be a UTF-8 CSV with columns "
                             "concept, zh, en") from exc
    if rows and not {"concept", "zh", "en"} <= set(rows[0]):
        raise InputFileError(f"the termbase {path} needs the columns concept, zh, en; found: {', '.join(rows[0])}")
    return rows


@lru_cache(maxsize=8)
def load_termbase(extra: str | None = None) -> Termbase:
    """The built-in termbase (contaminants, foods, pesticides, water, electrical safety, tolerances, test
    conditions), plus the user's own CSV when given (its terms win where both name a term). The same object is
    returned for the same CSV, so pass it on to matching, alignment and indicator extraction alike."""
    with resources.files("compare.terms").joinpath("termbase.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if extra:
        rows = read_termbase_rows(Path(extra)) + rows  # the user's terms take precedence
    return _compile(rows)


def term_agreement(query: frozenset[str], candidate: frozenset[str]) -> float:
    """Share of the concepts named by either text that both name (Jaccard), 0 when neither names any."""
    union = query | candidate
    return len(query & candidate) / len(union) if union else 0.0
