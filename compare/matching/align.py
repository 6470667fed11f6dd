"""Align two standards clause by clause: 1:1, 1:2 and 2:1, with document order as a prior when the two
follow each other (an identical adoption keeps the structure) and a global 1:1 assignment when they do not.

The value of pairing domestic clause i with international clause j is the margin-adjusted cosine of their
vectors (compare/margin.py, neighbourhoods taken inside the two documents) plus the hybrid signals
(compare/signals.py). A pair worth less than `threshold` is better left unaligned.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from compare.matching.margin import DEFAULT_NEIGHBOURS, adjusted_similarity, neighbourhood_means
from compare.core.model import Candidate, Clause, InputRow, MatchResult, similarity_to_score
from compare.terms.identifiers import identifiers_in
from compare.terms.termbase import load_termbase
from compare.matching.signals import SignalWeights, numbers_in, overlap, same_clause_number

ORDERS = ("auto", "keep", "ignore")


@dataclass(frozen=True)
class Document:
    """The clauses of one side, in document order, with their unit vectors (one row per clause)."""

    clauses: tuple[Clause, ...]
    vectors: np.ndarray = field(compare=False)


@dataclass(frozen=True)
class AlignOptions:
    """order: "auto" (use the order when the documents follow each other), "keep" or "ignore".
    threshold: the least value worth aligning. ordered_share: in "auto", the documents follow each other
    when an order-keeping alignment reaches this share of the value of the unconstrained 1:1 assignment."""

    order: str = "auto"
    threshold: float = 0.25
    neighbours: int = DEFAULT_NEIGHBOURS
    weights: SignalWeights = SignalWeights()
    merge_gain: float = 0.05
    continuity: float = 0.0  # measured: 0.1 lost 2 of 52 sample clauses (README)
    ordered_share: float = 0.8


@dataclass(frozen=True)
class Link:
    """Domestic clauses (positions) aligned with international clauses (positions), and how similar."""

    domestic: tuple[int, ...]
    international: tuple[int, ...]
    similarity: float


@dataclass(frozen=True)
class Alignment:
    links: tuple[Link, ...]
    ordered: bool


def _union(sets: list[frozenset], positions: tuple[int, ...]) -> frozenset:
    return frozenset().union(*(sets[p] for p in positions))


class _Scorer:
    """Values of single and merged pairs between two documents."""

    def __init__(self, dom: Document, intl: Document, encoder, options: AlignOptions) -> None:
        self.dom, self.intl, self.encoder, self.options = dom, intl, encoder, options
        cos = dom.vectors @ intl.vectors.T
        self.r_dom = neighbourhood_means(cos, options.neighbours)
        self.r_intl = neighbourhood_means(cos.T, options.neighbours)
        self.r_mean = float(np.mean(np.concatenate([self.r_dom, self.r_intl])))
        self.similarity = adjusted_similarity(cos, self.r_dom[:, None], self.r_intl[None, :], self.r_mean)
        self.numbers_dom = [numbers_in(c.text) for c in dom.clauses]
        self.numbers_intl = [numbers_in(c.text) for c in intl.clauses]
        termbase = load_termbase() if options.weights.identifiers else None
        self.ids_dom = [identifiers_in(c.text, termbase) for c in dom.clauses]
        self.ids_intl = [identifiers_in(c.text, termbase) for c in intl.clauses]
        self.value = self.similarity + np.array(
            [[self._bonus((i,), (j,)) for j in range(len(intl.clauses))] for i in range(len(dom.clauses))],
            dtype=np.float32).reshape(self.similarity.shape)
        self._merged: dict[tuple, tuple[float, float]] = {}
        self._groups: dict[tuple[int, tuple[int, ...]], np.ndarray] = {}
        self._encode_neighbours()

    def _bonus(self, dom: tuple[int, ...], intl: tuple[int, ...]) -> float:
        w = self.options.weights
        bonus = 0.0
        if w.numbers:
            bonus += w.numbers * overlap(_union(self.numbers_dom, dom), _union(self.numbers_intl, intl))
        if w.identifiers:
            bonus += w.identifiers * overlap(_union(self.ids_dom, dom), _union(self.ids_intl, intl))
        if w.clause_number:
            bonus += w.clause_number * max(same_clause_number(self.dom.clauses[i].clause,
                                                              self.intl.clauses[j].clause)
                                           for i in dom for j in intl)
        return bonus

    def merged(self, dom: tuple[int, ...], intl: tuple[int, ...]) -> tuple[float, float]:
        """(similarity, value) of a group: the texts of each side joined and encoded as one clause."""
        key = (dom, intl)
        if key not in self._merged:
            a = self._encode_group(self.dom, dom)
            b = self._encode_group(self.intl, intl)
            cos = float(a @ b)
            local = (np.mean(self.r_dom[list(dom)]) + np.mean(self.r_intl[list(intl)])) / 2
            sim = float(adjusted_similarity(np.array([cos]), local, np.array([local]), self.r_mean)[0])
            self._merged[key] = (sim, sim + self._bonus(dom, intl))
        return self._merged[key]

    def _encode_neighbours(self) -> None:
        """Encode every pair of neighbouring clauses of each side in one batch: the order-keeping
        alignment tries them all as merges."""
        for doc in (self.dom, self.intl):
            groups = [(p, p + 1) for p in range(len(doc.clauses) - 1)]
            if self.options.order != "ignore" and groups:
                vectors = self.encoder.encode([_joined(doc, g) for g in groups])
                self._groups.update({(id(doc), g): v for g, v in zip(groups, vectors)})

    def _encode_group(self, doc: Document, positions: tuple[int, ...]) -> np.ndarray:
        if len(positions) == 1:
            return doc.vectors[positions[0]]
        key = (id(doc), positions)
        if key not in self._groups:
            self._groups[key] = self.encoder.encode([_joined(doc, positions)])[0]
        return self._groups[key]


def _joined(doc: Document, positions: tuple[int, ...]) -> str:
    return " ".join(doc.clauses[p].text for p in positions)


def align_documents(dom: Document, intl: Document, encoder, options: AlignOptions | None = None) -> Alignment:
    """Align the clauses of a domestic and an international document."""
    options = options or AlignOptions()
    if not dom.clauses or not intl.clauses:
        return Alignment(links=(), ordered=False)
    scorer = _Scorer(dom, intl, encoder, options)
    assigned = _assignment_links(scorer)
    if options.order == "ignore":
        return Alignment(links=assigned, ordered=False)
    ordered = _ordered_links(scorer)
    if options.order == "keep":
        return Alignment(links=ordered, ordered=True)
    gain = lambda links: sum(max(0.0, _link_value(scorer, l) - options.threshold) for l in links)  # noqa: E731
    follows = gain(ordered) >= options.ordered_share * gain(assigned)
    return Alignment(links=ordered if follows else assigned, ordered=follows)


def _link_value(scorer: _Scorer, link: Link) -> float:
    if len(link.domestic) == 1 and len(link.international) == 1:
        return float(scorer.value[link.domestic[0], link.international[0]])
    return scorer.merged(link.domestic, link.international)[1]


def _ordered_links(scorer: _Scorer) -> tuple[Link, ...]:
    """The best order-keeping alignment: dynamic programming over 1:1, 1:2, 2:1, skips, and the swap of two
    neighbouring clauses (tables and lists are often reordered locally between editions). A link that
    directly follows the previous one earns `continuity`: consecutive clauses usually stay consecutive."""
    tau, gain, follow = scorer.options.threshold, scorer.options.merge_gain, scorer.options.continuity
    n, m = scorer.value.shape
    # any[i, j]: best total over the first i and j clauses; linked[i, j]: the same, ending with a link.
    any_ = np.full((n + 1, m + 1), -np.inf)
    any_[0, 0] = 0.0
    linked = np.full((n + 1, m + 1), -np.inf)
    linked[0, 0] = 0.0
    step: dict[tuple[int, int, bool], tuple] = {}
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            for di, dj, links, value in _moves(scorer, i, j):
                pi, pj = i - di, j - dj
                if not links:
                    if any_[pi, pj] > any_[i, j]:
                        any_[i, j] = any_[pi, pj]
                        step[(i, j, False)] = (di, dj, (), False)
                    continue
                base, after_link = any_[pi, pj], False
                if linked[pi, pj] + follow > base:
                    base, after_link = linked[pi, pj] + follow, True
                total = base + value - tau * len(links) - (gain if di + dj == 3 else 0.0)
                if total > linked[i, j]:
                    linked[i, j] = total
                    step[(i, j, True)] = (di, dj, links, after_link)
            if linked[i, j] > any_[i, j]:
                any_[i, j] = linked[i, j]
                step[(i, j, False)] = step[(i, j, True)]
    links: list[Link] = []
    i, j, state = n, m, False
    while i > 0 and j > 0:
        di, dj, made, after_link = step[(i, j, state)]
        links.extend(made)
        i, j, state = i - di, j - dj, after_link
    return tuple(sorted(links, key=lambda link: link.domestic))


def _moves(scorer: _Scorer, i: int, j: int):
    """The moves that end at (i, j): (clauses taken on each side, links made, their summed value)."""
    if i >= 1:
        yield 1, 0, (), 0.0
    if j >= 1:
        yield 0, 1, (), 0.0
    if i < 1 or j < 1:
        return
    yield 1, 1, (_link(scorer, (i - 1,), (j - 1,)),), float(scorer.value[i - 1, j - 1])
    if j >= 2:
        dom, intl = (i - 1,), (j - 2, j - 1)
        yield 1, 2, (_link(scorer, dom, intl),), scorer.merged(dom, intl)[1]
    if i >= 2:
        dom, intl = (i - 2, i - 1), (j - 1,)
        yield 2, 1, (_link(scorer, dom, intl),), scorer.merged(dom, intl)[1]
    if i >= 2 and j >= 2:
        a, b = _link(scorer, (i - 2,), (j - 1,)), _link(scorer, (i - 1,), (j - 2,))
        yield 2, 2, (a, b), float(scorer.value[i - 2, j - 1] + scorer.value[i - 1, j - 2])


def _link(scorer: _Scorer, dom: tuple[int, ...], intl: tuple[int, ...]) -> Link:
    return Link(dom, intl, _group_similarity(scorer, dom, intl))


def _group_value(scorer: _Scorer, dom: tuple[int, ...], intl: tuple[int, ...]) -> float:
    if len(dom) == 1 and len(intl) == 1:
        return float(scorer.value[dom[0], intl[0]])
    return scorer.merged(dom, intl)[1]


def _group_similarity(scorer: _Scorer, dom: tuple[int, ...], intl: tuple[int, ...]) -> float:
    if len(dom) == 1 and len(intl) == 1:
        return float(scorer.similarity[dom[0], intl[0]])
    return scorer.merged(dom, intl)[0]


def _assignment_links(scorer: _Scorer) -> tuple[Link, ...]:
    """A global 1:1 assignment; then a domestic clause it left out shares its best counterpart when that
    pair is worth aligning (n:1), and an international clause left out joins its best domestic clause
    when the joined texts match better than the pair alone (1:n)."""
    from scipy.optimize import linear_sum_assignment

    value, tau = scorer.value, scorer.options.threshold
    n, m = value.shape
    rows, cols = linear_sum_assignment(value, maximize=True)
    partner = {int(i): int(j) for i, j in zip(rows, cols) if value[i, j] >= tau}
    doms_of: dict[int, list[int]] = {j: [i] for i, j in partner.items()}
    for i in range(n):
        j = int(np.argmax(value[i]))
        if i not in partner and j in doms_of and value[i, j] >= tau:
            doms_of[j].append(i)
    intls_of: dict[int, list[int]] = {i: [j] for j, doms in doms_of.items() if len(doms) == 1 for i in doms}
    for j in set(range(m)) - set(doms_of):
        i = int(np.argmax(value[:, j]))
        if i in intls_of and len(intls_of[i]) == 1:
            joined = tuple(sorted(intls_of[i] + [j]))
            if scorer.merged((i,), joined)[1] - scorer.options.merge_gain > value[i, intls_of[i][0]]:
                intls_of[i] = list(joined)
    links = []
    for j, doms in doms_of.items():
        if len(doms) == 1:
            dom, intl = (doms[0],), tuple(intls_of[doms[0]])
            links.append(Link(dom, intl, _group_similarity(scorer, dom, intl)))
        else:  # several domestic clauses share one counterpart: each is linked on its own similarity
            links.extend(Link((i,), (j,), float(scorer.similarity[i, j])) for i in sorted(doms))
    return tuple(sorted(links, key=lambda link: link.domestic))


def alignment_results(dom: Document, intl: Document, alignment: Alignment) -> list[MatchResult]:
    """One MatchResult per domestic clause, in document order, in the shape `match` writes; the aligned
    international clauses come first in document order; an unaligned clause has no matches."""
    by_domestic: dict[int, Link] = {i: link for link in alignment.links for i in link.domestic}
    results = []
    for i, clause in enumerate(dom.clauses):
        row = InputRow(row=i + 1, line=i + 1, text=clause.text, standard=clause.standard, clause=clause.clause,
                       title=clause.title, lang=clause.lang)
        link = by_domestic.get(i)
        if link is None:
            results.append(MatchResult(row=row, lang=clause.lang, target_side="international", matches=(),
                                       note="unaligned"))
            continue
        # Best first: in a 1:2 link, the international clause closer to the domestic one leads.
        ranked = sorted(link.international, key=lambda j: -float(dom.vectors[i] @ intl.vectors[j]))
        matches = tuple(Candidate(clause=intl.clauses[j], score=similarity_to_score(link.similarity),
                                  similarity=float(dom.vectors[i] @ intl.vectors[j])) for j in ranked)
        results.append(MatchResult(row=row, lang=clause.lang, target_side="international", matches=matches,
                                   note=f"{len(link.domestic)}:{len(link.international)}"))
    return results
