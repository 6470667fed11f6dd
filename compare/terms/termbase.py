"""A bilingual termbase (concept -> Chinese and English terms) and the term signal it gives matching.

Sentence embeddings carry the gist of a clause but blur the words that decide its counterpart in
standards text: 汞 vs 镉 (mercury vs cadmium), 糙米 vs 大米 (husked vs polished rice). A termbase, the tool
translators already keep, names those words in both languages. Terms are found by longest match, so 无机砷
is inorganic arsenic, not arsenic.
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


@dataclass(frozen=True)
class Termbase:
    """Terms of every concept, compiled into one longest-first pattern per script."""

    concepts: dict[str, tuple[str, ...]]
    parents: dict[str, str]
    _zh: re.Pattern
    _en: re.Pattern
    _lookup: dict[str, str]
    # Stored clauses come back as candidates again and again: remember what each text names.
    _cache: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

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
        found = {self._lookup[m.group(0).lower()] for m in self._zh.finditer(folded)}
        found |= {self._lookup[m.group(1).lower()] for m in self._en.finditer(folded)}
        for concept in list(found):
            seen = set()
            while concept in self.parents and concept not in seen:
                seen.add(concept)
                concept = self.parents[concept]
                found.add(concept)
        return frozenset(found)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _compile(rows: list[dict[str, str]]) -> Termbase:
    lookup: dict[str, str] = {}
    concepts: dict[str, list[str]] = {}
    parents: dict[str, str] = {}
    for row in rows:
        concept = (row.get("concept") or "").strip()
        if not concept:
            continue
        if (row.get("parent") or "").strip():
            parents.setdefault(concept, row["parent"].strip())
        for column in ("zh", "en"):
            for term in (row.get(column) or "").split("|"):
                term = _fold(term.strip())
                if term:
                    lookup.setdefault(term.lower(), concept)
                    concepts.setdefault(concept, []).append(term)
    zh = re.compile(_trie_pattern(t for t in lookup if _CJK.search(t)))
    # English terms stand as words, plurals included; the group keeps the term as written in the text.
    en = re.compile(r"(?<![A-Za-z0-9])(" + _trie_pattern(t for t in lookup if not _CJK.search(t))
                    + r")(?:s|es)?(?![A-Za-z0-9])", re.IGNORECASE)
    return Termbase(concepts={c: tuple(t) for c, t in concepts.items()}, parents=parents, _zh=zh, _en=en,
                    _lookup=lookup)


def _trie_pattern(terms) -> str:
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
    """Rows of a termbase CSV with columns concept, zh, en (terms separated by |; parent and field optional)."""
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
    conditions), plus the user's own CSV when given."""
    with resources.files("compare.terms").joinpath("termbase.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if extra:
        rows = read_termbase_rows(Path(extra)) + rows  # the user's terms take precedence
    return _compile(rows)


def term_agreement(query: frozenset[str], candidate: frozenset[str]) -> float:
    """Share of the concepts named by either text that both name (Jaccard), 0 when neither names any."""
    union = query | candidate
    return len(query & candidate) / len(union) if union else 0.0
