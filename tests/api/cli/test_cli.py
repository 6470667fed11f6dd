"""The command line as a user runs it: real files in, real files out, one-line errors, store untouched."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from api.cli import app
from tests.conftest import DOMESTIC, INTERNATIONAL, write_csv, write_xlsx

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture()
def store_dir(tmp_path, encoder):
    store = tmp_path / "store"
    assert run("ingest", write_csv(tmp_path / "intl.csv", INTERNATIONAL), "--store", store).exit_code == 0
    result = run("ingest", write_csv(tmp_path / "dom.csv", DOMESTIC, encoding="gb18030"), "--store", store)
    assert result.exit_code == 0, result.output
    assert "3 added" in result.stdout
    return store


def test_match_writes_jsonl_in_input_order(tmp_path, store_dir):
    out = tmp_path / "out.jsonl"
    result = run("match", write_csv(tmp_path / "q.csv", DOMESTIC), "--store", store_dir, "--top-k", 2, "-o", out)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["row"] for line in lines] == [1, 2, 3]
    assert lines[0]["text"] == DOMESTIC[1][2] and lines[0]["standard"] == "GB 2762-2022"
    assert [len(line["matches"]) for line in lines] == [2, 2, 2]
    assert lines[0]["matches"][0]["standard"] == "CXS 193-1995" and lines[0]["matches"][0]["clause"] == "Lead-1"
    assert lines[2]["matches"][0]["clause"] == "NO3"
    assert lines[0]["matches"][0]["score"] >= lines[0]["matches"][1]["score"]
    assert "best counterpart" in result.stdout and "rows/s" in result.stdout
    assert "standard-level roll-up" in result.stdout and "GB 2762-2022" in result.stdout  # indicators on


def test_the_printed_roll_up_leaves_out_rows_under_the_threshold(tmp_path, store_dir):
    """The roll-up printed by `match` counted every row's best candidate, even one the workbook reports as 'no
    counterpart found' (under the threshold): `make demo` printed a standard pair the Summary sheet did not have."""
    query = write_csv(tmp_path / "q.csv", DOMESTIC)
    shown = run("match", query, "--store", store_dir, "-o", tmp_path / "a.jsonl")
    assert shown.exit_code == 0 and "standard-level roll-up" in shown.stdout
    above_all = run("match", query, "--store", store_dir, "-o", tmp_path / "b.jsonl", "--threshold", 100)
    assert above_all.exit_code == 0, above_all.output
    assert "best counterpart" in above_all.stdout and "standard-level roll-up" not in above_all.stdout


def test_the_printed_rows_say_no_counterpart_where_the_workbook_does(tmp_path, store_dir):
    """A row under the threshold is 'no counterpart found' in the workbook, but the printed first rows named its
    best candidate and that candidate's verdict ('CXS 193-1995 Schedule I, Lead… 17.7 consistent' for a row the
    workbook reports without a counterpart)."""
    query = write_csv(tmp_path / "q.csv", DOMESTIC)
    above_all = run("match", query, "--store", store_dir, "-o", tmp_path / "b.xlsx", "--threshold", 100)
    assert above_all.exit_code == 0, above_all.output
    printed = above_all.stdout.split("matched 3 rows", 1)[0]
    body = [line for line in printed.splitlines() if line[:1].isdigit()]
    assert len(body) == 3 and all("no counterpart found" in line for line in body)
    assert not any(word in printed for word in ("consistent", "stricter", "looser", "different"))
    assert "CXS 193-1995" not in printed and "Lead-1" not in printed
    ws = load_workbook(tmp_path / "b.xlsx")["匹配 Matches"]
    assert [r[8] for r in ws.iter_rows(min_row=2, values_only=True)] == ["未找到对应 / no counterpart found"] * 3
    shown = run("match", query, "--store", store_dir, "-o", tmp_path / "a.xlsx")
    assert "CXS 193-1995" in shown.stdout and "no counterpart found" not in shown.stdout


