"""Small text helpers shared by readers, matching and extraction."""

from __future__ import annotations

import codecs
import csv
import re
import unicodedata

from compare.core.errors import InputFileError

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> str:
    """'zh' when Chinese characters make up a fair share of the letters, else 'en'.

    Standards text mixes scripts ("铅（以Pb计）≤0.2 mg/kg"), so the test is a share, not presence.
    """
    if _CJK.search(text) is None:  # most clauses of an international side: no letter to count
        return "en"
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN.findall(text))
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


def decode_text(raw: bytes, name: str) -> tuple[str, str]:
    """Decode a text file: BOMs first, then UTF-8, then GB18030 (a superset of GBK and GB2312) or Big5, whichever
    reads as common characters. The encoding is returned as 'utf-8-sig', 'utf-16', 'utf-8', 'gb18030' or 'big5'."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "utf-8-sig"
    if raw.startswith(codecs.BOM_UTF16_LE) or raw.startswith(codecs.BOM_UTF16_BE):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputFileError(f"{name} starts as UTF-16 but byte {exc.start:,} is not valid UTF-16 (a lone "
                                 "surrogate or a cut file); save it again as 'CSV UTF-8'") from exc
    if b"\x00" in raw[:4096]:
        raise InputFileError(f"{name} looks binary, not a text file; if it is a spreadsheet, save it as .xlsx "
                             "or CSV UTF-8")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is None or rare_share(text, in_gb2312) >= 0.25:
        # Big5 (traditional Chinese, Taiwan and Hong Kong) decodes as GB18030 too, into other, rare characters:
        # Big5 is taken when it decodes and reads as common characters.
        try:
            big5 = raw.decode("cp950")
        except UnicodeDecodeError:
            big5 = None
        if big5 is not None and (text is None or rare_share(big5, _in_big5_level1) < rare_share(text, in_gb2312)):
            return big5, "big5"
    if text is not None:
        return text, "gb18030"
    raise InputFileError(f"cannot decode {name}: it is neither UTF-8 nor GB18030/GBK nor Big5; "
                         "save it from Excel as 'CSV UTF-8 (comma delimited)'")


def rare_share(text: str, common, sample: int = 20_000) -> float:
    """The share of the Chinese characters of `text` (its first `sample` characters) that `common` says are not
    common ones; 0 when there are fewer than 4 (too few to tell). A text decoded in the wrong one of GB18030 and
    Big5 gives about half; the right one, a few per cent."""
    cjk = [c for c in text[:sample] if "\u3400" <= c <= "\u9fff"]
    if len(cjk) < 4:
        return 0.0
    return sum(1 for c in cjk if not common(c)) / len(cjk)


def in_gb2312(char: str) -> bool:
    """One of GB2312's 6,763 common simplified characters."""
    try:
        char.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def _in_big5_level1(char: str) -> bool:
    """One of Big5's 5,401 frequent traditional characters (lead bytes A4-C6)."""
    try:
        code = char.encode("cp950")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0xA4 <= code[0] <= 0xC6


def sniff_delimiter(sample: str) -> str:
    """The delimiter of a CSV sample: comma, tab, semicolon (Excel in many locales) or bar; comma when unsure."""
    try:
        return csv.Sniffer().sniff(sample, delimiters=",\t;|").delimiter
    except csv.Error:
        return ","
