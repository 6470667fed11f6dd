"""The web page speaks of verdicts in the words the workbook and the report use."""

from __future__ import annotations

import re
from pathlib import Path

from compare.core.vocabulary import Verdict
from compare.io.summary import verdict_label

APP_JS = Path(__file__).resolve().parents[3] / "api" / "http" / "web" / "app.js"


def page_verdicts() -> dict[str, str]:
    block = re.search(r"const VERDICTS = \{(.*?)\};", APP_JS.read_text(encoding="utf-8"), re.S).group(1)
    return dict(re.findall(r'(\w+): "([^"]+)"', block))


def test_the_missing_verdicts_read_as_on_the_workbook():
    """The page's badges read '国内缺 missing domestic' where the workbook's Indicators sheet and the report write
    '国内缺项 / missing domestic': a translator and an official comparing the two saw two words for one verdict."""
    labels = page_verdicts()
    assert set(labels) == {str(v) for v in Verdict}
    for verdict in (Verdict.MISSING_DOMESTIC, Verdict.MISSING_INTERNATIONAL):
        chinese, english = verdict_label(verdict).split(" / ")
        assert labels[str(verdict)] == f"{chinese} {english}", (verdict, labels[str(verdict)])
    for verdict, label in labels.items():  # every badge gives the English word too
        assert verdict.split("_")[0] in label
