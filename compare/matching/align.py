"""Align two standards clause by clause: 1:1, 1:2 and 2:1, with document order as a prior when the two
follow each other (an identical adoption keeps the structure) and a global 1:1 assignment when they do not.

The value of pairing domestic clause i with international clause j is the margin-adjusted cosine of their
vectors (compare/matching/margin.py, neighbourhoods taken inside the two documents) plus the hybrid signals
(compare/matching/signals.py). A pair worth less than `threshold` is better left unaligned.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from compare.matching.margin import DEFAULT_NEIGHBOURS, adjusted_similarity, neighbourhood_means
from compare.core.model import Candidate, Clause, InputRow, MatchResult, similarity_to_score
from compare.terms.identifiers import identifiers_in
from compare.terms.termbase import load_termbase
from compare.core.vocabulary import Degree
from compare.matching.signals import SignalWeights, clause_anchor, numbers_in, overlap, plain_clause_number

ORDERS = ("auto", "keep", "ignore")
# Added to a pair whose clause numbers match when the domestic standard declares IDT or MOD adoption (clause
# numbers are then anchors): enough to outweigh a neighbouring clause's higher cosine, not a clearly better one.
ANCHOR_WEIGHT = 0.3
# Rounds of encoding the merged neighbours an order-keeping alignment takes and aligning again
# (docs/matching-quality.md, "How `align` values merged clauses"): encoding every neighbour pair of a 1,500-clause
# standard cost more than all the rest of `align`.
REFINE_ROUNDS = 6
# A merged group of clauses is valued, before it is encoded, by the mean of its clauses' vectors with the
# cosine raised by this much: above the estimate's error on almost every pair of our benchmarks
# (docs/matching-quality.md, "How `align` values merged clauses"), so a merge worth taking is encoded and valued
# exactly; the others are never encoded.
ESTIMATE_SLACK = 0.15


@dataclass(frozen=True)
class Document:
    """The clauses of one side, in document order, with their unit vectors (one row per clause)."""

    clauses: tuple[Clause, ...]
    vectors: np.ndarray = field(compare=False)
    degree: str | None = None  # the adoption the (domestic) standard declares: IDT, MOD, NEQ, or None
    source: object | None = field(default=None, compare=False)  # the StandardDocument a document file was read into


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
    # 0.1 lost a sample clause, 51 of 52 (docs/matching-quality.md, "Hybrid signals, each measured")
    continuity: float = 0.0
    ordered_share: float = 0.8
    anchors: float | None = None  # weight of equal clause numbers; None: ANCHOR_WEIGHT for IDT/MOD, else 0


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


def _overlap_matrix(a: list[frozenset], b: list[frozenset]) -> np.ndarray:
    """overlap(a[i], b[j]) for every pair at once (signals.overlap: shared items over the larger set)."""
    from scipy.sparse import csr_matrix

    vocabulary: dict = {}
    def incidence(sets: list[frozenset]):
        rows, cols = [], []
        for r, items in enumerate(sets):
            for item in items:
                rows.append(r)
                cols.append(vocabulary.setdefault(item, len(vocabulary)))
        return rows, cols
    ra, ca = incidence(a)
    rb, cb = incidence(b)
    out = np.zeros((len(a), len(b)), dtype=np.float32)
    if not ra or not rb:
        return out
    width = len(vocabulary)
    ma = csr_matrix((np.ones(len(ra), dtype=np.float32), (ra, ca)), shape=(len(a), width))
    mb = csr_matrix((np.ones(len(rb), dtype=np.float32), (rb, cb)), shape=(len(b), width))
    shared = (ma @ mb.T).toarray()
    size_a = np.array([len(x) for x in a], dtype=np.float32)
    size_b = np.array([len(x) for x in b], dtype=np.float32)
    larger = np.maximum(size_a[:, None], size_b[None, :])
    np.divide(shared, larger, out=out, where=(size_a[:, None] > 0) & (size_b[None, :] > 0))
    return out


def _equal_keys(a: list[str], b: list[str]) -> np.ndarray:
    """1 where two non-empty keys are equal."""
    codes: dict[str, int] = {}
    ca = np.array([codes.setdefault(k, len(codes)) if k else -1 for k in a])
    cb = np.array([codes.setdefault(k, len(codes)) if k else -2 for k in b])
    return (ca[:, None] == cb[None, :]).astype(np.float32)


def _pairs(sets: list[frozenset]) -> list[frozenset]:
    return [sets[p] | sets[p + 1] for p in range(len(sets) - 1)]


class _Scorer:
    """Values of single pairs and of neighbouring merges (1:2, 2:1) between two documents, as matrices."""

    def __init__(self, dom: Document, intl: Document, encoder, options: AlignOptions) -> None:
        self.dom, self.intl, self.encoder, self.options = dom, intl, encoder, options
        cos = dom.vectors @ intl.vectors.T
        self.r_dom = neighbourhood_means(cos, options.neighbours)
        self.r_intl = neighbourhood_means(cos.T, options.neighbours)
        self.r_mean = float(np.mean(np.concatenate([self.r_dom, self.r_intl])))
        self.similarity = adjusted_similarity(cos, self.r_dom[:, None], self.r_intl[None, :], self.r_mean)
        w = options.weights
        self.numbers_dom = [numbers_in(c.text) for c in dom.clauses] if w.numbers else None
        self.numbers_intl = [numbers_in(c.text) for c in intl.clauses] if w.numbers else None
        termbase = load_termbase() if w.identifiers else None
        self.ids_dom = [identifiers_in(c.text, termbase) for c in dom.clauses] if w.identifiers else None
        self.ids_intl = [identifiers_in(c.text, termbase) for c in intl.clauses] if w.identifiers else None
        self.same_number = _equal_keys([plain_clause_number(c.clause) for c in dom.clauses],
                                       [plain_clause_number(c.clause) for c in intl.clauses])
        self.anchor = options.anchors * _equal_keys([clause_anchor(c.clause) for c in dom.clauses],
                                                    [clause_anchor(c.clause) for c in intl.clauses]) \
            if options.anchors else None
        self.value = (self.similarity + self._bonus(self.numbers_dom, self.numbers_intl, self.ids_dom,
                                                    self.ids_intl, self.same_number, self.anchor)).astype(np.float32)
        self._merged: dict[tuple, tuple[float, float]] = {}
        self._groups: dict[tuple[int, tuple[int, ...]], np.ndarray] = {}
        self._estimated: dict[int, np.ndarray] = {}  # per side: which neighbour pairs are valued by estimate
        self.sim12 = self.value12 = self.sim21 = self.value21 = None
        if options.order != "ignore":
            self._neighbour_merges()

    def _bonus(self, num_a, num_b, ids_a, ids_b, same_number, anchor) -> np.ndarray:
        w = self.options.weights
        bonus = np.zeros(same_number.shape, dtype=np.float32)
        if w.numbers:
            bonus += w.numbers * _overlap_matrix(num_a, num_b)
        if w.identifiers:
            bonus += w.identifiers * _overlap_matrix(ids_a, ids_b)
        if w.clause_number:
            bonus += w.clause_number * same_number
        if anchor is not None:
            bonus += anchor
        return bonus

    def _neighbour_merges(self) -> None:
        """Value every 1:2 and 2:1 merge of neighbouring clauses at once: the order-keeping alignment tries
        them all. A merged pair is first valued by an estimate of its vector (the mean of its clauses'
        vectors, which needs no encoding); `refine` encodes the merges an alignment actually uses."""
        n, m = len(self.dom.clauses), len(self.intl.clauses)
        self._pair_vectors = {id(doc): _mean_pairs(doc.vectors) for doc in (self.dom, self.intl)}
        self._estimated = {id(doc): np.ones(max(0, len(doc.clauses) - 1), dtype=bool) for doc in (self.dom, self.intl)}
        if m >= 2:
            self._local12 = (self.r_dom[:, None] + (self.r_intl[:-1] + self.r_intl[1:])[None, :] / 2) / 2
            same = np.maximum(self.same_number[:, :-1], self.same_number[:, 1:])
            anchor = None if self.anchor is None else np.maximum(self.anchor[:, :-1], self.anchor[:, 1:])
            self._bonus12 = self._bonus(
                self.numbers_dom, _pairs(self.numbers_intl) if self.numbers_intl else None,
                self.ids_dom, _pairs(self.ids_intl) if self.ids_intl else None, same, anchor)
            self.sim12 = np.empty((n, m - 1), dtype=np.float32)
            self.value12 = np.empty((n, m - 1), dtype=np.float32)
            self._revalue12(np.arange(m - 1))
        if n >= 2:
            self._local21 = ((self.r_dom[:-1] + self.r_dom[1:])[:, None] / 2 + self.r_intl[None, :]) / 2
            same = np.maximum(self.same_number[:-1], self.same_number[1:])
            anchor = None if self.anchor is None else np.maximum(self.anchor[:-1], self.anchor[1:])
            self._bonus21 = self._bonus(
                _pairs(self.numbers_dom) if self.numbers_dom else None, self.numbers_intl,
                _pairs(self.ids_dom) if self.ids_dom else None, self.ids_intl, same, anchor)
            self.sim21 = np.empty((n - 1, m), dtype=np.float32)
            self.value21 = np.empty((n - 1, m), dtype=np.float32)
            self._revalue21(np.arange(n - 1))

    def _revalue12(self, columns: np.ndarray) -> None:
        """(Re)compute the 1:2 values of the international neighbour pairs starting at `columns`."""
        cos = self.dom.vectors @ self._pair_vectors[id(self.intl)][columns].T
        cos += ESTIMATE_SLACK * self._estimated[id(self.intl)][columns][None, :]  # an estimate is optimistic
        local = self._local12[:, columns]
        self.sim12[:, columns] = adjusted_similarity(cos, local, local, self.r_mean)
        self.value12[:, columns] = self.sim12[:, columns] + self._bonus12[:, columns]

    def _revalue21(self, rows: np.ndarray) -> None:
        """(Re)compute the 2:1 values of the domestic neighbour pairs starting at `rows`."""
        cos = self._pair_vectors[id(self.dom)][rows] @ self.intl.vectors.T
        cos += ESTIMATE_SLACK * self._estimated[id(self.dom)][rows][:, None]
        local = self._local21[rows]
        self.sim21[rows] = adjusted_similarity(cos, local, local, self.r_mean)
        self.value21[rows] = self.sim21[rows] + self._bonus21[rows]

    def refine(self, links) -> bool:
        """Encode the neighbour merges `links` use whose value is still an estimate, and value them again;
        False when there was none (the links' values are all exact)."""
        wanted = []
        for link in links:
            for doc, positions in ((self.dom, link.domestic), (self.intl, link.international)):
                if len(positions) == 2 and self._is_estimate(doc, positions):
                    wanted.append((doc, positions))
        self.encode_groups(wanted)
        return bool(wanted)

    def drop_estimates(self) -> None:
        """Rule out the neighbour merges never encoded: only encoded merges may then be chosen."""
        if self.value12 is not None:
            self.value12[:, self._estimated[id(self.intl)]] = -np.inf
        if self.value21 is not None:
            self.value21[self._estimated[id(self.dom)]] = -np.inf

    def _is_estimate(self, doc: Document, positions: tuple[int, ...]) -> bool:
        estimated = self._estimated.get(id(doc))
        return estimated is not None and positions[1] == positions[0] + 1 and bool(estimated[positions[0]])

    def encode_groups(self, groups: list[tuple[Document, tuple[int, ...]]]) -> None:
        """Encode groups of clauses (of either side) as joined texts in one batch; neighbour pairs among them
        replace their estimates in the 1:2 and 2:1 values."""
        pending = {(id(doc), g): doc for doc, g in groups if len(g) > 1 and (id(doc), g) not in self._groups}
        todo = [(doc, g) for (_, g), doc in pending.items()]
        if not todo:
            return
        vectors = np.asarray(self.encoder.encode([_joined(doc, g) for doc, g in todo]), dtype=np.float32)
        changed: dict[int, list[int]] = {id(self.dom): [], id(self.intl): []}
        for (doc, g), vector in zip(todo, vectors):
            self._groups[(id(doc), g)] = vector
            if self._is_estimate(doc, g):
                self._pair_vectors[id(doc)][g[0]] = vector
                self._estimated[id(doc)][g[0]] = False
                changed[id(doc)].append(g[0])
        if changed[id(self.intl)]:
            self._revalue12(np.array(changed[id(self.intl)]))
        if changed[id(self.dom)]:
            self._revalue21(np.array(changed[id(self.dom)]))

    def merged(self, dom: tuple[int, ...], intl: tuple[int, ...]) -> tuple[float, float]:
        """(similarity, value) of a group: the texts of each side joined and encoded as one clause."""
        if len(dom) == 1 and len(intl) == 2 and self.value12 is not None and not self._is_estimate(self.intl, intl) \
                and intl[1] == intl[0] + 1:
            return float(self.sim12[dom[0], intl[0]]), float(self.value12[dom[0], intl[0]])
        if len(dom) == 2 and len(intl) == 1 and self.value21 is not None and not self._is_estimate(self.dom, dom) \
                and dom[1] == dom[0] + 1:
            return float(self.sim21[dom[0], intl[0]]), float(self.value21[dom[0], intl[0]])
        key = (dom, intl)
        if key not in self._merged:
            a = self._encode_group(self.dom, dom)
            b = self._encode_group(self.intl, intl)
            sim = self._group_similarity(dom, intl, float(a @ b))
            self._merged[key] = (sim, sim + self._group_bonus(dom, intl))
        return self._merged[key]

    def estimated_value(self, dom: tuple[int, ...], intl: tuple[int, ...]) -> float:
        """The value of a group as `merged` would give it, without encoding: each side's vector estimated as
        the mean of its clauses' vectors, and the cosine raised by ESTIMATE_SLACK (optimistic)."""
        a = _unit(self.dom.vectors[list(dom)].sum(axis=0))
        b = _unit(self.intl.vectors[list(intl)].sum(axis=0))
        return self._group_similarity(dom, intl, float(a @ b) + ESTIMATE_SLACK) + self._group_bonus(dom, intl)

    def _group_similarity(self, dom: tuple[int, ...], intl: tuple[int, ...], cos: float) -> float:
        local = (np.mean(self.r_dom[list(dom)]) + np.mean(self.r_intl[list(intl)])) / 2
        return float(adjusted_similarity(np.array([cos]), local, np.array([local]), self.r_mean)[0])

    def _group_bonus(self, dom: tuple[int, ...], intl: tuple[int, ...]) -> float:
        w = self.options.weights
        union = lambda sets, positions: frozenset().union(*(sets[p] for p in positions))  # noqa: E731
        bonus = 0.0
        if w.numbers:
            bonus += w.numbers * overlap(union(self.numbers_dom, dom), union(self.numbers_intl, intl))
        if w.identifiers:
            bonus += w.identifiers * overlap(union(self.ids_dom, dom), union(self.ids_intl, intl))
        if w.clause_number:
            bonus += w.clause_number * max(self.same_number[i, j] for i in dom for j in intl)
        if self.anchor is not None:
            bonus += max(self.anchor[i, j] for i in dom for j in intl)
        return float(bonus)

    def _encode_group(self, doc: Document, positions: tuple[int, ...]) -> np.ndarray:
        if len(positions) == 1:
            return doc.vectors[positions[0]]
        self.encode_groups([(doc, positions)])
        return self._groups[(id(doc), positions)]


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / max(float(np.linalg.norm(vector)), 1e-12)


def _mean_pairs(vectors: np.ndarray) -> np.ndarray:
    """Unit vectors of the sums of neighbouring rows: the estimate of each neighbour pair's joined text."""
    if len(vectors) < 2:
        return np.zeros((0, vectors.shape[1] if vectors.ndim == 2 else 0), dtype=np.float32)
    sums = (vectors[:-1] + vectors[1:]).astype(np.float32)
    return sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12)


