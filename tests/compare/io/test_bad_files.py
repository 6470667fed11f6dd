"""Hostile and clumsy files (issue 17): huge cells, lying workbook dimensions, lone surrogates, formula-like
cells in CSV output, a full disk, and openpyxl scratch files. Real files made here; no encoder."""

from __future__ import annotations

import errno
import json
import os
import re
import zipfile
from pathlib import Path

import pytest

from compare.core.errors import InputFileError, OutputError
from compare.core.model import Candidate, Clause, InputRow, MatchResult
from compare.core.policy import MAX_CELL_CHARS
from compare.io.readers import open_table
from compare.io.writers import write_matches
from compare.store.ingest import prepare_records
from tests.conftest import write_csv, write_xlsx


def rows_of(path):
    return list(open_table(path).rows())


# ------------------------------------------------------------------ 1 and 2: huge cells

def test_a_csv_cell_over_the_csv_module_limit_is_read_and_cut(tmp_path):
    huge = "Lead shall not exceed 0.2 mg/kg. " * 6000  # about 200,000 characters, over csv's 131,072
    path = write_csv(tmp_path / "big.csv", [["standard", "clause", "text"], ["GB 1", "1", huge],
                                           ["GB 1", "2", "short"]])
    rows = rows_of(path)
    assert [len(r.text) for r in rows] == [MAX_CELL_CHARS, 5]
    assert rows[0].text == huge.strip()[:MAX_CELL_CHARS]
    assert "cut" in rows[0].note and f"{len(huge.strip()):,}" in rows[0].note and rows[1].note == ""


@pytest.mark.parametrize("kind", ["csv", "xlsx", "jsonl"])
def test_cells_longer_than_the_cap_are_cut_with_a_note_in_every_file_kind(tmp_path, kind):
    long_text = "铅的限量为0.2 mg/kg。" * 2000  # 30,000 characters
    table = [["standard", "clause", "text"], ["GB 2762", "4.1", long_text], ["GB 2762", "4.2", "镉 0.1 mg/kg"]]
    path = tmp_path / f"list.{kind}"
    if kind == "csv":
        write_csv(path, table)
    elif kind == "xlsx":
        write_xlsx(path, {"list": table})
    else:
        path.write_text("\n".join(json.dumps(dict(zip(table[0], r)), ensure_ascii=False) for r in table[1:]),
                        encoding="utf-8")
    rows = rows_of(path)
    assert len(rows[0].text) == MAX_CELL_CHARS and rows[1].text == "镉 0.1 mg/kg"
    assert re.search(r"text cut to the first 20,000 of 30,000 characters", rows[0].note)
    # ingest says so, naming the row
    prepared = prepare_records(rows)
    assert any("row 1" in w and "cut" in w for w in prepared.warnings)
    assert len(prepared.records[0].text) == MAX_CELL_CHARS


def test_policy_cap_is_the_json_api_cap():
    from api.http import schemas

    assert schemas.MAX_TEXT_CHARS == MAX_CELL_CHARS


# ------------------------------------------------------------------ 3: a workbook whose dimension lies

def test_a_workbook_declaring_a_smaller_dimension_is_read_as_it_really_is(tmp_path):
    table = [["standard", "clause", "text"]] + [["GB 1", str(i), f"clause {i} text"] for i in range(1, 301)]
    path = write_xlsx(tmp_path / "list.xlsx", {"list": table})
    lying = tmp_path / "lying.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(lying, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data, n = re.subn(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:C2"/>', data)
                assert n == 1
            dst.writestr(item, data)
    rows = rows_of(lying)
    assert len(rows) == 300 and rows[-1].text == "clause 300 text"


# ------------------------------------------------------------------ 4: lone surrogates

def test_a_lone_surrogate_in_jsonl_is_refused_naming_the_line(tmp_path):
    path = tmp_path / "list.jsonl"
    path.write_text('{"standard": "GB 1", "clause": "1", "text": "lead 0.2 mg/kg"}\n'
                    '{"standard": "GB 1", "clause": "2", "text": "lead \\udcff"}\n', encoding="utf-8")
    with pytest.raises(InputFileError, match=r"line 2.*surrogate"):
        rows_of(path)


def test_a_lone_surrogate_given_as_a_string_is_refused_before_anything_is_written():
    from compare.core.errors import InvalidRowsError

    rows = [InputRow(1, 1, "lead 0.2 mg/kg", "GB 1", "1"), InputRow(2, 2, "lead \udcff", "GB 1", "2")]
    with pytest.raises(InvalidRowsError, match=r"row 2 .*surrogate"):
        prepare_records(rows)  # the JSON API hands its clauses here, as strings
    assert [r.clause for r in prepare_records(rows, skip_invalid=True).records] == ["1"]


