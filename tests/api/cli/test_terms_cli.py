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


def test_terms_imported_into_a_store_reach_its_matching(tmp_path):
    """The store's termbase.csv is read by the re-ranking of `match` and `search` against that store."""
    from compare.core.model import Clause
    from compare.matching.lists import rerank_hits
    from compare.terms.grow import store_termbase

    store = tmp_path / "store"
    store.mkdir()
    assert store_termbase(store).concepts_in("钢丝直径") == frozenset()
    glossary = tmp_path / "wires.csv"
    glossary.write_text("中文,英文\n钢丝直径,wire diameter\n", encoding="utf-8")
    assert runner.invoke(cli, ["terms", "import", str(glossary), "--store", str(store)]).exit_code == 0
    mine = store_termbase(store)
    assert mine.concepts_in("钢丝直径") == mine.concepts_in("wire diameter") == {"wire_diameter"}
    clauses = {1: Clause(1, "IEC 1", "1", "The conductor resistance shall not exceed 5 ohm.", "en", "international"),
               2: Clause(2, "IEC 1", "2", "The wire diameter shall be at least 2.0 mm.", "en", "international")}
    hits = [(1, 0.80), (2, 0.74)]
    assert [c for c, _ in rerank_hits("钢丝直径不小于2.0 mm", hits, clauses, top_k=2, termbase=mine)] == [2, 1]
    # a later import is seen without restarting
    glossary.write_text("中文,英文\n护套厚度,sheath thickness\n", encoding="utf-8")
    runner.invoke(cli, ["terms", "import", str(glossary), "--store", str(store)])
    assert store_termbase(store).concepts_in("护套厚度") == {"sheath_thickness"}


def test_a_glossary_saved_by_excel_on_a_chinese_windows_imports(tmp_path):
    """Excel on a Chinese Windows saves 'CSV (逗号分隔)' in GBK, and in many other locales with semicolons; the
    list reader reads both, but `terms import` stopped with "'utf-8' codec can't decode byte 0xd6 ...; terms must
    be a UTF-8 CSV" and with "no Chinese and English term columns found (found: zh;en)"."""
    store = tmp_path / "store"
    gbk = tmp_path / "术语表.csv"
    gbk.write_bytes("中文,英文\n赭曲霉毒素测定仪,ochratoxin analyser\n".encode("gbk"))
    result = runner.invoke(cli, ["terms", "import", str(gbk), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "1 new concept" in result.stdout
    semicolons = tmp_path / "glossary.csv"
    semicolons.write_text("zh;en\n稻谷脱壳机;paddy husker\n", encoding="utf-8-sig")
    result = runner.invoke(cli, ["terms", "import", str(semicolons), "--store", str(store)])
    assert result.exit_code == 0, result.output
    termbase = load_termbase(str(store / "termbase.csv"))
    assert termbase.concepts_in("赭曲霉毒素测定仪") and termbase.concepts_in("稻谷脱壳机")
    assert termbase.concepts_in("ochratoxin analyser") == termbase.concepts_in("赭曲霉毒素测定仪")
    latin = tmp_path / "latin1.csv"
    latin.write_bytes("zh,en\n\xb5g,caf\xe9\n".encode("latin-1") + bytes([0x81, 0x20]))
    refused = runner.invoke(cli, ["terms", "import", str(latin), "--store", str(store)])
    assert refused.exit_code == 2 and "neither UTF-8 nor GB18030" in refused.output
    assert "codec" not in refused.output


def test_a_big5_glossary_with_english_headers_imports_its_characters(tmp_path):
    """A glossary from Taiwan saved in Big5 with the headers 'zh,en' was read as GBK without a word: the store's
    termbase got '鍋穝' for '鉛'. Its terms now come in as written."""
    store = tmp_path / "store"
    glossary = tmp_path / "glossary.csv"
    glossary.write_bytes("zh,en\n穀物乾燥機,grain dryer\n鎘含量測定儀,cadmium analyser\n".encode("big5"))
    result = runner.invoke(cli, ["terms", "import", str(glossary), "--store", str(store)])
    assert result.exit_code == 0, result.output
    termbase = load_termbase(str(store / "termbase.csv"))
    assert termbase.concepts_in("穀物乾燥機") == termbase.concepts_in("grain dryer") != set()
    assert termbase.concepts_in("鎘含量測定儀") == termbase.concepts_in("cadmium analyser") != set()


def test_only_mine_with_no_terms_of_ones_own_says_so_and_writes_nothing(tmp_path):
    """`terms export --only-mine` against a store with no termbase of its own wrote a TBX with no entry and
    '0 concepts written': a translator took an empty file to the CAT tool. It is now refused, saying where the
    terms were looked for; with terms imported, they are written."""
    store = tmp_path / "store"
    out = tmp_path / "mine.tbx"
    refused = runner.invoke(cli, ["terms", "export", "--only-mine", "-o", str(out), "--store", str(store)])
    assert refused.exit_code == 2 and not out.exists()
    assert f"{store / 'termbase.csv'} does not exist" in refused.output and "terms import" in refused.output
    assert refused.output.rstrip().endswith("(use --store (env STDCOMPARE_STORE))")
    glossary = tmp_path / "terms.csv"
    glossary.write_text("中文,英文\n铅,lead\n", encoding="utf-8")  # a term the built-in termbase already has
    runner.invoke(cli, ["terms", "import", str(glossary), "--store", str(store)])
    refused = runner.invoke(cli, ["terms", "export", "--only-mine", "-o", str(out), "--store", str(store)])
    assert refused.exit_code == 2 and not out.exists()
    glossary.write_text("中文,英文\n稻谷脱壳机,paddy husker\n", encoding="utf-8")
    runner.invoke(cli, ["terms", "import", str(glossary), "--store", str(store)])
    written = runner.invoke(cli, ["terms", "export", "--only-mine", "-o", str(out), "--store", str(store)])
    assert written.exit_code == 0, written.output
    assert [(e.zh, e.en) for e in read_tbx(out).entries] == [(("稻谷脱壳机",), ("paddy husker",))]
