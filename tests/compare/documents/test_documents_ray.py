"""A scanned standard read with its pages recognised on Ray workers is the same document as one read page after
page in this process (the `ray` extra; a local Ray of two workers)."""

from __future__ import annotations

import pytest

from compare.documents import Source, read_document
from tests.compare.documents.test_documents_ocr import _rapidocr_installed


@pytest.mark.slow
@pytest.mark.skipif(not _rapidocr_installed(), reason="RapidOCR is not installed: pip install rapidocr_onnxruntime")
def test_pages_recognised_on_ray_give_the_same_document(scanned, local_ray):
    seen = []
    here = read_document(scanned["zh"], engine="rapidocr")
    on_ray = read_document(scanned["zh"], engine="rapidocr", map_pages=local_ray.map,
                           progress=lambda done, total: seen.append((done, total)))
    assert here.pages >= 2 and seen == [(n, here.pages) for n in range(1, here.pages + 1)]
    assert on_ray.nodes == here.nodes and on_ray.page_notes == here.page_notes and on_ray.info == here.info
    assert all(n.source is Source.OCR for n in on_ray.nodes)


@pytest.mark.slow
def test_a_page_that_cannot_be_read_on_a_worker_stops_with_a_clear_error(tmp_path, local_ray):
    from compare.core.distributed import DistributedError

    def broken(index, *, pdf, engine):
        if index == 1:
            raise RuntimeError(f"the OCR engine crashed on page {index + 1}")
        return index

    with pytest.raises(DistributedError, match="failed while recognising pages: RuntimeError: the OCR engine "
                                               "crashed on page 2"):
        list(local_ray.map(broken, [0, 1], doing="recognising pages", pdf=b"%PDF", engine="rapidocr"))


@pytest.mark.slow
@pytest.mark.skipif(not _rapidocr_installed(), reason="RapidOCR is not installed: pip install rapidocr_onnxruntime")
def test_outline_with_ray_writes_the_same_clause_table(tmp_path, scanned, local_ray):
    from typer.testing import CliRunner

    from api.cli import app

    runner = CliRunner()
    plain = runner.invoke(app, ["outline", str(scanned["en"]), "-o", str(tmp_path / "plain.csv")])
    assert plain.exit_code == 0, plain.output
    on_ray = runner.invoke(app, ["outline", str(scanned["en"]), "-o", str(tmp_path / "ray.csv"), "--ray", "auto"])
    assert on_ray.exit_code == 0, on_ray.output
    assert (tmp_path / "ray.csv").read_bytes() == (tmp_path / "plain.csv").read_bytes()
    assert on_ray.stdout.replace("ray.csv", "plain.csv") == plain.stdout
