"""`stdcompare terms import|export`: a CAT tool's TBX grows the store's termbase; the termbase goes out as TBX."""

from __future__ import annotations

from typer.testing import CliRunner

from api.cli import app as cli
from compare.terms.tbx import read_tbx
from compare.terms.termbase import load_termbase
from tests.compare.terms.test_tbx import BILLION_LAUGHS, TBX_BASIC

runner = CliRunner()


def test_import_into_the_store_termbase_then_export(tmp_path):
    store = tmp_path / "store"
    tbx = tmp_path / "glossary.tbx"
    tbx.write_text(TBX_BASIC, encoding="utf-8")
    result = runner.invoke(cli, ["terms", "import", str(tbx), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "6 terms added (2 new concepts, 1 concepts extended" in result.stdout
    assert "de-de (1)" in result.stderr
    user = store / "termbase.csv"
    assert "critical_control_point" not in user.read_text(encoding="utf-8")  # the entry keeps its TBX id
    assert "c102" in load_termbase(str(user)).concepts_in("关键控制点")

    again = runner.invoke(cli, ["terms", "import", str(tbx), "--store", str(store)])
    assert "0 terms added" in again.stdout and "unchanged" in again.stdout

    out = tmp_path / "out.tbx"
    exported = runner.invoke(cli, ["terms", "export", "--output", str(out), "--store", str(store), "--only-mine"])
    assert exported.exit_code == 0, exported.output
    assert {e.concept for e in read_tbx(out).entries} == {"c101", "c102", "lead"}
    everything = runner.invoke(cli, ["terms", "export", "-o", str(out), "--termbase", str(user)])
    assert len(read_tbx(out).entries) > 100 and "with the built-in termbase" in everything.stdout


def test_a_bad_file_is_one_line_and_exit_2(tmp_path):
    bomb = tmp_path / "bomb.tbx"
    bomb.write_text(BILLION_LAUGHS, encoding="utf-8")
    user = tmp_path / "mine.csv"
    result = runner.invoke(cli, ["terms", "import", str(bomb), "--termbase", str(user)])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: bomb.tbx declares XML entities")
    assert not user.exists()
