"""Lists of values written as the rows of a table flattened into one sentence (twenty-sixth round, lists26).

- `comma_cells_as_grid`: "Chain number, pitch p (nom.) mm, tensile strength min. simplex kN: 08A, 12,70, 13,9; 12A,
  19,05, 31,3" -> the same text with cell marks ('Chain number| pitch p (nom.) mm| …: 08A| 12,70| 13,9; 12A| …'), so
  that each value is read under its column as in a grid parted by '|' (the form `constructions.spaced_cells_as_grid`
  reads when the cells are parted by spaces).
"""

from __future__ import annotations

import re

from compare.indicators.constructions import flat_table_rows

# A value cell of such a row: a number with a decimal comma or point, or a dash for a cell left empty.
_COMMA_CELL = r"(?:[-−]?\d+(?:[.,]\d+)?|[—–])"
_COMMA_LABEL_MAX = 60


# Where a heading starts: after a sentence's end, a colon, or a spaced dash after a table's title ('Table 1 — ').
_HEADING_START = re.compile(r"。|\n|[:：]|\.\s+(?=[A-Z\u4e00-\u9fff])|\s[—–]\s")


def heading_start(text: str, colon: int) -> int:
    """Where the heading closed by the colon at `colon` starts: after the last sentence's end, line, colon or spaced
    dash before it (0 when none)."""
    return max([m.end() for m in _HEADING_START.finditer(text, 0, colon)] or [0])


def _labels(heading: str) -> list[tuple[int, int]]:
    """The spans of a heading's labels: parted by semicolons when it has any, else by a comma and a space."""
    breaks = re.compile(r"[;；]") if re.search(r"[;；]", heading) else re.compile(r",\s")
    spans, at = [], 0
    for m in breaks.finditer(heading):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, len(heading)))
    return spans


def comma_cells_as_grid(text: str) -> str:
    """A table written in one sentence with its heading's labels parted by commas or semicolons and each row's cells
    by commas ('Chain number, pitch p (nom.) mm, tensile strength min. simplex kN: 08A, 12,70, 13,9; 12A, 19,05,
    31,3; 16A, 25,40, 55,6.') written with cell marks, each comma between cells (and each break between labels) a
    '|', so that each value is read under its column. Only where the heading has three labels or more, those after
    the first column heads (`constructions.column_head`), and every row of two or more, up to the sentence's end,
    holds a short key (a code or number, `_ROW_KEY`) and one value a column, no more and no fewer. Same length;
    other text is left as it is."""
    if "|" in text or not (";" in text or "；" in text) or not (":" in text or "：" in text) or "," not in text:
        return text
    chars = None
    for colon in re.finditer(r"[:：]", text):
        start = heading_start(text, colon.start())
        heading = text[start:colon.start()]
        labels = _labels(heading)
        rows = flat_table_rows(text, colon.end(), [heading[a:b] for a, b in labels], rf",\s{_COMMA_CELL}",
                               _COMMA_LABEL_MAX)
        if not rows:
            continue
        chars = chars or list(text)
        for a, _ in labels[1:]:
            chars[start + a - (2 if heading[a - 2] == "," else 1)] = "|"
        for r in rows:
            for comma in re.finditer(r",\s", r.group(0)):
                chars[r.start() + comma.start()] = "|"
    return "".join(chars) if chars else text


# ------------------------------------------------------------------------------------ an error's bound, no tolerance

# An error or a deviation of a measurement named ('电流误差', '示值误差', 'ratio error'); and the words of a tolerance on a
# stated value, which the name must not hold ('温度允差', 'tolerance on temperature').
_ERROR_WORD = re.compile(r"误差|(?<![A-Za-z])errors?(?![A-Za-z])", re.I)
_TOLERANCE_NAME = re.compile(r"允差|公差|容差|偏差|(?<![A-Za-z])(?:tolerances?|deviations?)(?![A-Za-z])", re.I)


def names_an_error_bound(name: str) -> bool:
    """Whether a '± T' written with no value of its own is named as an error ('在额定电流的5 %时，电流误差为±3.0 %',
    'ratio error ± 3 %'): the bound of that error either way, a limit of its own, never the tolerance of a value stated
    before it (the rated current it is stated at). A name with a tolerance's word ('温度允差') is not one."""
    return bool(_ERROR_WORD.search(name)) and not _TOLERANCE_NAME.search(name)