def _joined(doc: Document, positions: tuple[int, ...]) -> str:
    return " ".join(doc.clauses[p].text for p in positions)


def align_documents(dom: Document, intl: Document, encoder, options: AlignOptions | None = None) -> Alignment:
    """Align the clauses of a domestic and an international document.

    When the domestic document declares an identical or modified adoption (`Document.degree` IDT or MOD) and
    `options.anchors` is not set, clause numbers are anchors: IDT and MOD keep the international structure."""
    options = options or AlignOptions()
    if not dom.clauses or not intl.clauses:
        return Alignment(links=(), ordered=False)
    if options.anchors is None:
        declared = dom.degree in (Degree.IDT, Degree.MOD)
        options = replace(options, anchors=ANCHOR_WEIGHT if declared else 0.0)
    scorer = _Scorer(dom, intl, encoder, options)
    if options.order == "ignore":
        return Alignment(links=_assignment_links(scorer), ordered=False)
    ordered = _refined_ordered_links(scorer)
    if options.order == "keep":
        return Alignment(links=ordered, ordered=True)
    gain = lambda links: sum(max(0.0, _link_value(scorer, l) - options.threshold) for l in links)  # noqa: E731
    plan = _assignment_plan(scorer)
    if gain(ordered) >= options.ordered_share * _assignment_bound(scorer, plan):
        return Alignment(links=ordered, ordered=True)  # the order wins whatever the joins turn out to be worth
    assigned = _assignment_links(scorer, plan)
    follows = gain(ordered) >= options.ordered_share * gain(assigned)
    return Alignment(links=ordered if follows else assigned, ordered=follows)