def test_match_warns_of_a_cell_cut_to_the_length_cap(tmp_path, store_dir):
    """A 300,000-character clause is cut to its first 20,000 characters; `ingest` said so, but `match` wrote the
    cut text into the user's own column of the workbook without a word."""
    rows = [["标准号", "条款号", "条款内容"], ["GB 2762-2022", "4.1", "谷物中铅的限量为0.2 mg/kg。" + "说明" * 150_000],
            ["GB 2762-2022", "4.3", "大米中镉限量不大于0.2 mg/kg"]]
    result = run("match", write_csv(tmp_path / "long.csv", rows), "--store", store_dir, "-o", tmp_path / "r.xlsx")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "row 1 of long.csv (line 2)" in warnings[0]
    assert "text cut to the first 20,000 of 300,018 characters" in warnings[0]
    cell = load_workbook(tmp_path / "r.xlsx")["匹配 Matches"]["C2"].value
    assert len(cell) == 20_000


def test_a_confirmed_counterpart_under_the_threshold_stays_the_rows_counterpart(tmp_path, store_dir):
    """A reviewer confirms row 1's counterpart; matched again with a threshold no score reaches, the workbook
    named that row 'no counterpart found' (the confirmed pair, first on the Candidates sheet, was hidden), the
    Summary did not count it and the printed roll-up left it out: the reviewer's decision must stand."""
    query = write_csv(tmp_path / "q.csv", DOMESTIC)
    first = tmp_path / "first.xlsx"
    assert run("match", query, "--store", store_dir, "-o", first).exit_code == 0
    wb = load_workbook(first)
    ws = wb["匹配 Matches"]
    header = [c.value for c in ws[1]]
    review = header.index("审核\nReview (确认/驳回/待定)") + 1
    assert ws.cell(row=2, column=header.index("对应条款\nCounterpart clause") + 1).value == "Lead-1"
    ws.cell(row=2, column=review).value = "确认"
    wb.save(first)
    assert "1 confirmed" in run("review", first, "--store", store_dir).stdout

    again = run("match", query, "--store", store_dir, "-o", tmp_path / "again.xlsx", "--threshold", 100)
    assert again.exit_code == 0, again.output
    wb = load_workbook(tmp_path / "again.xlsx")
    rows = list(wb["匹配 Matches"].iter_rows(min_row=2, values_only=True))
    by_clause = {r[1]: r for r in rows}
    lead, cadmium = by_clause["4.1"], by_clause["4.3"]
    assert lead[3:5] == ("CXS 193-1995", "Lead-1") and lead[6] < 100
    assert lead[8] == "已匹配 / matched" and lead[9] == "已确认"
    assert cadmium[3] is None and cadmium[8].startswith("未找到对应")  # not confirmed: the threshold holds
    summary = {r[0]: r[1] for r in wb["汇总 Summary"].iter_rows(values_only=True) if r and r[0]}
    assert summary["找到对应条款的行 / Rows with a counterpart"] == 1
    assert summary["审核已确认的对应 / Counterparts confirmed in review"] == 1
    assert "standard-level roll-up" in again.stdout
    rollup = again.stdout.split("standard-level roll-up", 1)[1]
    assert "GB 2762-2022" in rollup and "CXS 193-1995" in rollup and "GB 5749-2022" not in rollup


def test_match_csv_and_xlsx_keep_original_columns(tmp_path, store_dir):
    rows = [["序号", "标准号", "条款内容"], [1, "GB 2762-2022", "谷物中铅的限量为0.2 mg/kg"],
            [2, "=HYPERLINK(\"http://x\")", "+大米中镉限量 0.2 mg/kg"]]
    listing = write_xlsx(tmp_path / "list.xlsx", {"清单": [["比对清单"], *rows]})
    run("match", listing, "--store", store_dir, "-o", tmp_path / "r.csv")
    with (tmp_path / "r.csv").open(encoding="utf-8-sig") as fh:
        table = list(csv.reader(fh))
    assert table[0] == ["序号", "标准号", "条款内容", "best_standard", "best_clause", "best_text", "best_score",
                        "best_verdict", "best_consistency"]
    assert table[1][3:5] == ["CXS 193-1995", "Lead-1"]
    # text that looks like a formula (here from a CSV) must reach the workbook as text
    result = run("match", write_csv(tmp_path / "f.csv", rows), "--store", store_dir, "-o", tmp_path / "r.xlsx")
    assert result.exit_code == 0, result.output
    ws = load_workbook(tmp_path / "r.xlsx")["匹配 Matches"]
    assert ws.freeze_panes == "A2"
    assert ws["B3"].value == "=HYPERLINK(\"http://x\")" and ws["B3"].data_type == "s"  # text, never a formula
    assert ws["C3"].data_type == "s" and ws["E3"].value == "Cd-3"
    assert isinstance(ws["G2"].value, (int, float)) and 0 < ws["G2"].value <= 100  # a number, not text


