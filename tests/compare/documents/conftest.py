"""The test standards made into files once per session (corpus.py, render.py)."""

from __future__ import annotations

import shutil

import pytest

from tests.compare.documents import render
from tests.compare.documents.corpus import CHINESE, ENGLISH

STANDARDS = {"zh": CHINESE, "en": ENGLISH}


@pytest.fixture(scope="session")
def documents(tmp_path_factory):
    """{(lang, format): path} for the text PDF, the DOCX (typed and Word-numbered) and the STS XML of both."""
    if not render.FONT_FILE.exists():
        pytest.skip(f"the CJK font {render.FONT_FILE} is missing: apt-get install fonts-wqy-microhei")
    folder = tmp_path_factory.mktemp("documents")
    made = {}
    for lang, standard in STANDARDS.items():
        made[lang, "pdf"] = render.to_pdf(standard, folder / f"{lang}.pdf")
        made[lang, "docx"] = render.to_docx(standard, folder / f"{lang}.docx")
        made[lang, "docx-word-numbering"] = render.to_docx(standard, folder / f"{lang}-wn.docx", word_numbering=True)
        made[lang, "xml"] = render.to_sts(standard, folder / f"{lang}.xml")
    return made


@pytest.fixture(scope="session")
def scanned(documents, tmp_path_factory):
    """Image-only PDFs of both standards: their text PDFs rendered at 300 dpi."""
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm is missing: apt-get install poppler-utils")
    folder = tmp_path_factory.mktemp("scanned")
    return {lang: render.to_scanned_pdf(documents[lang, "pdf"], folder / f"{lang}-scan.pdf") for lang in STANDARDS}
