"""Reviewed pairs as a training signal, checked on held-out reviews (compare/matching/reviewed.py).

Each evaluation set of bench/bench_growth.py (sample list, GB/T 19001-ISO 9001 alignment set, industrial) is
matched as `match` ranks it (margin, termbase, lexical channel, 1:1) against a store of its counterparts plus
distractors; its queries play reviewed rows whose right counterpart a reviewer confirmed. They are split at
random into a fit part and a held-out part (--folds folds, --repeats different splits): the re-ranker is fitted
on the shortlists (30 candidates) of the fit part and acc@1 is counted on the held-out part, with and without
it. "pooled" fits on the fit parts of all the sets together (a store whose reviews span several fields) and
counts each set's held-out part.

    PYTHONPATH=. .venv/bin/python bench/bench_reviewed.py [--sets sample,alignment,industrial] [--sizes 1,10]
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_growth import INTL, CachedEncoder, _domestic, distractors, load_sets, package_prose  # noqa: E402
from compare.matching.lexical_index import lexical_channel  # noqa: E402
from compare.matching.lists import match_rows  # noqa: E402
from compare.matching.ranking import Ranking  # noqa: E402
from compare.matching.reviewed import (FEATURES, Shortlist, fit_checked, fit_linear_map, fit_reranker,
                                      shortlist_features)  # noqa: E402
from compare.matching.signals import numbers_in, overlap  # noqa: E402
from compare.store.store import Store  # noqa: E402
from compare.terms.grow import store_termbase  # noqa: E402
from compare.terms.termbase import term_agreement  # noqa: E402
from embeddings import load_encoder  # noqa: E402

POOL = 30


def shortlists(evalset, store, encoder) -> tuple[list[Shortlist], list[tuple[np.ndarray, np.ndarray]]]:
    """The shortlist of each query, and its query vector with its candidates' stored vectors."""
    termbase = store_termbase(store.path)
    channel = lexical_channel(store, termbase, weight=1.0)
    out, vectors = [], []
    for query, result, gold in zip(evalset.queries,
                                   match_rows(evalset.queries, store, encoder, top_k=POOL, target_side=INTL,
                                              ranking=Ranking(one_to_one=True)), evalset.gold):
        ids = [c.clause.id for c in result.matches]
        words = channel.scores(query.text, ids, INTL) if channel else {}
        concepts = termbase.concepts_in(query.text)
        values = numbers_in(query.text)
        features = shortlist_features([c.similarity for c in result.matches], [words.get(i, 0.0) for i in ids],
                                      [term_agreement(concepts, termbase.concepts_in(c.clause.text))
                                       for c in result.matches],
                                      [overlap(values, numbers_in(c.clause.text)) for c in result.matches])
        answer = next((k for k, c in enumerate(result.matches)
                       if (c.clause.standard, c.clause.clause) in gold), None)
        out.append(Shortlist(tuple(ids), features, answer))
        vectors.append((encoder.encode([query.text], role="query")[0], store.vectors(ids)))
    return out, vectors


def first_right_mapped(lists: list[Shortlist], vectors, mapping) -> int:
    """Right first when each candidate's similarity moves by what the map changes of its cosine."""
    right = 0
    for s, (q, candidates) in zip(lists, vectors):
        if s.answer is None or not len(s.ids):
            continue
        delta = candidates @ mapping.apply(q[None, :])[0] - candidates @ q
        right += int(np.argmax(s.features[:, 0] + delta)) == s.answer
    return right