def test_search_in_both_directions(store_dir):
    result = run("search", "Cadmium in polished rice, maximum 0.4 mg/kg", "--store", store_dir, "--json")
    data = json.loads(result.stdout)
    assert data["target_side"] == "domestic" and data["matches"][0]["clause"] == "4.3"
    result = run("search", "漏电流不应超过0.75 mA", "--store", store_dir, "--top-k", 1)
    assert result.exit_code == 0 and "IEC 60335-1" in result.stdout


def test_reingest_replaces_and_info_counts(tmp_path, store_dir):
    again = run("ingest", write_csv(tmp_path / "intl.csv", INTERNATIONAL), "--store", store_dir)
    assert "0 added, 5 replaced" in again.stdout
    info = json.loads(run("info", "--store", store_dir).stdout)
    assert info["clauses"] == {"domestic": 3, "international": 5} and info["encoder"] == "use-multilingual-v3"


def snapshot(store):
    return {p.name: p.read_bytes() for p in sorted(store.iterdir()) if p.name.startswith(("store.sqlite", "vectors"))
            and not p.name.endswith(("-wal", "-shm"))}


@pytest.mark.parametrize("make,args,message", [
    (lambda d: d / "missing.csv", [], "file not found"),
    (lambda d: (d / "a.xyz").write_text("x") and d / "a.xyz", [], "unknown file type"),
    (lambda d: (d / "a.odt").write_text("x") and d / "a.odt", [], "save it as .docx"),
    (lambda d: (d / "a.docx").write_text("x") and d / "a.docx", [], "not a Word .docx file"),
    (lambda d: write_csv(d / "cols.csv", [["编号", "正文"], ["1", "x"]]), [], "found: 编号, 正文"),
    (lambda d: write_csv(d / "empty.csv", [["standard", "clause", "text"], ["ISO 1", "1", ""]]), [], "empty text"),
    (lambda d: write_csv(d / "dup.csv", [["standard", "clause", "text"], ["ISO 1", "1", "a"], ["ISO 1", "1", "b"]]),
     [], "different text"),
    (lambda d: write_csv(d / "ok.csv", INTERNATIONAL), ["--side", "left"], "--side must be"),
])
def test_bad_ingest_input_is_one_line_and_leaves_the_store(tmp_path, store_dir, make, args, message):
    before = snapshot(store_dir)
    result = run("ingest", make(tmp_path), "--store", store_dir, *args)
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.startswith("error: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(store_dir) == before


def test_store_problems(tmp_path, store_dir):
    from tests.embeddings.test_encoders import minilm_dir

    listing = write_csv(tmp_path / "q.csv", DOMESTIC)
    other = run("match", listing, "--store", store_dir, "--model", minilm_dir(), "-o", tmp_path / "o.jsonl")
    assert other.exit_code == 2 and "was built with encoder 'use-multilingual-v3'" in other.stderr
    assert not (tmp_path / "o.jsonl").exists()
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.txt").write_text("keep me")
    result = run("ingest", listing, "--store", notes)
    assert result.exit_code == 2 and "not a stdcompare store" in result.stderr
    assert [p.name for p in notes.iterdir()] == ["a.txt"]
    result = run("match", listing, "--store", tmp_path / "none", "-o", tmp_path / "o.jsonl")
    assert result.exit_code == 2 and "no store at" in result.stderr
    result = run("match", listing, "--store", store_dir, "-o", tmp_path / "o.pdf")
    assert result.exit_code == 2 and ".jsonl, .csv or .xlsx" in result.stderr


def test_models_lists_the_default(tmp_path):
    result = run("models", "--models-dir", tmp_path)
    assert result.exit_code == 0 and "use-multilingual-v3 (default)" in result.stdout


def test_excel_round_trip_through_the_cli(tmp_path, store_dir):
    listing = write_xlsx(tmp_path / "list.xlsx", {"清单": [["比对清单"], ["标准号", "条款号", "条款内容"],
                                                         ["GB 2762-2022", "4.1", "谷物中铅的限量为0.2 mg/kg"]]})
    out = tmp_path / "result.xlsx"
    result = run("match", listing, "--store", store_dir, "-o", out, "--threshold", 40)
    assert result.exit_code == 0, result.output
    wb = load_workbook(out)
    assert wb.sheetnames == ["汇总 Summary", "匹配 Matches", "候选 Candidates", "指标 Indicators"]
    assert wb["匹配 Matches"]["D2"].value == "CXS 193-1995"
    # read back before anyone reviewed it: it says what review needs (it only printed '0 confirmed, 0 rejected')
    unreviewed = run("review", out, "--store", store_dir)
    assert unreviewed.exit_code == 0 and "0 confirmed, 0 rejected" in unreviewed.stdout
    assert "审核 / Review column" in unreviewed.stderr and "确认" in unreviewed.stderr
    wb["匹配 Matches"]["J2"] = "确认"
    wb.save(out)
    result = run("review", out, "--store", store_dir)
    assert result.exit_code == 0 and "1 confirmed, 0 rejected" in result.stdout and "note:" not in result.stderr
    data = json.loads(run("search", "谷物中铅的限量为0.2 mg/kg", "--store", store_dir, "--json").stdout)
    assert data["matches"][0]["clause"] == "Lead-1"
    out2 = tmp_path / "again.jsonl"
    run("match", listing, "--store", store_dir, "-o", out2)
    line = json.loads(out2.read_text(encoding="utf-8"))
    assert line["matches"][0]["confirmed"] is True
    bad = run("match", listing, "--store", store_dir, "-o", out, "--against", "everything")
    assert bad.exit_code == 2 and "--against" in bad.stderr


def test_a_long_list_is_encoded_in_a_child_process_with_the_same_results(tmp_path, store_dir, monkeypatch):
    import compare.workflows

    rows = [DOMESTIC[0]] + [DOMESTIC[1 + i % 3] for i in range(12)]
    listing = write_xlsx(tmp_path / "list.xlsx", {"清单": rows})
    started = []
    real = compare.workflows.EncoderProcess

    def spy(*args, **kwargs):
        started.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(compare.workflows, "EncoderProcess", spy)
    monkeypatch.setattr(compare.workflows, "LONG_LIST", 10)  # this list counts as long
    outputs = {}
    for mode in ("true", "false"):
        monkeypatch.setenv("STDCOMPARE_ENCODER_PROCESS", mode)
        out = tmp_path / f"out-{mode}.xlsx"
        result = run("match", listing, "--store", store_dir, "-o", out)
        assert result.exit_code == 0, result.output
        ws = load_workbook(out)["匹配 Matches"]
        outputs[mode] = [[c.value for c in row] for row in ws.iter_rows()]
    assert started == [{"threads": 1}]  # only the run with the setting on used a child process
    assert len(outputs["true"]) == 13 and outputs["true"] == outputs["false"]
    assert outputs["true"][1][3:5] == ["CXS 193-1995", "Lead-1"]


def test_a_long_ingest_encodes_in_two_processes_into_the_same_store(tmp_path, one_thread_encoder, monkeypatch):
    import sqlite3

    import compare.workflows

    monkeypatch.setattr(compare.workflows, "LONG_INGEST", 3)  # this file counts as long
    monkeypatch.setattr(compare.workflows.os, "cpu_count", lambda: 2)
    shared = []
    real = compare.workflows.SharedBatches

    def spy(*args, **kwargs):
        shared.append(real(*args, **kwargs))
        return shared[-1]

    monkeypatch.setattr(compare.workflows, "SharedBatches", spy)
    # three batches of the store's 256 texts, so both processes have some to encode
    rows = [INTERNATIONAL[0]] + [[s, f"{c}.{i}", f"{t} ({i})"] for i in range(120) for s, c, t in INTERNATIONAL[1:6]]
    clauses = write_csv(tmp_path / "intl.csv", rows)
    stored = {}
    for mode in ("true", "false"):
        monkeypatch.setenv("STDCOMPARE_ENCODER_PROCESS", mode)
        result = run("ingest", clauses, "--store", tmp_path / mode)
        assert result.exit_code == 0, result.output
        with sqlite3.connect(tmp_path / mode / "store.sqlite") as db:
            stored[mode] = db.execute("SELECT clause, text, vector FROM clauses ORDER BY id").fetchall()
    assert len(shared) == 1  # only the run with the setting on shared the encoding out
    assert len(stored["true"]) == 600
    # the same clauses in the same order (compared as lists of strings: a failure prints a short diff)
    assert [row[:2] for row in stored["true"]] == [row[:2] for row in stored["false"]]
    shared_vectors, kept_vectors = (np.stack([np.frombuffer(row[2], np.float32) for row in stored[mode]])
                                    for mode in ("true", "false"))
    # two processes of one BLAS thread each give the vectors of one such encoder alone, batch by batch, to the
    # bit; the run with the setting off encoded on two BLAS threads, whose sums can round in another order
    # (seen on an AVX2 machine: 3e-7 at most), so it agrees to float rounding
    texts = [row[1] for row in stored["true"]]
    alone = np.vstack([one_thread_encoder.encode(texts[i:i + 256]) for i in range(0, len(texts), 256)])
    assert np.array_equal(shared_vectors, alone), "two processes did not give one encoder's vectors"
    assert np.allclose(kept_vectors, alone, rtol=0, atol=1e-5)


def test_control_characters_in_a_list_do_not_lose_the_workbook(tmp_path, store_dir):
    rows = [DOMESTIC[0], [DOMESTIC[1][0], DOMESTIC[1][1], DOMESTIC[1][2] + "\x07\x1b"]]
    out = tmp_path / "out.xlsx"
    result = run("match", write_csv(tmp_path / "q.csv", rows), "--store", store_dir, "-o", out)
    assert result.exit_code == 0, result.output
    ws = load_workbook(out)["匹配 Matches"]
    assert ws.cell(row=2, column=3).value == DOMESTIC[1][2]
    assert ws.cell(row=2, column=4).value == "CXS 193-1995"


def test_match_says_when_its_catalogue_is_none_or_is_not_used(tmp_path, store_dir):
    """A clause list given to `match --catalogue` was read as a catalogue stating nothing, and a catalogue given
    with a list of clauses was left unused without a word."""
    clauses = write_csv(tmp_path / "条款清单.csv", DOMESTIC)
    out = tmp_path / "out.jsonl"
    swapped = run("match", clauses, "--store", store_dir, "-o", out, "--catalogue", clauses)
    assert swapped.exit_code == 2 and swapped.stderr.startswith("error: 条款清单.csv is a list of clauses")
    assert "采标情况" in swapped.stderr and len(swapped.stderr.strip().splitlines()) == 1 and not out.exists()
    catalogue = write_csv(tmp_path / "目录.csv", [["标准号", "标准名称", "采标情况"],
                                                ["GB 2762-2022", "食品中污染物限量", "CXS 193-1995, NEQ"]])
    unused = run("match", clauses, "--store", store_dir, "-o", out, "--catalogue", catalogue)
    assert unused.exit_code == 0, unused.output
    assert "note: the catalogue 目录.csv is not used: 条款清单.csv is a list of clauses" in unused.stderr