def _link_value(scorer: _Scorer, link: Link) -> float:
    if len(link.domestic) == 1 and len(link.international) == 1:
        return float(scorer.value[link.domestic[0], link.international[0]])
    return scorer.merged(link.domestic, link.international)[1]


def _refined_ordered_links(scorer: _Scorer) -> tuple[Link, ...]:
    """The order-keeping alignment with exact values for every merge it uses: merges are first valued by
    their estimates; those the alignment takes are encoded and the alignment is made again, until it takes
    no estimated merge (or, after REFINE_ROUNDS, only encoded merges are allowed)."""
    for _ in range(REFINE_ROUNDS):
        links = _ordered_links(scorer)
        if not scorer.refine(links):
            return links
    scorer.drop_estimates()
    return _ordered_links(scorer)


_SKIP_DOM, _ONE_ONE, _ONE_TWO, _TWO_ONE, _SWAP = 1, 2, 3, 4, 5
_MOVES = {_ONE_ONE: (1, 1), _ONE_TWO: (1, 2), _TWO_ONE: (2, 1), _SWAP: (2, 2)}


def _ordered_links(scorer: _Scorer) -> tuple[Link, ...]:
    """The best order-keeping alignment: dynamic programming over 1:1, 1:2, 2:1, skips, and the swap of two
    neighbouring clauses (tables and lists are often reordered locally between editions). A link that
    directly follows the previous one earns `continuity`: consecutive clauses usually stay consecutive.

    Each row of the table is computed at once with numpy: the link moves come from the two rows above, and
    skipping international clauses along a row is a running maximum."""
    tau, gain, follow = scorer.options.threshold, scorer.options.merge_gain, scorer.options.continuity
    value = scorer.value.astype(np.float64)
    n, m = value.shape
    ninf = -np.inf
    # any_[i, j]: best total over the first i and j clauses; linked[i, j]: the same, ending with a link.
    any_ = np.full((n + 1, m + 1), ninf)
    linked = np.full((n + 1, m + 1), ninf)
    move = np.zeros((n + 1, m + 1), dtype=np.int8)        # the link move that ends linked[i, j]
    came = np.zeros((n + 1, m + 1), dtype=np.int8)        # what any_[i, j] holds before skips: 0 link, 1 skip
    after_link = np.zeros((n + 1, m + 1), dtype=bool)     # the link move started from a linked state
    any_[0] = 0.0  # skipping international clauses before the first domestic one costs nothing
    linked[0, 0] = 0.0
    value12 = None if scorer.value12 is None else scorer.value12.astype(np.float64)
    value21 = None if scorer.value21 is None else scorer.value21.astype(np.float64)
    for i in range(1, n + 1):
        candidates = []
        for code, (di, dj) in _MOVES.items():
            if i < di or m < dj:
                continue
            prev_any, prev_linked = any_[i - di, :m + 1 - dj], linked[i - di, :m + 1 - dj]
            from_linked = prev_linked + follow > prev_any
            base = np.where(from_linked, prev_linked + follow, prev_any)
            if code == _ONE_ONE:
                gained = value[i - 1] - tau
            elif code == _ONE_TWO:
                if value12 is None:
                    continue
                gained = value12[i - 1] - tau - gain
            elif code == _TWO_ONE:
                if value21 is None:
                    continue
                gained = value21[i - 2] - tau - gain
            else:
                gained = value[i - 2, 1:] + value[i - 1, :-1] - 2 * tau
            total = np.full(m + 1, ninf)
            total[dj:] = base + gained
            flag = np.zeros(m + 1, dtype=bool)
            flag[dj:] = from_linked
            candidates.append((code, total, flag))
        row_linked = np.full(m + 1, ninf)
        row_move = np.zeros(m + 1, dtype=np.int8)
        row_after = np.zeros(m + 1, dtype=bool)
        for code, total, flag in candidates:
            better = total > row_linked
            row_linked = np.where(better, total, row_linked)
            row_move = np.where(better, code, row_move)
            row_after = np.where(better, flag, row_after)
        linked[i], move[i], after_link[i] = row_linked, row_move, row_after
        skip = any_[i - 1]
        take_link = row_linked > skip
        came[i] = np.where(take_link, 0, _SKIP_DOM)
        any_[i] = np.maximum.accumulate(np.where(take_link, row_linked, skip))
    links: list[Link] = []
    i, j, state = n, m, False
    while i > 0 and j > 0:
        if state:  # in a linked state: the link that ends here
            code = int(move[i, j])
        else:
            if j > 0 and any_[i, j] > (linked[i, j] if came[i, j] == 0 else any_[i - 1, j]):
                j -= 1  # the best total here came from skipping international clause j
                continue
            if came[i, j] == _SKIP_DOM:
                i -= 1
                continue
            code = int(move[i, j])
        di, dj = _MOVES[code]
        if code == _SWAP:
            links.append(_link(scorer, (i - 2,), (j - 1,)))
            links.append(_link(scorer, (i - 1,), (j - 2,)))
        else:
            links.append(_link(scorer, tuple(range(i - di, i)), tuple(range(j - dj, j))))
        state = bool(after_link[i, j])
        i, j = i - di, j - dj
    return tuple(sorted(links, key=lambda link: link.domestic))