# ------------------------------------------------------------------ 5: CSV formula injection

def _result(text, row_text, original):
    clause = Clause(id=1, standard="ISO 1", clause="1", text=text, lang="en", side="international")
    row = InputRow(row=1, line=2, text=row_text, standard="GB 1", clause="1", original=original)
    return MatchResult(row=row, lang="zh", target_side="international",
                       matches=(Candidate(clause=clause, score=90.0, similarity=0.9),))


def test_csv_output_neutralises_cells_that_spreadsheets_would_run(tmp_path):
    out = tmp_path / "out.csv"
    hostile = ["=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-3+4", "@SUM(A1)", "\t=1", "\r=1"]
    results = [_result(h, h, {"text": h, "note": h}) for h in hostile] + [_result("-0.5 mg", "safe", {"text": "-5"})]
    write_matches(results, out, headers=["text", "note"])
    import csv

    with out.open(encoding="utf-8-sig", newline="") as fh:
        cells = [c for row in list(csv.reader(fh))[1:] for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=HYPERLINK(\"http://x\",\"y\")" in cells and "'+1+2" in cells and "'@SUM(A1)" in cells


# ------------------------------------------------------------------ 9: a full disk while writing results

@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_writing_results_to_a_full_disk_says_so_and_leaves_no_partial_file(tmp_path, monkeypatch, suffix):
    import builtins

    real_open = builtins.open

    class FullFile:
        def __init__(self, fh):
            self._fh = fh

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self._fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._fh.close()

    def full_open(file, mode="r", *args, **kwargs):
        fh = real_open(file, mode, *args, **kwargs)
        return FullFile(fh) if "w" in mode and str(file).startswith(str(tmp_path)) else fh

    monkeypatch.setattr(Path, "open", lambda self, *a, **k: full_open(self, *a, **k))
    out = tmp_path / f"out{suffix}"
    with pytest.raises(OutputError, match="disk is full"):
        write_matches([_result("x", "y", {})], out)
    monkeypatch.undo()
    assert os.listdir(tmp_path) == []


# ------------------------------------------------------------------ 12: openpyxl scratch files

def test_workbook_scratch_files_stay_in_the_project_folder_and_are_removed_after_a_failing_write(
        tmp_path, monkeypatch):
    import tempfile

    from compare.io import scratch

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "system-tmp"))
    (tmp_path / "system-tmp").mkdir()
    monkeypatch.setattr(scratch, "ROOT", tmp_path / "scratch")

    def failing():
        yield _result("x", "y", {})
        raise RuntimeError("the job failed mid-write")

    with pytest.raises(RuntimeError):
        write_matches(failing(), tmp_path / "out.xlsx")
    assert os.listdir(tmp_path / "system-tmp") == []  # nothing in /tmp
    assert not [p for p in (tmp_path / "scratch").rglob("*") if p.is_file()]
    assert not (tmp_path / "out.xlsx").exists()


def test_scratch_folders_of_dead_processes_are_removed(tmp_path, monkeypatch):
    from compare.io import scratch

    monkeypatch.setattr(scratch, "ROOT", tmp_path / "scratch")
    dead = tmp_path / "scratch" / "p999999999-deadbeef"  # no such process
    dead.mkdir(parents=True)
    (dead / "openpyxl.abc").write_bytes(b"x" * 1000)
    mine = scratch.process_folder()
    assert not dead.exists() and mine.is_dir()


def test_a_workbook_written_to_a_full_disk_says_so_with_no_traceback_and_no_file(tmp_path, monkeypatch):
    import gc
    import io
    import sys
    import zipfile

    real_open = io.open

    class FillingDisk(io.FileIO):
        """A file on a disk that fills after 3,000 bytes."""

        def write(self, data):
            if self.tell() + len(data) > 3000:
                raise OSError(errno.ENOSPC, "No space left on device")
            return super().write(data)

    def full_disk_open(file, mode="r", *args, **kwargs):
        if "w" in mode and str(file).startswith(str(tmp_path / "out")):
            return FillingDisk(file, mode.replace("b", ""))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(zipfile.io, "open", full_disk_open)
    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", lambda info: unraisable.append(info))
    results = [_result(f"clause {i} " + "lead " * 200, f"row {i} " + "铅 " * 200, {"text": f"row {i}"})
               for i in range(200)]
    (tmp_path / "out").mkdir()
    with pytest.raises(OutputError, match="disk is full"):
        write_matches(results, tmp_path / "out" / "results.xlsx", headers=["text"])
    gc.collect()
    assert [str(u.exc_value) for u in unraisable] == []  # no "Exception ignored ..." after the message
    assert os.listdir(tmp_path / "out") == []