def first_right(lists: list[Shortlist], reranker=None) -> int:
    right = 0
    for s in lists:
        if s.answer is None or not len(s.ids):
            continue
        top = int(reranker.order(s.features)[0]) if reranker is not None else 0
        right += top == s.answer
    return right


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="sample,alignment,industrial")
    parser.add_argument("--sizes", default="1,10")
    parser.add_argument("--folds", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--pull", type=float, default=1.0)
    parser.add_argument("--cache", type=Path, help="keep the shortlists in this folder and read them back on the "
                                                   "next run (to try fitting options without matching again)")
    parser.add_argument("--strength", type=float, default=10.0, help="the linear map's pull to the identity")
    args = parser.parse_args()
    sets = load_sets()
    chosen = [s for s in args.sets.split(",") if s in sets]
    sizes = [int(s) for s in args.sizes.split(",")]
    prose = package_prose(max(len(sets[s].targets) * (max(sizes) - 1) for s in chosen))
    encoder = CachedEncoder(load_encoder()) if not args.cache or not all(
        (args.cache / f"{n}-{z}x.pickle").is_file() for n in chosen for z in sizes) else None
    for size in sizes:
        built: dict[str, list[Shortlist]] = {}
        vectors: dict[str, list] = {}
        for name in chosen:
            kept = args.cache / f"{name}-{size}x.pickle" if args.cache else None
            if kept is not None and kept.is_file():
                built[name], vectors[name] = pickle.loads(kept.read_bytes())
                continue
            evalset = sets[name]
            extra, _ = distractors(evalset, len(evalset.targets) * (size - 1), sets, prose)
            with tempfile.TemporaryDirectory() as tmp:
                with Store.open(Path(tmp) / "store", create=True, index_backend="faiss") as store:
                    store.ingest(evalset.targets + extra + _domestic(evalset), encoder)
                    built[name], vectors[name] = shortlists(evalset, store, encoder)
            if kept is not None:
                kept.parent.mkdir(parents=True, exist_ok=True)
                kept.write_bytes(pickle.dumps((built[name], vectors[name])))
        print(f"\n{size}x distractors; {args.folds}-fold, {args.repeats} random splits; held-out acc@1 "
              f"(right first / held-out queries, summed over the splits); pull {args.pull}")
        print(f"{'set':11s} {'fit on':8s} {'without':>14s} {'re-ranker':>14s} {'linear map':>14s} "
              f"{'checked':>14s}  "
              f"(re-ranker weights: {', '.join(FEATURES)})")
        for mode in ("own", "pooled"):
            totals = {name: [0, 0, 0, 0, 0, 0] for name in chosen}
            weights = []
            for repeat in range(args.repeats):
                rng = random.Random(repeat)
                folds = {}
                for name in chosen:
                    order = list(range(len(built[name])))
                    rng.shuffle(order)
                    folds[name] = [order[f::args.folds] for f in range(args.folds)]
                for f in range(args.folds):
                    for name in chosen:
                        held = [built[name][i] for i in folds[name][f]]
                        fit_names = chosen if mode == "pooled" else [name]
                        fit_at = [(n, i) for n in fit_names for g in range(args.folds) if g != f
                                  for i in folds[n][g]]
                        fit = [built[n][i] for n, i in fit_at]
                        reranker = fit_reranker(fit, pull=args.pull)
                        checked = fit_checked(fit, pull=args.pull)
                        totals[name][4] += first_right(held, checked)
                        totals[name][5] += checked is not None
                        pairs = [(vectors[n][i][0], vectors[n][i][1][built[n][i].answer]) for n, i in fit_at
                                 if built[n][i].answer is not None]
                        mapping = fit_linear_map(np.stack([q for q, _ in pairs]), np.stack([c for _, c in pairs]),
                                                 args.strength)
                        totals[name][3] += first_right_mapped(held, [vectors[name][i] for i in folds[name][f]],
                                                              mapping)
                        weights.append(reranker.weights)
                        totals[name][0] += first_right(held)
                        totals[name][1] += first_right(held, reranker)
                        totals[name][2] += len(held)
            mean = np.mean(weights, axis=0)
            for name in chosen:
                without, with_it, n, mapped, gated, kept = totals[name]
                print(f"{name:11s} {mode:8s} {100 * without / n:6.1f} ({without:4d}) {100 * with_it / n:6.1f} "
                      f"({with_it:4d}) {100 * mapped / n:6.1f} ({mapped:4d}) {100 * gated / n:6.1f} ({gated:4d}) "
                      f"kept {kept}/{args.folds * args.repeats}  of {n}")
            print(f"{'':11s} {'':8s} mean weights: {', '.join(f'{w:.2f}' for w in mean)}")


if __name__ == "__main__":
    main()
