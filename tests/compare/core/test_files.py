"""Finished files get the mode a new file of the user's gets; half-written ones are never seen."""

from __future__ import annotations

import os
import stat

import pytest

from compare.core.files import atomic_path


@pytest.fixture()
def umask():
    """Set the process umask for one test, and put the old one back."""
    old = os.umask(0o022)
    yield lambda mask: os.umask(mask)
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_results_reports_and_exports_are_readable_as_the_umask_allows(tmp_path, umask):
    """Every result file was left 0600 by the temporary file it was written as (`make demo`:
    -rw------- demo-matches.xlsx, demo-report.docx; TMX and TBX exports too), so a colleague or a web server
    could not open a workbook the official had just made; they now get 0666 less the umask, as Excel's would."""
    from compare.core.model import Candidate, Clause, InputRow, MatchResult
    from compare.core.vocabulary import Side
    from compare.io.report_data import summary_from_workbook
    from compare.io.report_docx import write_report_docx
    from compare.io.writers import write_matches
    from compare.terms.grow import export_tbx

    counterpart = Clause(id=1, standard="CXS 193-1995", clause="1", text="Lead: maximum level 0.2 mg/kg.",
                         lang="en", side=Side.INTERNATIONAL)
    results = [MatchResult(InputRow(1, 2, "铅不得超过0.2 mg/kg。", "GB 2762-2022", "4.1", lang="zh"), "zh",
                           Side.INTERNATIONAL, (Candidate(counterpart, 80.0, 0.8),))]
    umask(0o022)
    for name in ("r.xlsx", "r.csv", "r.jsonl"):
        write_matches(results, tmp_path / name)
        assert mode(tmp_path / name) == 0o644, name
    write_report_docx(summary_from_workbook(tmp_path / "r.xlsx"), tmp_path / "r.docx")
    export_tbx(tmp_path / "t.tbx", None)
    assert mode(tmp_path / "r.docx") == mode(tmp_path / "t.tbx") == 0o644
    umask(0o077)  # a user who keeps files private still gets private files
    write_matches(results, tmp_path / "private.xlsx")
    assert mode(tmp_path / "private.xlsx") == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["private.xlsx", "r.csv", "r.docx", "r.jsonl", "r.xlsx",
                                                         "t.tbx"]  # no temporary file left beside them


def test_a_failed_write_leaves_nothing(tmp_path):
    with pytest.raises(RuntimeError):
        with atomic_path(tmp_path / "out.xlsx") as tmp:
            tmp.write_bytes(b"half")
            raise RuntimeError("disk gone")
    assert list(tmp_path.iterdir()) == []
