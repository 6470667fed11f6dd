"""Bad documents get a one-line message saying what to do, or a note naming the pages skipped; nothing is
half-written into the store."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from api.cli import app
from compare.core.errors import InputFileError
from compare.documents import read_document
from tests.compare.documents import render


_pdf = render.to_plain_pdf


def _one_line(exc) -> str:
    message = str(exc.value)
    assert "\n" not in message and message
    return message


def test_encrypted_pdf(tmp_path):
    path = _pdf(tmp_path / "locked.pdf", [["1 Scope", "This document specifies rice."]], encrypt="secret")
    with pytest.raises(InputFileError) as exc:
        read_document(path)
    assert "encrypted" in _one_line(exc) and "unprotected copy" in str(exc.value)


def test_damaged_pdf(tmp_path):
    good = _pdf(tmp_path / "good.pdf", [["1 Scope", "This document specifies rice."]])
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(good.read_bytes()[:300])
    with pytest.raises(InputFileError) as exc:
        read_document(broken)
    assert "damaged PDF" in _one_line(exc)
    fake = tmp_path / "fake.pdf"
    fake.write_text("standard number, clause\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="not a PDF file"):
        read_document(fake)


def test_doc_renamed_docx(tmp_path):
    path = tmp_path / "draft.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(InputFileError) as exc:
        read_document(path)
    assert "Word 97-2003 .doc" in _one_line(exc) and "save it as .docx" in str(exc.value)


def test_xml_that_is_not_sts(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text('<?xml version="1.0"?><rss><channel><title>news</title></channel></rss>', encoding="utf-8")
    with pytest.raises(InputFileError) as exc:
        read_document(path)
    assert "not ISO STS / NISO STS" in _one_line(exc) and "<rss>" in str(exc.value)
    broken = tmp_path / "broken.xml"
    broken.write_text("<standard><front>", encoding="utf-8")
    with pytest.raises(InputFileError, match="not well-formed XML"):
        read_document(broken)


def test_no_text_and_no_ocr(tmp_path, monkeypatch):
    from compare.documents import ocr

    blank = _pdf(tmp_path / "scan.pdf", [[], []])
    monkeypatch.setattr(ocr, "default_engine", lambda: "tesseract")
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    with pytest.raises(InputFileError) as exc:
        read_document(blank)
    assert "OCR is unavailable" in _one_line(exc) and "tesseract-ocr-chi-sim" in str(exc.value)
    with pytest.raises(InputFileError, match="no readable text: its pages have no text layer") as exc:
        read_document(blank, ocr="never")
    assert exc.value.option == "ocr" and "--" not in str(exc.value)


def test_page_limit_is_checked_before_reading(tmp_path):
    path = _pdf(tmp_path / "long.pdf", [[f"page {i}"] for i in range(500)])
    with pytest.raises(InputFileError) as exc:
        read_document(path, max_pages=300)
    assert "500 pages" in _one_line(exc) and exc.value.option == "max_pages"
    # before: "…; split it, or raise the page limit": no setting raises it, and a piece that does not start at
    # clause 1 is read as no standard at all
    assert "raise the page limit" not in str(exc.value) and "each part as a document of its own" in str(exc.value)


def test_a_500_page_document_is_read_whole_with_progress(tmp_path):
    """Below the page limit a long document is read page by page, with progress, and a numbered clause that
    opens every page is not mistaken for a running head."""
    pages, expected = [["1 Scope", "This document specifies requirements for rice."]], ["1"]
    for page in range(499):
        clause, sub = 2 + page // 25, page % 25 + 1
        lines = [f"{clause} Requirements of part {clause}"] if sub == 1 else []
        lines.append(f"{clause}.{sub} Group {sub}")
        for item in range(1, 4):
            lines += [f"{clause}.{sub}.{item} Requirement {item}",
                      f"The product shall meet requirement {item} of group {sub} in part {clause}."]
        expected += [line.split()[0] for line in lines if line[0].isdigit()]
        pages.append(lines)
    seen = []
    document = read_document(_pdf(tmp_path / "long.pdf", pages), progress=lambda done, total: seen.append(done))
    assert document.pages == 500 and seen[-1] == 500 and seen == sorted(seen)
    assert [n.number for n in document.nodes] == expected


def test_third_language_page_is_skipped_with_a_note(tmp_path):
    french = ["Le riz doit être sain et propre, et la teneur en eau des grains ne doit pas dépasser",
              "les limites fixées dans le tableau pour le riz décortiqué et le riz usiné. La présente",
              "partie de la norme est applicable dans les échanges et pour la transformation du riz et des",
              "produits de la mouture du riz est la méthode de référence dans tous les cas de litige."]
    path = _pdf(tmp_path / "bilingual.pdf", [
        ["1 Scope", "This document specifies requirements for husked rice and milled rice."],
        french,
        ["2 Sampling", "Sampling shall be carried out in accordance with ISO 24333."]])
    document = read_document(path)
    assert [n.number for n in document.nodes] == ["1", "2"]
    assert [(p.page, p.skipped) for p in document.skipped_pages] == [(2, "text in French (neither Chinese nor "
                                                                          "English)")]
    assert "page 2 skipped: text in French" in document.summary()


def test_third_language_is_found_when_ocr_runs_the_words_together():
    """RapidOCR's Chinese model drops the spaces of Latin text: French is still told from English."""
    from compare.documents.pdf import third_language

    french = ("Le rizdoitetresainetpropre,et la teneureneaudesgrainsnedoitpas depasser leslimitesfixéesdansle "
              "tableaupourlerizdecortiqueetlerizusine.Lapresente partiedelanormeestapplicabledansles")
    english = ("Thisdocumentspecifiestherequirementsforhuskedriceandmilledrice.Samplingshallbecarriedoutin "
               "accordancewithISO24333andthesampleshallbekeptfromthelightinacentimetrebox.")
    assert third_language(french) == "text in French (neither Chinese nor English)"
    assert third_language(english) == ""


