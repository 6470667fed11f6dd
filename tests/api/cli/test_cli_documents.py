"""`stdcompare outline` prints a document's tree and writes it as a clause table that `ingest` reads back; every
command that takes clauses takes documents."""

from __future__ import annotations

import csv
import json

from typer.testing import CliRunner

from api.cli import app
from compare.documents.ocr import default_engine
from tests.compare.documents import render
from tests.compare.documents.conftest import documents  # noqa: F401  (the session fixture)

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_outline_prints_the_tree_and_writes_a_clause_table(documents, tmp_path):  # noqa: F811
    out = tmp_path / "clauses.csv"
    result = run("outline", documents["zh", "pdf"], "--output", out)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "GB/T 17301.1-2024  谷物和豆类 规格和试验方法 第1部分：稻米"
    assert lines[2].startswith("adopts ISO 17301-1:2016 (MOD): 本文件修改采用ISO 17301-1:2016")
    assert lines[3] == "61 units; 7 pages; front matter, not compared: 前言, 引言"
    assert any(line.endswith("p.4    3.9 未熟粒 immature kernel  | 未成熟或发育不良、呈浅绿色且带粉质的完整粒或碎粒。")
               for line in lines), "\n".join(lines)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 61 and rows[2]["clause"] == "1" and rows[2]["heading"] == "范围"
    assert rows[2]["standard"] == "GB/T 17301.1-2024" and rows[2]["page"] == "3"
    jsonl = tmp_path / "clauses.jsonl"
    assert run("outline", documents["en", "xml"], "-o", jsonl, "--text-width", 0).exit_code == 0
    first = json.loads(jsonl.read_text(encoding="utf-8").splitlines()[0])
    assert first["clause"] == "Foreword" and first["kind"] == "front"


def test_outline_refuses_other_outputs(documents, tmp_path):  # noqa: F811
    result = run("outline", documents["en", "xml"], "-o", tmp_path / "clauses.xlsx")
    assert result.exit_code == 2 and "--output must end in .csv or .jsonl" in result.output


def test_ingest_and_search_a_document(documents, tmp_path, encoder):  # noqa: F811
    store = tmp_path / "store"
    result = run("ingest", documents["en", "docx"], "--store", store)
    assert result.exit_code == 0, result.output
    assert "ingested 58 clauses of 1 standard(s)" in result.stdout  # 60 units, Foreword and Introduction apart
    result = run("ingest", documents["zh", "xml"], "--store", store)
    assert result.exit_code == 0, result.output
    assert "59 domestic and 58 international" in result.stdout


FRENCH = ["Le riz doit être sain et propre, et la teneur en eau des grains ne doit pas dépasser",
          "les limites fixées dans le tableau pour le riz décortiqué et le riz usiné. La présente",
          "partie de la norme est applicable dans les échanges et pour la transformation du riz."]


def test_commands_say_which_pages_of_a_scan_were_ocrd(tmp_path, encoder):
    """ingest, match and align print how a scanned document was read: the pages OCR'd, the engine and mean
    confidence, and a page skipped (French) with the reason: the same line `outline` prints."""
    text = render.to_plain_pdf(tmp_path / "text.pdf", [
        ["1 Scope", "This document specifies requirements for husked rice and milled rice.",
         "2 Sampling", "Sampling shall be carried out in accordance with ISO 24333."], FRENCH])
    scan = render.to_scanned_pdf(text, tmp_path / "scan.pdf", dpi=200)
    expected = (f"read scan.pdf: 2 units; 2 pages; 2 pages OCR'd (pages 1–2; {default_engine()}; mean confidence ",
                "; page 2 skipped: text in French (neither Chinese nor English)")
    store = tmp_path / "store"
    outputs = [run("ingest", scan, "--store", store, "--side", "international")]
    outputs.append(run("match", scan, "--store", store, "-o", tmp_path / "m.jsonl", "--side", "international"))
    other = tmp_path / "zh.csv"
    other.write_text("standard,clause,text\nGB/T 1,1,本文件规定了糙米和大米的要求。\n", encoding="utf-8")
    outputs.append(run("align", other, scan, "-o", tmp_path / "a.jsonl"))
    for result in outputs:
        assert result.exit_code == 0, result.output
        line = next(line for line in result.stdout.splitlines() if line.startswith("read scan.pdf"))
        assert line.startswith(expected[0]) and line.endswith(expected[1]), line


def test_align_two_documents_into_a_workbook(documents, tmp_path, encoder):  # noqa: F811
    """The document workflow's last step: a PDF against an STS XML, into the review workbook, whose Summary
    names the two documents."""
    from openpyxl import load_workbook

    out = tmp_path / "aligned.xlsx"
    result = run("align", documents["zh", "pdf"], documents["en", "xml"], "-o", out, "--show", 0)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:2] == ["read zh.pdf: 61 units; 7 pages; front matter, not compared: 前言, 引言",
                                              "read en.xml: 60 units; front matter, not compared: Foreword, "
                                              "Introduction"]
    assert "(in document order); results written to" in result.stdout
    workbook = load_workbook(out, read_only=True)
    cells = [c for row in workbook[workbook.sheetnames[0]].iter_rows(values_only=True) for c in row
             if isinstance(c, str)]
    assert any("zh.pdf ↔ en.xml" in c for c in cells), cells[:5]
