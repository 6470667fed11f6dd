"""Ablation of the hybrid signals used by `align`: first-choice accuracy on the sample data (each declared pair
of standards) and on the alignment set with the domestic clauses shuffled (the assignment path).

    .venv/bin/python bench/bench_signals.py
"""

from __future__ import annotations

import csv
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from compare.matching.align import AlignOptions, Document, align_documents, alignment_results  # noqa: E402
from compare.matching.align_inputs import load_document  # noqa: E402
from compare.store.ingest import prepare_records  # noqa: E402
from compare.io.readers import open_table  # noqa: E402
from compare.matching.signals import SignalWeights  # noqa: E402
from compare.store.store import Store  # noqa: E402
from embeddings import load_encoder  # noqa: E402

DATA = ROOT / "data"
CONFIGS = {
    "none": AlignOptions(weights=SignalWeights(numbers=0, clause_number=0, identifiers=0)),
    "identifiers": AlignOptions(weights=SignalWeights(numbers=0, clause_number=0, identifiers=0.2)),
    "clause number": AlignOptions(weights=SignalWeights(numbers=0, clause_number=0.1, identifiers=0)),
    "numbers": AlignOptions(weights=SignalWeights(numbers=0.1, clause_number=0, identifiers=0)),
    "identifiers + clause number (default)": AlignOptions(),
    "default + numbers": AlignOptions(weights=SignalWeights(numbers=0.1)),
    "default + continuity 0.1": AlignOptions(continuity=0.1),
}


def gold_of(path: Path) -> dict[tuple[str, str], set[tuple[str, str]]]:
    with path.open(encoding="utf-8") as fh:
        return {(r["standard"], r["clause"]): {(r["counterpart_standard"], c) for c in r["counterpart_clause"].split(";")}
                for r in csv.DictReader(fh)}


def right(results, gold) -> int:
    return sum(1 for r in results if r.matches and
               (r.matches[0].clause.standard, r.matches[0].clause.clause) in gold[(r.row.standard, r.row.clause)])


def main() -> None:
    encoder = load_encoder()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "store", create=True)
        for name in ("international_clauses.csv", "domestic_clauses.csv"):
            store.ingest(prepare_records(open_table(DATA / name).rows()).records, encoder)
        gold = gold_of(DATA / "domestic_clauses.csv")
        pairs = list(dict.fromkeys((d, next(iter(g))[0]) for (d, _), g in gold.items()))
        docs = [(load_document(d, "domestic", encoder, store), load_document(i, "international", encoder, store))
                for d, i in pairs]
        set_gold = gold_of(DATA / "alignment" / "gbt19001_domestic.csv")
        dom = load_document(str(DATA / "alignment" / "gbt19001_domestic.csv"), "domestic", encoder)
        intl = load_document(str(DATA / "alignment" / "iso9001_international.csv"), "international", encoder)
        order = np.random.default_rng(7).permutation(len(dom.clauses))
        shuffled = Document(tuple(dom.clauses[i] for i in order), dom.vectors[order])
        for name, options in CONFIGS.items():
            sample = sum(right(alignment_results(d, i, align_documents(d, i, encoder, options)), gold) for d, i in docs)
            ordered = right(alignment_results(dom, intl, align_documents(dom, intl, encoder, options)), set_gold)
            mixed = right(alignment_results(shuffled, intl, align_documents(shuffled, intl, encoder, options)),
                          set_gold)
            print(f"{name:40s} sample {sample}/{len(gold)}  set {ordered}/{len(dom.clauses)}  "
                  f"set shuffled {mixed}/{len(dom.clauses)}", flush=True)
        store.close()


if __name__ == "__main__":
    main()
