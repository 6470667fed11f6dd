"""Standards documents: reading speed of text PDFs (read_document, on pypdfium2; pdfplumber and pypdfium2 plain text),
OCR character error rate and pages/s on rendered Chinese pages (RapidOCR and tesseract). Alignment speed, end to
end, is bench/bench_align.py.

    .venv/bin/python bench/bench_documents.py [--skip-ocr] [--repeat 20]

The test documents are those of the tests (tests/compare/documents/corpus.py), made here into files: a GB/T
adoption and its ISO original, as text PDFs set in WenQuanYi Micro Hei, and their pages rendered at 300 dpi.
CER is the edit distance between the page's own text (from the text PDF) and the recognised text, over the
reference length, both folded with NFKC (full-width "（" is "(") and without white space.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from compare.documents import read_document  # noqa: E402
from tests.compare.documents import render  # noqa: E402
from tests.compare.documents.corpus import CHINESE, ENGLISH  # noqa: E402


def _fold(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def edit_distance(a: str, b: str) -> int:
    previous = np.arange(len(b) + 1)
    codes_b = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    for i, ch in enumerate(a, start=1):
        cost = (codes_b != ord(ch)).astype(np.int64)
        current = np.empty_like(previous)
        current[0] = i
        substitute = previous[:-1] + cost
        delete = previous[1:] + 1
        best = np.minimum(substitute, delete)
        # insertions run along the row: a running minimum of (best[j] - j) + j
        current[1:] = np.minimum.accumulate(np.concatenate([[i], best]) - np.arange(len(b) + 1))[1:] + \
            np.arange(1, len(b) + 1)
        previous = current
    return int(previous[-1])


def cer(reference: str, hypothesis: str) -> float:
    ref, hyp = _fold(reference), _fold(hypothesis)
    return edit_distance(ref, hyp) / max(1, len(ref))


def bench_text_pdfs(folder: Path, repeat: int) -> None:
    import pdfplumber
    import pypdfium2 as pdfium

    print("## Text PDFs (pages/s; read_document reads with pypdfium2: lines, and ruled tables from vector strokes)")
    for name, standard in (("Chinese", CHINESE), ("English", ENGLISH)):
        path = render.to_pdf(standard, folder / f"{name}.pdf")
        pages = len(pdfium.PdfDocument(str(path)))
        reference = [pdfium.PdfDocument(str(path))[i].get_textpage().get_text_range() for i in range(pages)]
        timings = {}
        for label, read in (
                ("read_document (the clause tree)", lambda: read_document(path)),
                ("pdfplumber extract_text", lambda: [p.extract_text() for p in pdfplumber.open(str(path)).pages]),
                ("pypdfium2 get_text_range", lambda: [pdfium.PdfDocument(str(path))[i].get_textpage()
                                                     .get_text_range() for i in range(pages)])):
            runs = []
            for _ in range(repeat):
                started = time.perf_counter()
                out = read()
                runs.append(time.perf_counter() - started)
            timings[label] = (pages / statistics.median(runs), out)
        plumber_text = "".join(timings["pdfplumber extract_text"][1])
        pdfium_text = "".join(timings["pypdfium2 get_text_range"][1])
        cid = plumber_text.count("(cid:")
        missing = sum(1 for ch in _fold(_source_text(standard)) if ch not in set(_fold(pdfium_text)))
        for label, (rate, _) in timings.items():
            print(f"- {name} ({pages} pages), {label}: {rate:.1f} pages/s")
        print(f"  the two libraries' texts differ by {cer(pdfium_text, plumber_text):.2%} (CER, white space "
              f"ignored); (cid:) codes: {cid}; characters we wrote that neither returned: {missing}")
        del reference


def _source_text(standard) -> str:
    """Every word written into the document, in order (the reference for the libraries' plain text)."""
    from tests.compare.documents.corpus import Annex, Clause as C, Front, Note, Table, Term

    zh = standard.lang == "zh"
    parts = list(standard.cover)
    for item in standard.items:
        if isinstance(item, Front):
            parts += [item.title, *item.paragraphs]
        elif isinstance(item, C):
            parts += [item.number, item.title, *item.paragraphs]
        elif isinstance(item, Term):
            parts += [item.number, item.term, item.definition, *item.notes]
        elif isinstance(item, Note):
            parts.append(item.text)
        elif isinstance(item, Annex):
            parts += [item.title]
        elif isinstance(item, Table):
            parts.append(item.title)
            for row in (item.headers, *item.rows):
                parts += list(row)
    del zh
    return "".join(parts)


def bench_ocr(folder: Path, engines: list[str]) -> None:
    import pypdfium2 as pdfium
    from PIL import Image

    from compare.documents.ocr import ocr_image

    print("## OCR of the Chinese pages rendered at 300 dpi (CER against each page's own text)")
    pdf = render.to_pdf(CHINESE, folder / "zh.pdf")
    images = render.page_images(pdf, folder / "zh-pages")
    document = pdfium.PdfDocument(str(pdf))
    references = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    for engine in engines:
        errors = chars = 0
        started = time.perf_counter()
        per_page = []
        confidence = []
        for image_path, reference in zip(images, references):
            result = ocr_image(Image.open(image_path), "chi_sim", engine)
            ref = _fold(reference)
            e = edit_distance(ref, _fold(result.text))
            errors += e
            chars += len(ref)
            per_page.append(e / max(1, len(ref)))
            confidence.append(result.confidence)
        seconds = time.perf_counter() - started
        print(f"- {engine}: CER {errors / chars:.2%} over {chars} characters of {len(images)} pages "
              f"(worst page {max(per_page):.2%}), {len(images) / seconds:.2f} pages/s, "
              f"mean confidence {statistics.mean(confidence):.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-ocr", action="store_true")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--engines", default="rapidocr,tesseract")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_text_pdfs(folder, args.repeat)
        if not args.skip_ocr:
            bench_ocr(folder, args.engines.split(","))


if __name__ == "__main__":
    main()
