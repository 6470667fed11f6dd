"""The web page's own files, read as the browser gets them."""

from __future__ import annotations

import re
from pathlib import Path

from compare.io.readers import READABLE

WEB = Path(__file__).resolve().parents[3] / "api" / "http" / "web"


def test_the_upload_picker_offers_every_file_the_server_reads():
    """The server matches an uploaded .docx draft, a PDF or an STS XML standard (POST /v1/jobs read
    draft2.docx into 6 clauses), but the page's file picker offered only .xlsx, .csv and .jsonl, so an official
    holding a draft could not choose it."""
    page = (WEB / "index.html").read_text(encoding="utf-8")
    accept = re.search(r'<input id="file" type="file"\s+accept="([^"]+)"', page)
    assert accept is not None
    assert set(accept.group(1).split(",")) == set(READABLE)
