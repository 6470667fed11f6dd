"""Link international standards to their domestic adoptions, by three routes in order of trust.

1. declared: the domestic catalogue's adoption note (or a GB double number) names the international standard;
2. number: a number convention (compare.adoption.conventions) mirrors the international number;
3. similarity: the titles (and scopes) are close across languages under the encoder, and each is the other's
   best match.
Each link carries its evidence and a degree: the declared one, or 'to confirm' when nothing states it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from compare.terms.adoption_notes import ADOPTING_DEGREES
from compare.adoption.catalogue import CURRENT, Entry, Issue
from compare.core.model import similarity_to_score
from compare.adoption.conventions import CONVENTIONS, Convention, mirrored_number
from compare.terms.stdnumber import StandardNumber

DECLARED, NUMBER, SIMILARITY = "declared", "number", "similarity"
UNKNOWN = "to confirm"
# Cosine similarity below which two titles are not proposed as a pair (`--min-score`; README, "Adoption tracking",
# its route 3; measured in docs/adoption.md, "Adoption tracking: what was measured").
DEFAULT_MIN_SCORE = 70.0
_JOINT_FAMILY = ("ISO", "IEC", "ISO/IEC")
_CHUNK = 1024


@dataclass(frozen=True)
class Link:
    """A domestic standard linked to an international one.

    international: key of the international standard ('ISO 9001').
    edition: the international edition year the domestic standard adopts, when stated.
    score: 0-100 title similarity (similarity route only).
    suggested: a degree suggested by comparing the clauses, for links whose degree is to confirm (never counted).
    """

    international: str
    domestic: Entry
    route: str
    degree: str
    evidence: str
    edition: int | None = None
    score: float | None = None
    suggested: str = ""

    @property
    def domestic_current(self) -> bool:
        return self.domestic.status == CURRENT

    @property
    def counts(self) -> bool:
        """True when the link is an adoption in the Outline's sense: IDT or MOD, by a current domestic standard."""
        return self.degree in ADOPTING_DEGREES and self.domestic_current


class Resolver:
    """Find the in-scope international key a reference names, allowing ISO/IEC written as ISO or IEC."""

    def __init__(self, keys: set[str]):
        self.keys = keys
        self._by_number: dict[str, list[str]] = {}
        for key in keys:
            body, _, number = key.partition(" ")
            if body in _JOINT_FAMILY:
                self._by_number.setdefault(number, []).append(key)

    def resolve(self, number: StandardNumber) -> str | None:
        if number.key in self.keys:
            return number.key
        if number.body in _JOINT_FAMILY:
            others = self._by_number.get(number.number, [])
            if len(others) == 1:
                return others[0]
        return None


def declared_links(domestic: tuple[Entry, ...], resolver: Resolver, withdrawn_keys: set[str]
                   ) -> tuple[list[Link], list[Issue]]:
    """Links named by adoption notes and GB double numbers; issues for notes that name nothing in scope."""
    links: list[Link] = []
    issues: list[Issue] = []
    seen: set[tuple[str, str]] = set()
    for entry in domestic:
        named = [(ref.number, ref.degree or entry.note.degree, f"adoption note '{entry.note.raw}'")
                 for ref in entry.note.references]
        if entry.adopts is not None and all(n.key != entry.adopts.key for n, _, _ in named):
            # GB/T 1.1 gives an identical adoption both numbers on the cover.
            named.append((entry.adopts, "IDT", f"double number '{entry.raw_number}'"))
        for number, degree, evidence in named:
            key = resolver.resolve(number)
            if key is None:
                why = ("is withdrawn in the international catalogue" if number.key in withdrawn_keys
                       else "is not in the international catalogue")
                issues.append(Issue("not_in_scope", "domestic", entry.label, entry.line,
                                    f"{entry.label} declares {degree or 'an adoption of'} {number}, which {why}; "
                                    "not counted"))
                continue
            if (key, entry.label) in seen:
                continue  # one note naming a standard twice ("ISO 9001:2015, ISO 9001:2015/Amd 1:2024")
            seen.add((key, entry.label))
            links.append(Link(key, entry, DECLARED, degree or UNKNOWN, evidence, edition=number.year))
    return links, issues


