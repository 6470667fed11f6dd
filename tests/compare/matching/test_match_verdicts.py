"""Indicator verdicts carried by matches: attach_comparisons, the writers, and the shipped sample data."""

from __future__ import annotations

import csv
import json
import time

from openpyxl import load_workbook

from compare.indicators.verdicts import compare_clauses
from compare.store.ingest import prepare_records
from compare.matching.lists import attach_comparisons, match_rows
from compare.core.model import Candidate, Clause, InputRow, MatchResult
from compare.io.readers import open_table
from compare.store.store import Store
from compare.io.writers import result_to_dict, write_matches
from tests.conftest import DATA


def result(text, *counterparts, side="international"):
    matches = tuple(Candidate(Clause(id=k, standard="CXS 193-1995", clause=str(k), text=t, lang="en", side=side),
                              score=90.0 - k, similarity=0.9 - k / 100) for k, t in enumerate(counterparts))
    return MatchResult(row=InputRow(row=1, line=2, text=text), lang="zh", target_side=side, matches=matches)


def test_every_match_carries_its_verdict(encoder):
    results = list(attach_comparisons([result("大米中镉（以Cd计）≤0.2 mg/kg", "Cadmium in polished rice: ML 0.4 mg/kg",
                                              "Lead in cereal grains: ML 0.2 mg/kg")], encoder))
    first, second = results[0].matches
    assert first.comparison.overall == "stricter"
    assert second.comparison.overall == "different"  # cadmium has no partner, lead none either
    data = result_to_dict(results[0])
    assert data["matches"][0]["verdict"] == "stricter"
    assert data["matches"][0]["indicators"][0]["domestic"]["value"] == 0.2
    assert data["matches"][0]["indicators"][0]["international"]["value"] == 0.4


def test_an_english_query_is_the_international_side():
    (done,) = attach_comparisons([result("Cadmium in polished rice: ML 0.4 mg/kg", "大米中镉（以Cd计）≤0.2 mg/kg",
                                         side="domestic")])
    assert done.matches[0].comparison.overall == "stricter"  # still judged from the domestic side


def test_writers_carry_verdicts(tmp_path):
    results = list(attach_comparisons([result("大米中镉（以Cd计）≤0.2 mg/kg", "Cadmium in polished rice: ML 0.4 mg/kg"),
                                       result("本条无指标", "No indicators here")]))
    assert write_matches(results, tmp_path / "r.csv", verdicts=True) == 2
    with (tmp_path / "r.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][-2:] == ["best_verdict", "best_consistency"]
    assert rows[1][-2:] == ["stricter", "50.0"] and rows[2][-2:] == ["none", ""]
    # The review workbook takes the comparison the `match` command hands it (compare.indicators.verdicts.comparison_function).
    write_matches(results, tmp_path / "r.xlsx", compare=lambda d, i: compare_clauses(d, i).to_dict())
    wb = load_workbook(tmp_path / "r.xlsx")
    header = [c.value for c in wb["匹配 Matches"][1]]
    verdict_column = header.index("指标结论\nIndicator verdict")
    assert wb["匹配 Matches"][2][verdict_column].value.endswith("/ stricter")
    indicators = [[c.value for c in row] for row in wb["指标 Indicators"].iter_rows(min_row=2)]
    assert indicators[0][1] == "大米中镉" and indicators[0][4].endswith("/ stricter")
    write_matches(results, tmp_path / "r.jsonl")
    line = json.loads((tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert line["matches"][0]["verdict"] == "stricter" and line["matches"][0]["consistency"] == 50.0


def test_a_row_with_no_indicator_has_no_verdict_in_every_file(tmp_path):
    """Two clauses with no number to read: the results file's row said 'consistent' and 100 while the review
    workbook's said 无可比指标; every file now says nothing was compared, and none counts it as consistent."""
    results = list(attach_comparisons([result("本标准规定了预包装食品的标签要求。",
                                              "This standard specifies the labelling of prepackaged foods.")]))
    write_matches(results, tmp_path / "r.csv", verdicts=True)
    with (tmp_path / "r.csv").open(encoding="utf-8-sig") as fh:
        assert list(csv.reader(fh))[1][-2:] == ["none", ""]
    write_matches(results, tmp_path / "r.jsonl")
    match = json.loads((tmp_path / "r.jsonl").read_text(encoding="utf-8"))["matches"][0]
    assert (match["verdict"], match["consistency"], match["indicators"]) == ("none", None, [])
    write_matches(results, tmp_path / "r.xlsx", compare=lambda d, i: compare_clauses(d, i).to_dict())
    sheet = load_workbook(tmp_path / "r.xlsx")["匹配 Matches"]
    column = [c.value for c in sheet[1]].index("指标结论\nIndicator verdict")
    assert sheet[2][column].value == "无可比指标 / no indicator compared"


def test_without_comparison_nothing_changes(tmp_path):
    plain = result("大米中镉≤0.2 mg/kg", "Cadmium: 0.4 mg/kg")
    assert "verdict" not in result_to_dict(plain)["matches"][0]
    write_matches([plain], tmp_path / "p.csv")
    with (tmp_path / "p.csv").open(encoding="utf-8-sig") as fh:
        assert "best_verdict" not in next(csv.reader(fh))


def test_sample_data_verdicts_agree_with_the_answer_key(encoder, capsys):
    """Each domestic sample clause against the counterpart named in the answer key (data/README.md)."""
    with (DATA / "international_clauses.csv").open(encoding="utf-8") as fh:
        international = {(r["standard"], r["clause"]): r["text"] for r in csv.DictReader(fh)}
    with (DATA / "domestic_clauses.csv").open(encoding="utf-8") as fh:
        domestic = list(csv.DictReader(fh))
    with (DATA / "expected_verdicts.csv").open(encoding="utf-8") as fh:
        expected = [r["expected_overall"] for r in csv.DictReader(fh)]
    got = [compare_clauses(d["text"], international[(d["counterpart_standard"], d["counterpart_clause"])],
                           encoder=encoder).overall for d in domestic]
    agreement = sum(g == e for g, e in zip(got, expected)) / len(expected)
    with capsys.disabled():
        print(f"\nsample data: overall verdict agrees with data/expected_verdicts.csv for "
              f"{sum(g == e for g, e in zip(got, expected))}/{len(expected)} clauses ({agreement:.1%})")
    assert len(got) == 52
    assert agreement >= 0.90


def test_matching_the_sample_list_shows_verdicts_at_speed(tmp_path, encoder):
    store = Store.open(tmp_path / "store", create=True)
    for name in ("international_clauses.csv", "domestic_clauses.csv"):
        store.ingest(prepare_records(open_table(DATA / name).rows()).records, encoder)
    results = list(match_rows(open_table(DATA / "domestic_list.xlsx").rows(), store, encoder, top_k=5))
    started = time.perf_counter()
    compared = list(attach_comparisons(results, encoder))
    seconds = time.perf_counter() - started
    store.close()
    verdicts = [r.matches[0].comparison.overall for r in compared]
    assert len(verdicts) == 52 and set(verdicts) >= {"consistent", "stricter", "looser", "different"}
    comparisons = sum(len(r.matches) for r in compared)
    print(f"indicator comparison: {comparisons} matches in {seconds:.2f} s")
