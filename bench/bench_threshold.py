"""Where to put the "no counterpart found" threshold of result workbooks.

Scores the right first counterparts of the sample domestic list (with the `match` defaults) against the best
scores of Chinese clauses from fields the sample store does not cover (no counterpart exists), and prints, per
threshold, how many of each fall on the wrong side.

    .venv/bin/python bench/bench_threshold.py
"""

from __future__ import annotations

import csv
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from compare.store.ingest import prepare_records  # noqa: E402
from compare.matching.lists import match_rows  # noqa: E402
from compare.core.model import InputRow  # noqa: E402
from compare.matching.ranking import Ranking  # noqa: E402
from compare.io.readers import open_table  # noqa: E402
from compare.store.store import Store  # noqa: E402
from embeddings import load_encoder  # noqa: E402

DATA = ROOT / "data"
# Requirements from other fields (vehicles, toys, cables, textiles, building, cosmetics, batteries, steel ...),
# written by us: the sample store holds no counterpart for any of them.
UNRELATED = ["车辆制动距离应不大于9 m（初速度30 km/h）。", "玩具中可迁移元素铬的限量为60 mg/kg。",
             "儿童座椅安全带织带断裂强力不小于15 kN。", "电线电缆导体直流电阻20 ℃时不大于1.83 Ω/km。",
             "纺织品甲醛含量不得超过75 mg/kg。", "建筑外墙保温材料燃烧性能等级应为A级。",
             "食品中苯甲酸的最大使用量为1.0 g/kg。", "化妆品中汞含量不得超过1 mg/kg。",
             "锂离子电池在55 ℃下循环500次后容量保持率不低于80%。", "水泥3天抗压强度不小于17.0 MPa。",
             "婴儿奶瓶中双酚A不得检出。", "钢筋屈服强度不小于400 MPa。"]


def main() -> None:
    encoder = load_encoder()
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "store", create=True) as store:
        for name in ("international_clauses.csv", "domestic_clauses.csv"):
            store.ingest(prepare_records(open_table(DATA / name).rows()).records, encoder)
        with (DATA / "domestic_clauses.csv").open(encoding="utf-8") as fh:
            key = [(r["counterpart_standard"], r["counterpart_clause"]) for r in csv.DictReader(fh)]
        results = match_rows(open_table(DATA / "domestic_list.xlsx").rows(), store, encoder,
                             ranking=Ranking(one_to_one=True))
        right = [r.matches[0].score for r, k in zip(results, key)
                 if (r.matches[0].clause.standard, r.matches[0].clause.clause) == k]
        # one query at a time, as a translator's search: no batch assignment
        unrelated = [next(match_rows([InputRow(1, 1, text)], store, encoder)).matches[0].score for text in UNRELATED]
    print(f"right first counterparts: {len(right)} of {len(key)}; unrelated clauses: {len(unrelated)}")
    print("threshold  right below  unrelated at or above")
    for threshold in (40, 45, 50, 55, 60, 65):
        print(f"{threshold:>9}  {sum(s < threshold for s in right):>4} of {len(right)}  "
              f"{sum(s >= threshold for s in unrelated):>6} of {len(unrelated)}")


if __name__ == "__main__":
    main()