def _link(scorer: _Scorer, dom: tuple[int, ...], intl: tuple[int, ...]) -> Link:
    """A link of the order-keeping alignment, with the similarity its values hold (an estimate for a merge
    not yet encoded: `_refined_ordered_links` encodes those and aligns again)."""
    if len(dom) == 2:
        return Link(dom, intl, float(scorer.sim21[dom[0], intl[0]]))
    if len(intl) == 2:
        return Link(dom, intl, float(scorer.sim12[dom[0], intl[0]]))
    return Link(dom, intl, float(scorer.similarity[dom[0], intl[0]]))


def _group_similarity(scorer: _Scorer, dom: tuple[int, ...], intl: tuple[int, ...]) -> float:
    if len(dom) == 1 and len(intl) == 1:
        return float(scorer.similarity[dom[0], intl[0]])
    return scorer.merged(dom, intl)[0]


@dataclass
class _AssignmentPlan:
    """The global 1:1 assignment with its n:1 shares, and the 1:n joins worth trying (not yet encoded)."""

    doms_of: dict[int, list[int]]          # international clause -> the domestic clauses linked to it
    partner: dict[int, int]                # domestic clause linked alone -> its international clause
    joins: dict[int, tuple[int, tuple[int, ...]]]  # international clause left out -> (domestic clause, group)
    hopes: dict[int, float]                # domestic clause -> the best optimistic value of a join to it


