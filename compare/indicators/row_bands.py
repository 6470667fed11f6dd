"""Bands that select a row of a flattened table (twenty-sixth round, `rows26`).

- `rows_keyed_by_bands`: "over 0,04 mm up to 0,13 mm: 0,25 mm; over 0,13 mm up to 0,4 mm: 0,8 mm",
  "RSm >0.04 mm～0.13 mm，取样长度0.25 mm；RSm >0.13 mm～0.4 mm，取样长度0.8 mm", "≤100，0.4；＞100～300，0.6；…",
  "8 mm＜e≤16 mm，120 min；e＞16 mm，240 min": a band (or a bound) at the start of a row, closed by a colon or a comma,
  then the row's value. The band selects the row: it is the condition of the row's value, no indicator of its own
  (over the open sets the keys hold such a band in the indicator's name or basis, or not at all: docs/indicators.md,
  twenty-sixth round, rows26). Taken only where the text is a table: two such rows or more, one of them keyed by a
  band with two ends, the rows alike (no label before the band, or one label repeated, or a symbol; no words before
  the value, or the same words in each row). A list of items each with its range ('Si 0.40～0.8，Fe 0.7，Cu
  0.15～0.40') names a different item in each row and is left as read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from compare.core.vocabulary import Comparator

# The start of a row: the text's, or after ';', ':', '。', a full stop; then the row's label (words, no number).
_ROW_LABEL_BEFORE = re.compile(r"(?:^|[;；:：。]|\.\s|(?P<comma>[,，]))(?P<label>[^\d;；:：。,，|]{0,24})$")
# The words of a band's lower end, its bound or its sign, written before its first number ('over', '>', '大于', 'd ＞').
_BAND_WORDS = re.compile(r"(?i:\b(?:for|nominal|sizes?|over|above|exceeding|from|up\s+to(?:\s+and\s+including)?|"
                         r"below|under|less\s+than|not\s+exceeding)\b)|大于|超过|不大于|小于|[<>≤≥＜＞=~～]|[\s,，(（)）]")
# The two ends of a band written as a lower bound and an upper bound ('over 30 mm up to 50 mm', '大于150 mm至600 mm').
_ENDS_JOINED = re.compile(r"\s*(?:(?i:up\s+to(?:\s+and\s+including)?|to)|至|到|[~～])\s*$")
# Between the band and the row's value: a colon or a comma, then at most a few words naming the value ('取样长度',
# 'roughness sampling length', '上偏差'), no number and no end of the row.
_KEY_THEN_VALUE = re.compile(r"\s*(?P<mark>[,，:：])\s*(?P<words>(?:[^\W\d_][^\d;；:：。,，|=<>≤≥]{0,30}?)?)\s*(?:为|is|of)?\s*[:：]?\s*$")
# The words of a bound before the row's value ('不小于50', 'min. 50'): they name no other quantity.
_BOUND_WORDS = re.compile(r"不小于|不大于|不低于|不高于|不超过|不少于|不多于|至少|最大|最小|(?i:\b(?:min|max)(?:imum)?\.?|"
                          r"\bat\s+(?:least|most)|\bnot\s+(?:more|less)\s+than)")
# A symbol as a row's label ('e', 'd', 'RSm', 'DN', 'emin'): the same quantity in each row.
_SYMBOL = re.compile(r"^[A-Za-zα-ωΑ-Ω][A-Za-z₀-₉]{0,3}$")
# A name of two words or more, or of two Chinese characters or more: a heading's name of the value, never an item's symbol.
_NAME = re.compile(r"[\u4e00-\u9fff]{2}|[A-Za-z]+\s+[A-Za-z]+")


@dataclass
class RowKey:
    """One row keyed by a band: the raws of its band (one or two), the row's value, the row's label and the words
    naming the value (both without the band's own words)."""
    band: tuple
    value: object
    label: str
    words: str
    two_ends: bool
    after_comma: bool = False  # the row starts after a comma: the table's first row only, before rows parted by ';'
    colon: bool = False  # a colon, not a comma, closes the band


def _label(text: str, start: int) -> tuple[str, bool] | None:
    m = _ROW_LABEL_BEFORE.search(text, 0, start)
    return None if m is None else (_BAND_WORDS.sub("", m.group("label")), m.group("comma") is not None)


def row_keys(raws, text: str) -> list[RowKey]:
    """Each row whose band (a range, a lower bound joined to an upper bound, or a bound) stands at the row's start and
    keys the value right after it."""
    keys = []
    for i in range(len(raws) - 1):
        last, value = raws[i], raws[i + 1]
        if last.condition or value.condition or (value.comparator == Comparator.RANGE
                                                 and not text.startswith("±", value.start)):
            continue
        between = _KEY_THEN_VALUE.match(text[last.end:value.start])
        if between is None:
            continue
        band, two_ends = (last,), last.comparator == Comparator.RANGE
        if last.comparator == Comparator.MAX and i > 0 and raws[i - 1].comparator == Comparator.MIN \
                and not raws[i - 1].condition and _ENDS_JOINED.match(text[raws[i - 1].end:last.start]):
            band, two_ends = (raws[i - 1], last), True
        elif last.comparator not in (Comparator.RANGE, Comparator.MAX, Comparator.MIN):
            continue
        label = _label(text, band[0].start)
        if label is None:
            continue
        keys.append(RowKey(band, value, label[0], between.group("words").strip(), two_ends, label[1],
                           between.group("mark") in ":："))
    return keys


def table_rows(keys: list[RowKey]) -> list[RowKey]:
    """The rows of `keys` that are alike enough to be one table's: each row's label empty, a symbol or repeated; each
    row's words empty or repeated, the first row's words free when they are a name (a heading's: 'roughness sampling
    length'). Nothing when fewer than two rows are left or none has a band with two ends."""
    labels = [k.label for k in keys]
    words = [k.words for k in keys]
    kept = []
    for n, k in enumerate(keys):
        label_ok = not k.label or labels.count(k.label) > 1 or _SYMBOL.match(k.label) and not k.words \
            or n == 0 and (_NAME.search(k.label) or _SYMBOL.match(k.label))
        words_ok = not k.words or words.count(k.words) > 1 or n == 0 and _NAME.search(k.words)
        if labels.count(k.label) > 1 and _BOUND_WORDS.sub("", k.words).strip() and not k.colon \
                and not _SYMBOL.match(k.label):
            continue  # (each row '运动黏度9.3 mm²/s～<12.5 mm²/s，高温高剪切黏度不小于2.9 mPa·s': two named limits, a list)
        first_of_rows = n + 1 < len(keys) and not keys[n + 1].after_comma and not kept
        if label_ok and words_ok and (not k.after_comma or first_of_rows):
            kept.append(k)
    if len(kept) < 2 or not any(k.two_ends for k in kept):
        return []
    return kept


def rows_keyed_by_bands(raws, text: str) -> None:
    """Mark each band that keys a row of a flattened table as the condition of the row's value."""
    for key in table_rows(row_keys(raws, text)):
        first = key.band[0]
        if len(key.band) == 2:  # ('over 0,13 mm up to 0,4 mm': one band, read as a range from its two ends)
            upper = key.band[1]
            first.comparator, first.low, first.high, first.value = Comparator.RANGE, first.value, upper.value, None
            first.end = upper.end
            raws.remove(upper)
        first.condition, first.closed, first.condition_start = True, True, first.left_start or first.start