def test_ingest_of_a_bad_document_leaves_the_store_untouched(tmp_path, encoder):
    runner = CliRunner()
    store = tmp_path / "store"
    good = _pdf(tmp_path / "good.pdf", [["1 Scope", "This document specifies requirements for rice."],
                                        ["2 Sampling", "Sampling shall follow ISO 24333."]])
    result = runner.invoke(app, ["ingest", str(good), "--store", str(store)])
    assert result.exit_code == 0, result.output
    before = {p.name: p.stat().st_mtime_ns for p in store.iterdir()}
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    result = runner.invoke(app, ["ingest", str(bad), "--store", str(store)])
    assert result.exit_code == 2
    assert result.output.strip().startswith("error: bad.docx is an old Word 97-2003 .doc file")
    assert {p.name: p.stat().st_mtime_ns for p in store.iterdir()} == before


@pytest.mark.parametrize("suffix, kind", [(".doc", "Word 97-2003"), (".wps", "WPS"), (".rtf", "RTF"),
                                          (".odt", "OpenDocument")])
def test_an_old_word_file_says_how_to_make_a_docx(tmp_path, suffix, kind):
    from compare.io.readers import open_table

    path = tmp_path / f"GB 6675.4 送审稿{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096) if suffix in (".doc", ".wps") else
                     b"{\\rtf1\\ansi 1 Scope}" if suffix == ".rtf" else b"PK\x03\x04" + bytes(64))
    with pytest.raises(InputFileError) as exc:
        open_table(path)
    message = _one_line(exc)
    # before: "unknown file type '.doc': use .csv, .xlsx or .jsonl …, or a standard as .pdf, .docx or STS .xml"
    assert kind in message and "save it as .docx" in message and "LibreOffice" in message, message


def test_tesseract_without_chinese_names_the_file_and_the_ways_out(tmp_path, monkeypatch):
    """A scanned GB with tesseract installed but only its English data (and no RapidOCR)."""
    import glob
    import shutil

    from compare.documents import ocr

    english = glob.glob("/usr/share/tesseract-ocr/*/tessdata/eng.traineddata")
    if not shutil.which("tesseract") or not english:
        pytest.skip("tesseract with its English data is needed")
    data = tmp_path / "tessdata"
    data.mkdir()
    shutil.copy(english[0], data / "eng.traineddata")
    monkeypatch.setenv("TESSDATA_PREFIX", str(data))
    monkeypatch.setattr(ocr, "default_engine", lambda: "tesseract")
    blank = _pdf(tmp_path / "GB-scan.pdf", [[], []])
    with pytest.raises(InputFileError) as exc:
        read_document(blank)
    message = _one_line(exc)
    # before: "tesseract has no data for chi_sim: install tesseract-ocr-chi-sim" (which file? any other way?)
    assert message.startswith("GB-scan.pdf has pages without text"), message
    assert "tesseract-ocr-chi-sim" in message and "rapidocr" in message.lower() and "DOCX" in message, message


def test_sts_xml_whose_bytes_are_not_its_declared_encoding(tmp_path):
    """An STS file re-saved in GB18030 by an editor that kept "encoding='UTF-8'" in its declaration."""
    from tests.compare.documents.corpus import CHINESE

    good = render.to_sts(CHINESE, tmp_path / "zh.xml")
    bad = tmp_path / "GB_T_17301.1.xml"
    bad.write_bytes(good.read_bytes().decode("utf-8").encode("gb18030"))
    with pytest.raises(InputFileError) as exc:  # before: OSError from lxml, a traceback naming the full path
        read_document(bad)
    message = _one_line(exc)
    assert message.startswith("GB_T_17301.1.xml") and str(tmp_path) not in message
    assert "UTF-8" in message and "save it again" in message, message
    declared = tmp_path / "declared.xml"  # the same bytes with a true declaration read as before
    declared.write_bytes(bad.read_bytes().replace(b"encoding='UTF-8'", b"encoding='GB18030'"))
    assert {n.number for n in read_document(declared).nodes} == {n.number for n in read_document(good).nodes}