def _assignment_plan(scorer: _Scorer) -> _AssignmentPlan:
    """A global 1:1 assignment; a domestic clause it left out shares its best counterpart when that pair is
    worth aligning (n:1); an international clause left out may join its best domestic clause (1:n) when the
    estimate of the joined texts, optimistic by ESTIMATE_SLACK, beats the pair alone."""
    from scipy.optimize import linear_sum_assignment

    value, tau, gain = scorer.value, scorer.options.threshold, scorer.options.merge_gain
    n, m = value.shape
    rows, cols = linear_sum_assignment(value, maximize=True)
    linked = {int(i): int(j) for i, j in zip(rows, cols) if value[i, j] >= tau}
    doms_of: dict[int, list[int]] = {j: [i] for i, j in linked.items()}
    for i in range(n):
        j = int(np.argmax(value[i]))
        if i not in linked and j in doms_of and value[i, j] >= tau:
            doms_of[j].append(i)
    partner = {doms[0]: j for j, doms in doms_of.items() if len(doms) == 1}
    best_dom = np.argmax(value, axis=0)
    joins, hopes = {}, {}
    for j in sorted(set(range(m)) - set(doms_of)):
        i = int(best_dom[j])
        if i in partner:
            joined = tuple(sorted((partner[i], j)))
            hope = scorer.estimated_value((i,), joined)
            if hope - gain > value[i, partner[i]]:
                joins[j] = (i, joined)
                hopes[i] = max(hopes.get(i, -np.inf), hope)
    return _AssignmentPlan(doms_of=doms_of, partner=partner, joins=joins, hopes=hopes)


