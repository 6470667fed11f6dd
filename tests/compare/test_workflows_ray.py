"""A long list matched by Ray workers (compare.workflows with a RayCluster): the same results file as one process
writes, and a worker failure leaves no results file. A local Ray of two workers; the `ray` extra."""

from __future__ import annotations

import pytest

import compare.workflows
from compare import ListOptions, Ranking, match_list, open_table
from tests.conftest import DATA, write_csv

pytestmark = pytest.mark.slow  # Ray, and a real store built with the real default encoder


def long_list(tmp_path):
    """The sample domestic list three times over (156 rows: two chunks of 128 below), as a CSV."""
    rows = open_table(DATA / "domestic_list.xlsx").rows()
    body = [[r.standard, r.clause, r.text] for r in rows]
    return write_csv(tmp_path / "list.csv", [["标准号", "条款号", "条款内容"]] + body * 3)


@pytest.mark.parametrize("output, options", [
    ("out.jsonl", ListOptions(ranking=Ranking(one_to_one=True, assignment_rows=64))),
    ("out.csv", ListOptions(top_k=3, indicators=False, ranking=Ranking(method="cosine", one_to_one=False))),
])
def test_a_list_matched_on_ray_gives_the_same_file(tmp_path, sample_store, encoder, local_ray, monkeypatch,
                                                   output, options):
    monkeypatch.setattr(compare.workflows, "RAY_CHUNK_ROWS", 1)  # chunks of one assignment batch: 128 rows
    source = long_list(tmp_path)
    here = match_list(open_table(source), sample_store, encoder, tmp_path / f"here-{output}", options)
    seen = []
    on_ray = match_list(open_table(source), sample_store, encoder, tmp_path / f"ray-{output}", options,
                        cluster=local_ray, on_row=seen.append)
    assert here.rows == on_ray.rows == 156 and [r.row.row for r in seen] == list(range(1, 157))
    assert (tmp_path / f"ray-{output}").read_bytes() == (tmp_path / f"here-{output}").read_bytes()


def test_a_worker_that_cannot_open_the_store_leaves_no_results_file(tmp_path, sample_store, encoder, local_ray):
    from compare.core.errors import StoreError

    elsewhere = _Elsewhere(sample_store, tmp_path / "gone")
    with pytest.raises(StoreError, match="no store at"):  # the worker's own error, as it would be here
        match_list(open_table(long_list(tmp_path)), elsewhere, encoder, tmp_path / "out.jsonl", ListOptions(),
                   cluster=local_ray)
    assert not (tmp_path / "out.jsonl").exists()


class _Elsewhere:
    """The sample store, but naming a path where no store is (as when a worker's node does not see it)."""

    def __init__(self, store, path):
        self._store, self.path = store, path

    def __getattr__(self, name):
        return getattr(self._store, name)
