"""A one-sided reading whose numbers the other clause writes too is listed but not counted in the clause's overall
verdict (compare.indicators.verdicts.count_established). The workbook's Indicators sheet says so beside its
verdict, and the report read back from the workbook counts the clause as the match did (it recomputed the overall
verdict from every listed indicator, so the Summary sheet said 'consistent' and the report 'different')."""

from __future__ import annotations

from openpyxl import load_workbook

from compare.core.vocabulary import Verdict
from compare.indicators.verdicts import compare_clauses
from compare.io.report_data import summary_from_workbook
from compare.io.summary import NOT_COUNTED_MARK
from compare.io.workbook import INDICATORS_SHEET
from tests.compare.io.test_degree_without_indicators import summary_of

SWITCH = ("开关应能承受10 000次操作循环，每个循环操作6次；端子温升不超过45 K。",
          "The switch shall withstand 10 000 operating cycles at a rate of 6 cycles per minute; "
          "terminal temperature rise: max. 45 K.")
FLOUR = ("面粉中铅不得超过0.2 mg/kg，镉不得超过0.2 mg/kg。", "Flour: lead, maximum level 0.2 mg/kg.")


def workbook(tmp_path, pairs):
    return summary_of(tmp_path, "GB/T 15092.1-2020", "IEC 61058-1:2016", pairs)  # the same workbook, these standards


def test_a_pair_not_counted_is_marked_and_the_report_counts_the_clause_as_the_match_did(tmp_path):
    assert compare_clauses(*SWITCH).overall == Verdict.CONSISTENT  # the premise (test_overall_policy.py)
    summary, out = workbook(tmp_path, [SWITCH, FLOUR])
    assert summary.verdicts[Verdict.CONSISTENT] == 1 and summary.verdicts[Verdict.DIFFERENT] == 1
    rows = [r for r in load_workbook(out)[INDICATORS_SHEET].iter_rows(min_row=2, values_only=True)
            if isinstance(r[0], int)]
    marks = [(r[0], str(r[4]).endswith(NOT_COUNTED_MARK)) for r in rows if r[4] and "核对" not in str(r[4])]
    # the switch: the 10 000 operating cycles and 45 K compared and counted (the cycles are read on both sides since
    # the twenty-fourth round), the two readings of '6' not counted; the flour: cadmium counted
    assert marks == [(1, False), (1, False), (1, True), (1, True), (2, False), (2, False)]
    back = summary_from_workbook(out).summary
    assert back.verdicts == summary.verdicts
    assert back.indicator_verdicts == summary.indicator_verdicts


def test_the_report_flags_the_rows_the_summary_sheet_flags(tmp_path):
    # the match flags the switch's row for the reviewer (the comparison's note on its uncounted readings); the
    # report read back from the workbook named 27 rows to check where the Summary sheet of the demo named 28
    summary, out = workbook(tmp_path, [SWITCH, FLOUR])
    back = summary_from_workbook(out).summary
    assert 1 in {check.row for check in summary.checks}
    assert sorted(check.row for check in back.checks) == sorted(check.row for check in summary.checks)
