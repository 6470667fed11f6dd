"""Rows of a flattened table whose labels are numbers of their own (fixlist37).

'Number of outgoing circuits and loading factor: 2 and 3: 0,9; 4 and 5: 0,8; 6 to 9 inclusive: 0,7; 10 and above:
0,6', 'Number of passengers 17-30: minimum number of exits 4; 31-45: 5; 46-60: 6', 'tolerances on thickness (mm): 2,
3, 4, 5, 6: ± 0,2; 8, 10, 12: ± 0,3; 15: ± 0,5': rows parted by semicolons, each a label of numbers alone (a count, a
band of counts, a set of sizes: numbers joined by '-', 'to', 'and', 'or' or commas, perhaps closed by 'inclusive' or
'and above'), a colon, then the row's one value. The label selects the row: its numbers are the condition of the
row's value, no values of their own; the value is read as the row states it, a bare number included (the table's
heading names it). A bound the label's own words state ('10 and above') is the label's, never the value's.

Taken only where the text is such a table: three rows or more, each row's part after its colon holding one number
alone, and at least one label of two numbers or more (a row keyed by one number, 'order 7: 5 %', is read as it was).
The first row may follow its heading's words ('Number of passengers 17-30: minimum number of exits 4'); when its
value states a bound in words and the rows after it state none, they share it (a parameter named once for them all).

The same table written in Chinese closes each label with '时' ('出线回路数为2和3时，额定分散系数为0.9；4和5时为0.8；
6～9时为0.7；10及以上时为0.6'): numbers joined by '和', '、', '或', '～' or '至', perhaps closed by '及以上'/'及以下', then
'时', the value's name in the first row only, '为' and the value. Taken on the same terms.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from compare.core.vocabulary import Comparator

_NUMBER = r"\d+(?:[.,]\d+)?"
# A label of numbers alone: joined by a dash, 'to', 'and', 'or' or commas; 'inclusive' or an open end may close it.
# (each number atomic: a comma may be a decimal comma or a joint, and trying both would take time exponential in the
# length of a run of numbers that ends in no colon)
_LABEL = (rf"(?>{_NUMBER})(?:\s*(?:[-–]|,|(?i:\bto\b|\band\b|\bor\b))\s*(?>{_NUMBER}))*"
          r"(?P<open>\s+(?i:inclusive|and\s+(?:above|over|more|below|less|under)|or\s+(?:more|less|above|below)))?")
_ROW = re.compile(rf"(?P<label>{_LABEL})\s*:\s*")
# The label of a table's first row, right before the colon that closes it (looked for in the few characters before it).
_LABEL_BEFORE_COLON = re.compile(rf"(?<![\d.,])(?P<label>{_LABEL})\s*$")
_LONGEST_LABEL = 80
# The words of an open end that bound the label from below ('and above') or above ('and below').
_OPEN_BELOW = re.compile(r"(?i:above|over|more)")
# Words that state a bound of the row's value ('minimum total number of exits 4', 'max. 5').
_BOUND_WORDS = re.compile(r"(?i:\bmin(?:imum)?\b\.?|\bmax(?:imum)?\b\.?|\bat\s+(?:least|most)\b"
                          r"|\bnot\s+(?:more|less)\s+than\b)")
_ROW_END = re.compile(r"[;；]|\.(?:\s|$)")
_ZH_NUMBER = r"\d+(?:\.\d+)?"
# A Chinese row: its label of numbers closed by '时', the value's name (the first row's), '为', then the row's value.
_ZH_LABEL = rf"{_ZH_NUMBER}(?:\s*(?:和|、|或|～|~|至)\s*{_ZH_NUMBER})*"
_ZH_ROW = re.compile(rf"(?P<label>{_ZH_LABEL})\s*(?P<open>及以上|及以下|以上|以下)?"
                     r"\s*时\s*[，,]?\s*(?P<name>[^\d；;。，,]{0,20}?)为\s*(?=\d)")
# The label of a Chinese table's first row, right before its '时' (looked for in the few characters before it).
_ZH_LABEL_BEFORE = re.compile(rf"(?<![\d.])(?:{_ZH_LABEL})\s*(?:及以上|及以下|以上|以下)?\s*$")
_ZH_ROW_END = re.compile(r"[;；。]")
_FEWEST_ROWS = 3


@dataclass
class NumberedRow:
    """One row: where its label stands, where its part after the colon stands, and how the label ends."""
    label: tuple[int, int]
    rest: tuple[int, int]
    open_end: str  # 'min', 'max' or '' (the bound the label's own words state)
    band: bool  # two numbers or more in the label


def numbered_rows(text: str) -> list[NumberedRow]:
    """The rows of a table keyed by number labels in `text` (none when it is no such table)."""
    if ";" not in text and "；" not in text:
        return []
    if "时" in text:
        return _zh_rows(text)
    rows: list[NumberedRow] = []
    starts = [0] + [m.end() for m in re.finditer(r"[;；]", text)]
    for n, start in enumerate(starts):
        end_m = _ROW_END.search(text, start)
        end = end_m.start() if end_m else len(text)
        if n == 0:  # (the first row follows its heading: its label is the run of numbers before its last colon)
            colon = None
            for colon in re.finditer(r"\s*[:：]\s*", text[start:end]):
                pass
            if colon is None:
                continue
            window = max(start, start + colon.start() - _LONGEST_LABEL)
            m = _LABEL_BEFORE_COLON.search(text, window, start + colon.start())
            if m is None or (m.start() > start and text[m.start() - 1] not in " \t:："):
                continue
            if re.search(r"\d\s*[-–,]?$", text[start:m.start()].rstrip()):
                continue  # (the label would be the tail of a longer run of numbers)
            rest_start = start + colon.end()
        else:
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            m = _ROW.match(text, start + lead, end)
            if m is None:
                break
            rest_start = m.end()
        if len(re.findall(r"\d+(?:[.,]\d+)?", text[rest_start:end])) != 1:
            if rows:
                break
            continue
        opened = m.group("open") or ""
        open_end = "" if not opened or "nclusive" in opened else "min" if _OPEN_BELOW.search(opened) else "max"
        band = len(re.findall(_NUMBER, m.group("label"))) > 1
        rows.append(NumberedRow((m.start("label"), m.end("label")), (rest_start, end), open_end, band))
    if len(rows) < _FEWEST_ROWS or not any(r.band for r in rows):
        return []
    return rows


def _zh_rows(text: str) -> list[NumberedRow]:
    """The rows of such a table written in Chinese (each label closed by '时')."""
    rows: list[NumberedRow] = []
    starts = [0] + [m.end() for m in re.finditer(r"[;；]", text)]
    for n, start in enumerate(starts):
        end_m = _ZH_ROW_END.search(text, start)
        end = end_m.start() if end_m else len(text)
        if n == 0:  # (the first row's label follows its heading's '为': '出线回路数为2和3时，额定分散系数为0.9')
            m = None
            for shi in re.finditer("时", text[start:end]):
                label = _ZH_LABEL_BEFORE.search(text, max(start, start + shi.start() - _LONGEST_LABEL),
                                                start + shi.start())
                if label is not None and label.start() > start and text[label.start() - 1] == "为":
                    m = _ZH_ROW.match(text, label.start(), end) or m
            if m is None:
                continue
        else:
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            m = _ZH_ROW.match(text, start + lead, end)
            if m is None or m.group("name"):
                break
        if len(re.findall(_ZH_NUMBER, text[m.end():end])) != 1:
            break
        open_end = "" if not m.group("open") else "min" if "上" in m.group("open") else "max"
        band = len(re.findall(_ZH_NUMBER, m.group("label"))) > 1
        rows.append(NumberedRow((m.start("label"), m.end("open") if m.group("open") else m.end("label")),
                                (m.end(), end), open_end, band))
    if len(rows) < _FEWEST_ROWS or not any(r.band for r in rows):
        return []
    return rows


def label_number_rows(raws, text: str) -> None:
    """Mark the numbers of each row label of such a table as the condition of the row's value, and read each row's
    value as the row states it (a bare number a value; a bound of the label's words the label's)."""
    rows = numbered_rows(text)
    if not rows:
        return
    first_bound = None
    for n, row in enumerate(rows):
        inside = [r for r in raws if row.label[0] <= r.start < row.label[1]]
        values = [r for r in raws if row.rest[0] <= r.start < row.rest[1]]
        if not inside or len(values) != 1:
            continue
        value = values[0]
        value.condition = False  # ('…时，额定分散系数为0.9': the row's value, never a condition of another)
        for r in inside:
            r.condition, r.closed, r.condition_start = True, True, r.left_start or r.start
        if len(inside) > 1 and all(r.comparator == Comparator.EQUAL for r in inside):
            # ('2 and 3', '2, 3, 4, 5, 6', '2和3': one label, read as the band from its least number to its greatest)
            first, numbers = inside[0], [r.value for r in inside]
            first.comparator, first.low, first.high, first.value = Comparator.RANGE, min(numbers), max(numbers), None
            first.end = max(r.end for r in inside)
            for r in inside[1:]:
                raws.remove(r)
            inside = [first]
        elif len(inside) == 1 and inside[0].comparator == Comparator.EQUAL:
            nums = [float(x.replace(",", ".")) for x in re.findall(_NUMBER, text[row.label[0]:row.label[1]])]
            lone = inside[0]
            if len(nums) == 2 and re.fullmatch(rf"\s*{_NUMBER}\s*[-–]\s*{_NUMBER}\s*", text[row.label[0]:row.label[1]]):
                lone.comparator, lone.low, lone.high, lone.value = Comparator.RANGE, nums[0], nums[1], None
                lone.end = max(lone.end, row.label[1])  # ('31-45': one band, of which the number grammar read '31')
            elif len(nums) == 1 and row.open_end:
                lone.comparator = Comparator.MIN if row.open_end == "min" else Comparator.MAX
                lone.end = max(lone.end, row.label[1])  # ('10 and above': the label whole)
        words = text[row.rest[0]:value.start]
        bound = _BOUND_WORDS.search(words)
        if n == 0 and bound:
            first_bound = value.comparator if value.comparator in (Comparator.MIN, Comparator.MAX) else None
        if value.comparator in (Comparator.MIN, Comparator.MAX) and not bound and not words.strip():
            value.comparator = Comparator.EQUAL  # ('10 and above: 0,6': the label's bound, not the value's)
        if not value.unit:
            value.worded = True  # (a bare number: the row's value, named by the table's heading)
        if n > 0 and first_bound and value.comparator == Comparator.EQUAL and not words.strip():
            value.comparator = first_bound
