"""How well the title-similarity route alone finds the declared adoptions of the sample catalogues.

Every declared link (adoption note or double number) of data/catalogues is the answer key; the notes are then
hidden and the similarity route runs on all current standards. Prints precision and recall per minimum score.
Run: .venv/bin/python bench/bench_adoption_titles.py
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from compare.adoption.rate import assess
from compare.adoption.links import DECLARED, SIMILARITY
from compare.terms.adoption_notes import AdoptionNote
from compare.adoption.catalogue import read_catalogue
from embeddings import load_encoder

ROOT = Path(__file__).resolve().parents[1] / "data" / "catalogues"
# Counterparts with no declared note in the sample, checked by hand: same subject, same scope (ISO 80000-3
# succeeded ISO 31-1, which GB 3102.1 declares). Counted as right answers beside the declared links.
COUNTERPARTS = {
    ("ISO 14004", "GB/T 24004-2017"), ("ISO/IEC 17000", "GB/T 27000-2023"), ("ISO/IEC 17065", "GB/T 27065-2015"),
    ("ISO 31000", "GB/T 24353-2022"), ("ISO 26000", "GB/T 36000-2015"), ("ISO 80000-3", "GB 3102.1-1993"),
    ("ISO 9004", "GB/T 19004-2020"), ("ISO 286-2", "GB/T 1800.2-2020"), ("ISO 50001", "GB/T 23331-2020"),
}


def main() -> None:
    international = read_catalogue(ROOT / "international.csv", "international")
    domestic = read_catalogue(ROOT / "domestic.csv", "domestic")
    truth = {(link.international, link.domestic.label)
             for o in assess(international, domestic).outcomes for link in o.links
             if link.route == DECLARED and link.domestic_current}
    hidden = replace(domestic, entries=tuple(replace(e, note=AdoptionNote(raw=""), adopts=None)
                                             for e in domestic.entries))
    encoder = load_encoder()
    print(f"{len(truth)} declared links by current domestic standards, {len(COUNTERPARTS)} hand-checked "
          f"counterparts; encoder {encoder.name}")
    print("min_score  proposed  declared found  recall  hand-checked found  wrong  precision")
    for min_score in (50, 60, 65, 70, 75, 80):
        started = time.perf_counter()
        result = assess(international, hidden, encode=encoder.encode, min_score=min_score,
                        conventions=())
        found = {(link.international, link.domestic.label) for o in result.outcomes for link in o.links
                 if link.route == SIMILARITY}
        correct = len(found & truth)
        extra = len(found & COUNTERPARTS)
        wrong = len(found - truth - COUNTERPARTS)
        precision = (correct + extra) / len(found) if found else 0.0
        print(f"{min_score:>9}  {len(found):>8}  {correct:>14}  {correct / len(truth):>6.2f}  {extra:>18}  "
              f"{wrong:>5}  {precision:>9.2f}   ({time.perf_counter() - started:.2f} s)")


if __name__ == "__main__":
    main()
