"""Scanned standards (page images, no text layer) are read by OCR: the tree still has the right number and title
for at least 98 % of clauses, the output says which pages were OCR'd and with what confidence, and the scanned
Chinese standard aligns with the English one."""

from __future__ import annotations

import re
import unicodedata

import pytest

from compare.documents import Source, read_document
from compare.documents.ocr import tesseract_languages

from tests.compare.documents.conftest import STANDARDS


def _rapidocr_installed() -> bool:
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


def _fold(text: str) -> str:
    # OCR reads "糙米 husked rice" as "糙米huskedrice": titles are compared without white space
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def share_right(document, standard) -> tuple[float, list]:
    found = {(n.number, _fold(n.title)) for n in document.nodes}
    expected = standard.expected()
    missing = [e for e in expected if (e[0], _fold(e[1])) not in found]
    return 1 - len(missing) / len(expected), missing


@pytest.mark.slow
@pytest.mark.skipif(not _rapidocr_installed(), reason="RapidOCR is not installed: pip install rapidocr_onnxruntime")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_scanned_pdf_tree_with_rapidocr(scanned, lang):
    document = read_document(scanned[lang], engine="rapidocr")
    share, missing = share_right(document, STANDARDS[lang])
    assert share >= 0.98, missing
    assert [p.page for p in document.ocr_pages] == list(range(1, document.pages + 1))
    assert all(p.ocr_confidence >= 80 for p in document.ocr_pages)
    assert all(n.source is Source.OCR and n.confidence is not None for n in document.nodes)
    assert f"{document.pages} pages OCR'd (pages 1–{document.pages}; rapidocr; mean confidence" in document.summary()
    table = [n for n in document.nodes if n.table in ("表1", "Table 1")]
    assert len(table) == 16  # the table crossing pages is one table in the scan too
    if lang == "zh":
        assert document.info.adoption is not None and document.info.adoption.reference == "ISO 17301-1:2016"


@pytest.mark.slow
@pytest.mark.skipif("chi_sim" not in tesseract_languages(),
                    reason="tesseract with Chinese data is not installed: apt-get install tesseract-ocr "
                           "tesseract-ocr-chi-sim tesseract-ocr-eng")
def test_scanned_pdf_with_tesseract(scanned):
    document = read_document(scanned["zh"], engine="tesseract")
    numbers = {n.number for n in document.nodes}
    expected = [number for number, _ in STANDARDS["zh"].expected()]
    assert sum(1 for n in expected if n in numbers) / len(expected) >= 0.9
    assert len(document.ocr_pages) == document.pages and all(p.ocr_confidence > 50 for p in document.ocr_pages)


@pytest.mark.slow
@pytest.mark.skipif(not _rapidocr_installed(), reason="RapidOCR is not installed: pip install rapidocr_onnxruntime")
def test_scanned_chinese_aligns_with_english_xml(scanned, documents, encoder):
    from compare.matching.align import align_documents, alignment_results
    from compare.matching.align_inputs import load_document
    from tests.compare.documents.test_documents_align import right_share

    dom = load_document(str(scanned["zh"]), "domestic", encoder)
    intl = load_document(str(documents["en", "xml"]), "international", encoder)
    share, wrong = right_share(alignment_results(dom, intl, align_documents(dom, intl, encoder)))
    assert share >= 0.98, wrong
