"""A decision is kept by the row's standard and clause; an official's list gives one clause label to several rows
('GB 5749-2022 | 表1' for arsenic and for nitrate). Confirming nitrate on one row made nitrate the confirmed
counterpart of the arsenic row too, at 25.3, in every later match (checked as a new user, eleventh round)."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from compare.core.model import Candidate, InputRow, MatchResult, query_key
from compare.core.vocabulary import Side
from compare.io.review import apply_review
from compare.io.workbook import MATCHES_SHEET, REVIEW_HEADER, WorkbookInfo, write_result_workbook
from compare.store.ingest import ClauseRecord
from compare.store.store import Store

pytestmark = pytest.mark.slow  # the store is ingested with the real encoder

ARSENIC, NITRATE = "砷的限值为0.01 mg/L。", "硝酸盐（以N计）限值为10 mg/L。"


@pytest.fixture()
def water(tmp_path, encoder):
    store = Store.open(tmp_path / "store", create=True)
    store.ingest([ClauseRecord("WHO GDWQ", "arsenic", "Arsenic: guideline value 0.01 mg/L.", "en", "international"),
                  ClauseRecord("WHO GDWQ", "nitrate", "Nitrate: guideline value 50 mg/L.", "en", "international")],
                 encoder)
    return store


def reviewed(tmp_path, store, clauses: tuple[str, str], decisions: tuple[str, str]):
    """The workbook of the two rows (arsenic, nitrate) under `clauses`, each with its right counterpart, and the
    reviewer's `decisions` typed in."""
    results = []
    for i, (text, name, clause) in enumerate(zip((ARSENIC, NITRATE), ("arsenic", "nitrate"), clauses), start=1):
        counterpart = store.find_clause("WHO GDWQ", name)
        results.append(MatchResult(InputRow(i, i + 1, text, "GB 5749-2022", clause, lang="zh"), "zh",
                                   Side.INTERNATIONAL, (Candidate(counterpart, 80.0, 0.8),)))
    out = tmp_path / "result.xlsx"
    write_result_workbook(results, out, headers=[], info=WorkbookInfo(source="list.xlsx", store="s"))
    wb = load_workbook(out)
    sheet = wb[MATCHES_SHEET]
    column = [c.value for c in sheet[1]].index(REVIEW_HEADER) + 1
    for line, decision in enumerate(decisions, start=2):
        sheet.cell(line, column).value = decision
    wb.save(out)
    return out


def test_a_decision_on_a_clause_label_shared_by_other_texts_is_not_stored(tmp_path, water):
    report = apply_review(reviewed(tmp_path, water, ("表1", "表1"), ("", "确认")), water)
    assert report.confirmed == 0 and len(report.problems) == 1
    assert "sheet row 3" in report.problems[0] and "GB 5749-2022 '表1'" in report.problems[0]
    assert water.links_for([query_key("GB 5749-2022", "表1", ARSENIC)]) == {}
    # each row confirmed on its own counterpart: still two decisions for one key, none stored
    report = apply_review(reviewed(tmp_path, water, ("表1", "表1"), ("确认", "确认")), water)
    assert report.confirmed == 0 and "sheet row 2 (list row 1), sheet row 3 (list row 2)" in report.problems[0]
    assert water.links_for([query_key("GB 5749-2022", "表1", ARSENIC)]) == {}


def test_rows_with_their_own_clause_labels_are_stored_as_before(tmp_path, water):
    report = apply_review(reviewed(tmp_path, water, ("表1 砷", "表1 硝酸盐"), ("", "确认")), water)
    assert report.confirmed == 1 and not report.problems
    nitrate = water.find_clause("WHO GDWQ", "nitrate")
    assert water.links_for([query_key("GB 5749-2022", "表1 硝酸盐", NITRATE)]) == {
        query_key("GB 5749-2022", "表1 硝酸盐", NITRATE): {nitrate.id: "confirmed"}}
