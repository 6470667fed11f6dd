"""Small text helpers shared by readers, matching and extraction."""

from __future__ import annotations

import re
import unicodedata

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> str:
    """'zh' when Chinese characters make up a fair share of the letters, else 'en'.

    Standards text mixes scripts ("铅（以Pb计）≤0.2 mg/kg"), so the test is a share, not presence.
    """
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN.findall(text))
    if cjk == 0:
        return "en"
    # One Chinese character carries about as much as a short English word (~4 letters).
    return "zh" if cjk * 4 >= latin else "en"


def side_for_language(lang: str) -> str:
    """Chinese text belongs to the domestic side by default, everything else to the international side."""
    return "domestic" if lang.lower().startswith("zh") else "international"


def opposite_side(side: str) -> str:
    return "international" if side == "domestic" else "domestic"


def clean_cell(value) -> str:
    """A cell value as trimmed text; None and NaN become ''. Numbers stored as floats lose a trailing .0."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if value.is_integer():
            return str(int(value))
    return str(value).strip()


def header_key(name: str) -> str:
    """Fold a header for comparison: NFKC (full-width to half-width), lower case, no spaces or punctuation."""
    folded = unicodedata.normalize("NFKC", str(name)).lower()
    return re.sub(r"[\s_\-./()（）:：*]+", "", folded)
