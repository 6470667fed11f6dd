"""Offline OCR of page images, with RapidOCR (PP-OCRv4 models shipped inside the rapidocr_onnxruntime wheel) or
Debian's tesseract (tesseract-ocr, -chi-sim, -eng; the binary called directly, its TSV output read), into lines
and table cells with their confidence. RapidOCR is the default when installed: on our rendered Chinese pages its
character error rate was a third of tesseract's (bench/bench_documents.py; docs/documents.md, "Figures").

Ruled tables are found in the image itself (long dark horizontal and vertical runs), their lines erased before
recognition (borders read as "|" otherwise), and the recognised words put back into their cells. No model is
downloaded: tesseract reads its language data from the Debian packages.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
from dataclasses import dataclass

import numpy as np

from compare.core.errors import InputFileError
from compare.documents.tables import SPANNED

_CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
_JUNK = re.compile(r"^[|_\-—=~`'\".,:;·•]+$")
DPI = 300


class OcrUnavailable(InputFileError):
    """Tesseract or its language data is not installed."""


@dataclass(frozen=True)
class OcrLine:
    text: str
    top: float  # 0..1 of the page height


@dataclass(frozen=True)
class OcrTable:
    rows: tuple[tuple[str, ...], ...]
    top: float


@dataclass(frozen=True)
class OcrPage:
    lines: tuple[OcrLine, ...]
    tables: tuple[OcrTable, ...]
    confidence: float  # mean word confidence, 0-100, weighted by characters
    text: str


def tesseract_languages() -> set[str]:
    """The languages tesseract can read here; empty when tesseract is not installed."""
    binary = shutil.which("tesseract")
    if not binary:
        return set()
    try:
        out = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return set()
    return {line.strip() for line in out.splitlines()[1:] if line.strip()}


def check_available(langs: str, name: str = "this PDF") -> None:
    have = tesseract_languages()
    if not have:
        raise OcrUnavailable(f"{name} has pages without text and OCR is unavailable: install tesseract "
                             "(Debian: apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng), or "
                             "give a PDF with a text layer, a DOCX or an STS XML file")
    missing = [lang for lang in langs.split("+") if lang not in have]
    if missing:
        packages = " ".join("tesseract-ocr-" + m.replace("_", "-") for m in missing)
        raise OcrUnavailable(f"{name} has pages without text and tesseract has no data for {', '.join(missing)} "
                             f"(it reads {', '.join(sorted(have - {'osd'})) or 'nothing'} here): install {packages} "
                             f"(Debian: apt-get install {packages}), or RapidOCR (pip install rapidocr_onnxruntime), "
                             "or give a PDF with a text layer, a DOCX or an STS XML file")


def _join(a: str, b: str) -> str:
    if not a:
        return b
    if _CJK.search(a[-1]) or _CJK.search(b[0]):
        return a + b
    return a + " " + b


def find_grid(gray: np.ndarray) -> list[tuple[list[int], list[int]]]:
    """Ruled tables in a grayscale page: for each, the y of its horizontal rules and the x of its vertical rules."""
    dark = gray < 128
    h, w = dark.shape
    rows = np.flatnonzero(dark.mean(axis=1) > 0.35)
    # a rule is one long stroke; a row through a line of text set close (serifs, heads and feet of letters) can be
    # as dark, in many short runs: keep the rows whose longest run, small breaks bridged, is a fifth of the page
    rows = np.array([y for y in rows if _longest_run(dark[y]) >= 0.2 * w], dtype=int)
    hlines = _centres(rows)
    tables: list[tuple[list[int], list[int]]] = []
    group: list[int] = []
    columns: list[int] = []
    for y in hlines:
        if group:
            band = dark[group[-1] + 3:y - 2]
            cols = _centres(np.flatnonzero(band.mean(axis=0) > 0.95)) if band.size and band.shape[0] > 4 else []
            if len(cols) >= 2:
                group.append(y)
                columns = sorted(set(columns) | set(cols)) if columns else cols
                continue
            if len(group) >= 2:
                tables.append((group, _merge_close(columns)))
        group, columns = [y], []
    if len(group) >= 2 and columns:
        tables.append((group, _merge_close(columns)))
    return tables


def cell_owners(gray: np.ndarray, ys: list[int], xs: list[int]) -> list[list[tuple[int, int]]]:
    """For each cell of a ruled grid, the cell it is part of: itself, or (a merged cell) the cell to its left when
    the rule between them is missing in its row, or the one above when the rule over it is missing."""
    dark = gray < 128
    rows, columns = len(ys) - 1, len(xs) - 1

    def ruled_down(x: int, top: int, bottom: int) -> bool:
        strip = dark[top + 4:bottom - 3, max(0, x - 3):x + 4]
        return strip.size == 0 or strip.any(axis=1).mean() > 0.9

    def ruled_across(y: int, left: int, right: int) -> bool:
        strip = dark[max(0, y - 3):y + 4, left + 4:right - 3]
        return strip.size == 0 or strip.any(axis=0).mean() > 0.9

    owners = [[(r, c) for c in range(columns)] for r in range(rows)]
    for r in range(rows):
        for c in range(columns):
            if c > 0 and not ruled_down(xs[c], ys[r], ys[r + 1]):
                owners[r][c] = owners[r][c - 1]
            elif r > 0 and not ruled_across(ys[r], xs[c], xs[c + 1]):
                owners[r][c] = owners[r - 1][c]
    return owners


def _longest_run(row: np.ndarray, bridge: int = 3) -> int:
    """The longest run of dark pixels in a row, breaks of up to `bridge` pixels (a scanned rule's) bridged."""
    dark = np.flatnonzero(row)
    if len(dark) == 0:
        return 0
    breaks = np.flatnonzero(np.diff(dark) > bridge + 1)
    starts = np.concatenate(([dark[0]], dark[breaks + 1]))
    ends = np.concatenate((dark[breaks], [dark[-1]]))
    return int((ends - starts).max()) + 1


def _centres(indices: np.ndarray) -> list[int]:
    """Runs of consecutive indices (a rule a few pixels thick) as their centres."""
    if len(indices) == 0:
        return []
    runs, start, prev = [], indices[0], indices[0]
    for i in indices[1:]:
        if i != prev + 1:
            runs.append((start + prev) // 2)
            start = i
        prev = i
    runs.append((start + prev) // 2)
    return [int(r) for r in runs]


def _merge_close(xs: list[int], tolerance: int = 6) -> list[int]:
    out: list[int] = []
    for x in sorted(xs):
        if out and x - out[-1] <= tolerance:
            continue
        out.append(x)
    return out


ENGINES = ("rapidocr", "tesseract")
# Letter/digit confusions that break standard numbers: "IS0 17301" and "lSO 712" are "ISO".
_ISO_CONFUSED = re.compile(r"(?<![A-Za-z])[Il1]S[O0](?=\s?\d)|(?<![A-Za-z])IS0(?=[\s/])")


def _fix_confusions(text: str) -> str:
    return _ISO_CONFUSED.sub(lambda m: "ISO" if m.end() < len(text) and not text[m.end()].isdigit() else "ISO ",
                             text)


def default_engine() -> str:
    """RapidOCR when it is installed (measured more accurate on Chinese pages, bench/bench_documents.py), else
    tesseract."""
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except ImportError:
        return "tesseract"
    return "rapidocr"


def check_engine(engine: str, langs: str, name: str = "this document") -> None:
    """Raise OcrUnavailable with what to install when `engine` cannot run here (`name`: the file, for the
    message)."""
    if engine == "rapidocr":
        try:
            import rapidocr_onnxruntime  # noqa: F401
        except ImportError as exc:
            raise OcrUnavailable(f"{name} has pages without text and RapidOCR is not installed: pip install "
                                 "rapidocr_onnxruntime (its models ship in the wheel), or use tesseract") from exc
        return
    check_available(langs, name)


def ocr_image(image, langs: str, engine: str = "tesseract") -> OcrPage:
    """Recognise one page image (a PIL image at `DPI`) with `engine`; ruled tables come back as rows of cells."""
    gray = np.asarray(image.convert("L"))
    grid = find_grid(gray)
    clean = gray.copy()
    for ys, xs in grid:
        top, bottom, left, right = ys[0], ys[-1], xs[0], xs[-1]
        for y in ys:
            clean[max(0, y - 4):y + 5, max(0, left - 4):right + 5] = 255
        for x in xs:
            clean[max(0, top - 4):bottom + 5, max(0, x - 4):x + 5] = 255
    words = _rapidocr(clean) if engine == "rapidocr" else _tesseract(clean, langs)
    height = gray.shape[0]
    cells: dict[tuple[int, int, int], list[tuple]] = {}
    lines: dict[tuple, list[tuple]] = {}
    total, weight = 0.0, 0
    for order, word in enumerate(words):
        text = _fix_confusions(word["text"].strip())
        if not text or _JUNK.match(text):
            continue
        conf = float(word["conf"])
        if conf >= 0:
            total += conf * len(text)
            weight += len(text)
        cx, cy = word["left"] + word["width"] / 2, word["top"] + word["height"] / 2
        placed = False
        for t, (ys, xs) in enumerate(grid):
            if ys[0] < cy < ys[-1] and xs[0] < cx < xs[-1]:
                r = int(np.searchsorted(ys, cy)) - 1
                c = int(np.searchsorted(xs, cx)) - 1
                cells.setdefault((t, r, c), []).append((order, word["left"], text))
                placed = True
                break
        if not placed:
            lines.setdefault(word["line"], []).append((word["top"], word["left"], text))
    out_lines = []
    for parts in lines.values():
        parts.sort(key=lambda p: p[1])
        text = ""
        for _, _, piece in parts:
            text = _join(text, piece)
        out_lines.append(OcrLine(text=text, top=min(p[0] for p in parts) / height))
    out_lines.sort(key=lambda line: line.top)
    tables = []
    for t, (ys, xs) in enumerate(grid):
        owners = cell_owners(gray, ys, xs)
        merged: dict[tuple[int, int], list] = {}
        for (table, r, c), pieces_of in cells.items():
            if table == t:
                merged.setdefault(owners[r][c], []).extend(pieces_of)
        rows = []
        for r in range(len(ys) - 1):
            row: list = []
            for c in range(len(xs) - 1):
                owner = owners[r][c]
                if owner != (r, c):
                    row.append(SPANNED if owner[0] == r else None)
                    continue
                text = ""
                for _, _, piece in sorted(merged.get(owner, [])):  # the engine's reading order
                    text = _join(text, piece)
                row.append(text)
            rows.append(tuple(row))
        tables.append(OcrTable(rows=tuple(rows), top=ys[0] / height))
    pieces = [(line.top, line.text) for line in out_lines]
    pieces += [(t.top, "\n".join("".join(c for c in row if c and c != SPANNED) for row in t.rows)) for t in tables]
    text = "\n".join(piece for _, piece in sorted(pieces, key=lambda p: p[0]))
    return OcrPage(lines=tuple(out_lines), tables=tuple(tables),
                   confidence=round(total / weight, 1) if weight else 0.0, text=text)


_RAPID = None


def _rapidocr(gray: np.ndarray) -> list[dict]:
    """Text boxes from RapidOCR (PP-OCRv4 models shipped in the rapidocr_onnxruntime wheel), grouped into lines
    by their vertical overlap."""
    global _RAPID
    if _RAPID is None:
        from rapidocr_onnxruntime import RapidOCR

        _RAPID = RapidOCR()
    result, _ = _RAPID(np.ascontiguousarray(gray[:, :, None].repeat(3, axis=2)), use_cls=False)
    words = []
    for box, text, score in result or []:
        xs = [p[0] for p in box]
        ys = [p[1] for p in box]
        words.append({"text": text, "conf": float(score) * 100, "left": min(xs), "top": min(ys),
                      "width": max(xs) - min(xs), "height": max(ys) - min(ys)})
    words.sort(key=lambda w: w["top"] + w["height"] / 2)
    line, bottom = 0, None
    for word in words:
        centre = word["top"] + word["height"] / 2
        if bottom is not None and centre > bottom:
            line += 1
            bottom = None
        word["line"] = line
        edge = word["top"] + word["height"]
        bottom = edge if bottom is None else min(bottom, edge)
    return words


def _tesseract(gray: np.ndarray, langs: str) -> list[dict]:
    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(gray).save(buffer, format="PNG")
    env = {**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", "1")}
    try:
        done = subprocess.run(["tesseract", "stdin", "stdout", "-l", langs, "--psm", "6", "--dpi", str(DPI),
                               "-c", "preserve_interword_spaces=1", "tsv"], input=buffer.getvalue(),
                              capture_output=True, timeout=300, env=env)
    except FileNotFoundError as exc:
        raise OcrUnavailable("tesseract is not installed; install tesseract-ocr") from exc
    if done.returncode != 0:
        raise InputFileError(f"tesseract failed: {done.stderr.decode(errors='replace').strip()[:200]}")
    reader = csv.DictReader(io.StringIO(done.stdout.decode("utf-8", errors="replace")), delimiter="\t",
                            quoting=csv.QUOTE_NONE)
    words = []
    for row in reader:
        if row.get("level") != "5":
            continue
        try:
            words.append({"text": row.get("text") or "", "conf": float(row["conf"]), "left": int(row["left"]),
                          "top": int(row["top"]), "width": int(row["width"]), "height": int(row["height"]),
                          "line": (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))})
        except (KeyError, ValueError, TypeError):
            continue
    return words