def _assignment_bound(scorer: _Scorer, plan: _AssignmentPlan) -> float:
    """At most what the assignment's links can gain once its joins are valued (without encoding them)."""
    tau = scorer.options.threshold
    total = sum(max(0.0, float(scorer.value[i, j]) - tau) for j, doms in plan.doms_of.items() for i in doms)
    return total + sum(max(0.0, hope - float(scorer.value[i, plan.partner[i]])) for i, hope in plan.hopes.items())


def _assignment_links(scorer: _Scorer, plan: _AssignmentPlan | None = None) -> tuple[Link, ...]:
    """The links of the assignment `plan` (made here if not given), its joins encoded (in one batch: one
    call per join took minutes on long documents) and kept when the joined texts match better than the pair
    alone by `merge_gain`."""
    plan = plan or _assignment_plan(scorer)
    value, gain = scorer.value, scorer.options.merge_gain
    scorer.encode_groups([(scorer.intl, joined) for _, joined in plan.joins.values()])
    intls_of = {i: [j] for i, j in plan.partner.items()}
    for i, joined in plan.joins.values():
        if len(intls_of[i]) == 1 and scorer.merged((i,), joined)[1] - gain > value[i, intls_of[i][0]]:
            intls_of[i] = list(joined)
    links = []
    for j, doms in plan.doms_of.items():
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