def number_links(domestic: tuple[Entry, ...], targets: set[str], resolver: Resolver,
                 conventions: tuple[Convention, ...] = CONVENTIONS) -> list[Link]:
    """Links suggested by number conventions, from domestic standards that name no international standard,
    to the international standards in `targets` (those no declaration reached)."""
    links = []
    for entry in domestic:
        if entry.number is None or not _free(entry):
            continue
        found = mirrored_number(entry.number, conventions)
        if found is None:
            continue
        mirrored, rule = found
        key = resolver.resolve(mirrored)
        if key in targets:
            links.append(Link(key, entry, NUMBER, _degree_of(entry),
                              f"number convention {rule.describe()}" + _degree_source(entry)))
    return links


def similarity_links(international: list[Entry], domestic: list[Entry], encode: Callable[[list[str]], np.ndarray],
                     min_score: float = DEFAULT_MIN_SCORE) -> list[Link]:
    """Links between titles that are each other's best match with a score of at least `min_score`.

    `encode` maps texts to unit vectors (an Encoder's encode). Mutual best matching keeps one domestic
    standard from being proposed for a whole family of similar international titles.
    """
    international = [e for e in international if e.any_title]
    domestic = [e for e in domestic if e.any_title and _free(e)]
    if not international or not domestic:
        return []
    left = encode([_text(e, english_first=True) for e in international])
    right, owners = _domestic_vectors(domestic, encode)
    best_right, best_right_sim, best_left = _mutual_best(left, right, owners, len(domestic))
    links = []
    for i, j in enumerate(best_right):
        score = similarity_to_score(best_right_sim[i])
        if j >= 0 and best_left[j] == i and score >= min_score:
            entry = domestic[j]
            links.append(Link(international[i].key, entry, SIMILARITY, _degree_of(entry),
                              f"title similarity {score:.1f} (mutual best match)" + _degree_source(entry),
                              score=score))
    return links


def _domestic_vectors(domestic: list[Entry], encode) -> tuple[np.ndarray, np.ndarray]:
    """One vector per domestic text (Chinese title, English title when given); `owners` maps rows to entries."""
    texts, owners = [], []
    for j, entry in enumerate(domestic):
        for text in dict.fromkeys(t for t in (_text(entry), _text(entry, english_first=True)) if t):
            texts.append(text)
            owners.append(j)
    return encode(texts), np.asarray(owners)


def _mutual_best(left: np.ndarray, right: np.ndarray, owners: np.ndarray, n_domestic: int):
    """Best domestic entry per international row, and best international row per domestic entry, in chunks so
    that a catalogue of tens of thousands needs no full similarity matrix in memory."""
    best_right = np.full(len(left), -1)
    best_right_sim = np.full(len(left), -1.0)
    col_best = np.full(n_domestic, -1.0)
    best_left = np.full(n_domestic, -1)
    for start in range(0, len(left), _CHUNK):
        sims = left[start:start + _CHUNK] @ right.T
        per_entry = np.full((sims.shape[0], n_domestic), -1.0)
        np.maximum.at(per_entry.T, owners, sims.T)
        rows = np.argmax(per_entry, axis=1)
        best_right[start:start + len(rows)] = rows
        best_right_sim[start:start + len(rows)] = per_entry[np.arange(len(rows)), rows]
        cols = np.argmax(per_entry, axis=0)
        values = per_entry[cols, np.arange(n_domestic)]
        better = values > col_best
        col_best[better] = values[better]
        best_left[better] = cols[better] + start
    return best_right, best_right_sim, best_left


def _text(entry: Entry, english_first: bool = False) -> str:
    title = (entry.title_en or entry.title) if english_first else entry.title
    return f"{title}. {entry.scope}" if title and entry.scope else title


def _free(entry: Entry) -> bool:
    """A current domestic standard whose note names no international standard: open to suggested links."""
    return entry.status == CURRENT and not entry.note.references and entry.adopts is None


def _degree_of(entry: Entry) -> str:
    return entry.note.degree or UNKNOWN


def _degree_source(entry: Entry) -> str:
    return f"; degree from note '{entry.note.raw}'" if entry.note.degree else ""
