"""Bad-input probe: runs hostile and clumsy inputs through the CLI and prints the table of docs/bad-input.md.

Every case is a real file or a real damaged store made here, run through `python -m api.cli` as a user would.
A case passes when the command ends with a clear message (no traceback) and the expected result: the file
read as it really is, or refused with a message; the store intact and answering as before; no partial output
and no stray temporary file. The disk-full cases need a tiny tmpfs (root); without one they are reported as
skipped.

    .venv/bin/python bench/bad_input_probe.py             # the table of docs/bad-input.md (about 5 minutes on 2 cores)
    .venv/bin/python bench/bad_input_probe.py --keep DIR  # keep the files made, in DIR
"""

from __future__ import annotations

import argparse
import csv
import glob
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
sys.path.insert(0, str(ROOT))

from compare.core.policy import MAX_CELL_CHARS  # noqa: E402
from compare.store.layout import DB_SIDE_FILES, StoreLayout  # noqa: E402

RESULTS: list[tuple[str, str, bool, str]] = []  # (group, case, passed, what happened)
TMP = Path(tempfile.gettempdir())  # the commands' temp folder (TMPDIR): set to a private one in main()
QUERY = [["标准号", "条款号", "条款内容"], ["GB 2762-2022", "4.1", "谷物中铅（以Pb计）的限量为0.2 mg/kg"],
         ["GB 5749-2022", "表1", "生活饮用水中硝酸盐（以N计）不得超过10 mg/L"]]


ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def cli(*args, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "api.cli", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, env=ENV)


def stray_files() -> set[str]:
    """openpyxl's temporary files in the commands' temp folder itself (not in the project's scratch folder)."""
    return set(glob.glob(str(TMP / "openpyxl*")))


def clean(proc: subprocess.CompletedProcess) -> bool:
    """Ended with a message of ours, not a traceback."""
    return "Traceback" not in proc.stderr and "Traceback" not in proc.stdout and proc.returncode in (0, 2)


def last_words(proc: subprocess.CompletedProcess) -> str:
    """The last line the command printed (its beginning and its end when long)."""
    lines = [ln for ln in (proc.stderr + proc.stdout).strip().splitlines() if ln.strip()]
    last = lines[-1] if lines else ""
    return last if len(last) <= 200 else f"{last[:120]} … {last[-75:]}"


def record(group: str, case: str, passed: bool, detail: str) -> None:
    RESULTS.append((group, case, passed, detail))
    print(f"  [{'ok' if passed else 'FAIL'}] {group}: {case} -> {detail}", flush=True)


def write_csv(path: Path, rows, encoding="utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def write_xlsx(path: Path, rows) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def with_dimension(src: Path, dst: Path, ref: str) -> Path:
    """A copy of the workbook whose sheet declares `<dimension ref=...>` whatever it really holds."""
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as b:
        for item in a.infolist():
            data = a.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(rb'<dimension ref="[^"]*"/>', f'<dimension ref="{ref}"/>'.encode(), data)
            b.writestr(item, data)
    return dst


def answers(store: Path, work: Path, name: str) -> list | None:
    """The matches of the query list against `store` (standard, clause, score), or None if match failed."""
    out = work / f"{name}.jsonl"
    proc = cli("match", work / "query.csv", "--store", store, "-o", out, "--show", "0", "--no-indicators")
    if proc.returncode != 0:
        return None
    return [[(m["standard"], m["clause"], m["score"]) for m in json.loads(line)["matches"]]
            for line in out.read_text(encoding="utf-8").splitlines()]


def store_state(store: Path) -> tuple:
    conn = sqlite3.connect(str(StoreLayout.of(store).database))
    try:
        return tuple(conn.execute("SELECT side, COUNT(*), MAX(id) FROM clauses GROUP BY side ORDER BY side"))
    finally:
        conn.close()


# ---------------------------------------------------------------------------------------------- cases

def files(work: Path, store: Path) -> None:
    group = "file kinds and encodings"
    rows = [["standard", "clause", "text"], ["GB 2762-2022", "4.1", "谷物中铅（以Pb计）的限量为0.2 mg/kg"]]
    readable = {
        "CSV UTF-8": write_csv(work / "utf8.csv", rows),
        "CSV UTF-8 with BOM": write_csv(work / "bom.csv", rows, "utf-8-sig"),
        "CSV UTF-16": write_csv(work / "utf16.csv", rows, "utf-16"),
        "CSV GB18030": write_csv(work / "gb.csv", rows, "gb18030"),
        "TSV": Path(work / "list.tsv"),
        "XLSX": write_xlsx(work / "list.xlsx", rows),
        "JSONL": Path(work / "list.jsonl"),
    }
    readable["TSV"].write_text("\n".join("\t".join(r) for r in rows), encoding="utf-8")
    readable["JSONL"].write_text(json.dumps(dict(zip(rows[0], rows[1])), ensure_ascii=False), encoding="utf-8")
    for label, path in readable.items():
        out = work / f"out-{path.name}.jsonl"
        proc = cli("match", path, "--store", store, "-o", out, "--show", "0")
        ok = clean(proc) and proc.returncode == 0 and len(out.read_text(encoding="utf-8").splitlines()) == 1
        record(group, f"{label}: read", ok, last_words(proc))
    bad = {}
    (work / "latin1.csv").write_bytes("standard,clause,text\nGB 1,1,caf\xe9 \x80\x81\xff".encode("latin-1"))
    bad["undecodable bytes (neither UTF-8 nor GB18030)"] = work / "latin1.csv"
    (work / "binary.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2000))
    bad["binary file named .csv"] = work / "binary.csv"
    (work / "empty.csv").write_bytes(b"")
    bad["0-byte CSV"] = work / "empty.csv"
    (work / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000)
    bad["Excel 97-2003 .xls"] = work / "old.xls"
    (work / "fake.xlsx").write_text("standard,clause,text\n", encoding="utf-8")
    bad["text file named .xlsx"] = work / "fake.xlsx"
    with zipfile.ZipFile(work / "bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"\x00" * 80_000_000)
    bad["zip bomb .xlsx (80 MB of zeros)"] = work / "bomb.xlsx"
    (work / "bad.jsonl").write_text('{"text": "lead"\n', encoding="utf-8")
    bad["JSONL line that is not JSON"] = work / "bad.jsonl"
    (work / "surrogate.jsonl").write_text('{"standard": "GB 1", "clause": "1", "text": "lead \\udcff"}\n',
                                          encoding="utf-8")
    bad["JSONL with a lone surrogate (\\udcff)"] = work / "surrogate.jsonl"
    (work / "surrogate16.csv").write_bytes(b"\xff\xfe" + "text\nab".encode("utf-16-le") + b"\x00\xdc")
    bad["UTF-16 CSV with a lone surrogate"] = work / "surrogate16.csv"
    (work / "notes.docx").write_bytes(b"PK\x03\x04")
    bad["a 4-byte .docx (not a zip package)"] = work / "notes.docx"
    bad["missing file"] = work / "nowhere.csv"
    (work / "noheader.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    bad["CSV without a text column"] = work / "noheader.csv"
    for label, path in bad.items():
        before = stray_files()
        for command in ("ingest", "match"):
            extra = ["-o", work / "never.jsonl"] if command == "match" else []
            proc = cli(command, path, "--store", store, *extra)
            stray = stray_files() - before
            ok = clean(proc) and proc.returncode != 0 and "error:" in proc.stderr and not stray \
                and not (work / "never.jsonl").exists()
            record(group, f"{label}: {command} refuses", ok, last_words(proc))


def cells(work: Path, store: Path) -> None:
    group = "sizes and cells"
    huge = "Lead shall not exceed 0.2 mg/kg in cereals. " * 5000  # 225,000 characters: over csv's 131,072
    path = write_csv(work / "huge.csv", [["standard", "clause", "text"], ["ISO 99", "1", huge]])
    for command in ("match", "ingest"):
        out = work / "huge-out.jsonl"
        extra = ["-o", out, "--show", "0"] if command == "match" else []
        proc = cli(command, path, "--store", store, *extra)
        ok = clean(proc) and proc.returncode == 0 and "cut" in proc.stderr + proc.stdout + (
            out.read_text(encoding="utf-8") if command == "match" and out.exists() else "")
        record(group, f"CSV cell of {len(huge):,} characters: {command}", ok, last_words(proc))
    mega = work / "mega.jsonl"
    mega.write_text(json.dumps({"standard": "ISO 98", "clause": "1", "text": "铅 0.2 mg/kg。" * 100_000},
                               ensure_ascii=False), encoding="utf-8")
    proc = cli("ingest", mega, "--store", store)
    conn = sqlite3.connect(str(StoreLayout.of(store).database))
    longest = conn.execute("SELECT MAX(LENGTH(text)) FROM clauses").fetchone()[0]
    conn.close()
    record(group, "JSONL cell of 1,100,000 characters: ingest", clean(proc) and proc.returncode == 0
           and longest <= MAX_CELL_CHARS, f"stored text at most {longest:,} characters; {last_words(proc)}")
    table = [["standard", "clause", "text"]] + [["GB 1", str(i), f"谷物中铅的限量为0.{i % 9 + 1} mg/kg"]
                                               for i in range(1, 301)]
    full = write_xlsx(work / "rows300.xlsx", table)
    for ref, label in (("A1:C2", "smaller (A1:C2)"), ("A1:XFD1048576", "larger (A1:XFD1048576)")):
        lying = with_dimension(full, work / f"lying-{ref.replace(':', '-')}.xlsx", ref)
        out = work / "lying.jsonl"
        proc = cli("match", lying, "--store", store, "-o", out, "--show", "0", "--no-indicators")
        n = len(out.read_text(encoding="utf-8").splitlines()) if out.exists() else 0
        record(group, f"workbook of 300 rows declaring a {label} dimension", clean(proc) and n == 300,
               f"{n} rows matched")
    hostile = ["=HYPERLINK(\"http://example.invalid\",\"x\")", "+1+2", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]
    rows = [["standard", "clause", "text", "remark"]] + [["GB 1", str(i), f"铅 0.{i} mg/kg", h]
                                                         for i, h in enumerate(hostile, start=1)]
    stored = write_csv(work / "formula-store.csv", [["standard", "clause", "text"]] +
                       [["ISO 97", str(i), h + " lead 0.2 mg/kg"] for i, h in enumerate(hostile[:4], start=1)])
    cli("ingest", stored, "--store", store, "--side", "international")
    out = work / "formulas.csv"
    proc = cli("match", write_csv(work / "formulas-in.csv", rows), "--store", store, "-o", out, "--show", "0")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        written = [c for row in csv.reader(fh) for c in row]
    risky = [c for c in written if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    record(group, "CSV output with cells starting = + - @ tab CR (user columns and stored text)",
           clean(proc) and not risky, f"{len(risky)} cells left starting with a formula sign")


def damaged_stores(work: Path, base: Path) -> None:
    group = "damaged stores"
    expected = answers(base, work, "expected")

    def fresh(name: str) -> Path:
        target = work / name
        shutil.copytree(base, target)
        return target

    s = fresh("empty-db")
    StoreLayout.of(s).database.write_bytes(b"")
    for side_file in DB_SIDE_FILES:
        (s / side_file).unlink(missing_ok=True)
    for command in ("match", "ingest"):
        extra = ["-o", work / "x.jsonl"] if command == "match" else []
        proc = cli(command, work / "query.csv", "--store", s, *extra)
        record(group, f"0-byte store.sqlite: {command}", clean(proc) and proc.returncode != 0
               and StoreLayout.of(s).database.stat().st_size == 0, last_words(proc))
    s = fresh("garbage-db")
    StoreLayout.of(s).database.write_bytes(b"not a database" * 100)
    proc = cli("match", work / "query.csv", "--store", s, "-o", work / "x.jsonl")
    record(group, "garbage store.sqlite: match", clean(proc) and proc.returncode != 0, last_words(proc))
    layout = lambda p: StoreLayout.of(p)  # noqa: E731

    def index_of(p: Path, side: str) -> Path:
        return sorted(f for _, f in layout(p).index_files(side) if not f.name.endswith(".check"))[-1]

    damages = {}
    s = fresh("no-index")
    for f in layout(s).cache_files():
        f.unlink()
    damages["index files deleted"] = s
    s = fresh("garbage-index")
    index_of(s, "international").write_bytes(b"damaged")
    damages["index file overwritten with garbage"] = s
    s = fresh("swapped-ids")
    path = index_of(s, "international")
    data = bytearray(path.read_bytes())
    n = store_state(s)[1][1]  # international clauses
    import numpy as np

    ids = np.frombuffer(bytes(data[-8 * n:]), dtype=np.int64).copy()
    ids[[0, 1]] = ids[[1, 0]]
    data[-8 * n:] = ids.tobytes()
    path.write_bytes(bytes(data))
    damages["two ids swapped inside the index file"] = s
    s = fresh("flipped")
    path = index_of(s, "international")
    data = bytearray(path.read_bytes())
    for i in random.Random(1).sample(range(100, len(data) - 100), 64):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    damages["64 flipped bytes in the index file"] = s
    s = fresh("dom-over-intl")
    shutil.copy(index_of(s, "domestic"), index_of(s, "international"))
    damages["domestic index copied over the international one"] = s
    s = fresh("dom-over-intl-check")
    dom, intl = index_of(s, "domestic"), index_of(s, "international")
    shutil.copy(dom, intl)
    if layout(s).index_check_file(dom).exists():
        shutil.copy(layout(s).index_check_file(dom), layout(s).index_check_file(intl))
    damages["domestic index and its check file copied over the international ones"] = s
    for label, damaged in damages.items():
        got = answers(damaged, work, damaged.name)
        record(group, f"{label}: match", got == expected, "same answers as the intact store" if got == expected
               else "answers differ" if got is not None else "match failed")
    # stale index files: another store's database restored into this folder
    s = fresh("stale")
    other = work / "other-store"
    proc = cli("ingest", write_csv(work / "other.csv", [["standard", "clause", "text"]] +
                                   [["ISO 7", str(i), f"Water sample {i} shall be kept at 4 °C"] for i in range(90)]),
               "--store", other)
    cli("ingest", DATA / "domestic_clauses.csv", "--store", other)
    for side_file in DB_SIDE_FILES:
        (s / side_file).unlink(missing_ok=True)
    shutil.copy(StoreLayout.of(other).database, StoreLayout.of(s).database)
    got = answers(s, work, "stale")
    want = answers(other, work, "other")
    record(group, "another store's database restored beside this one's index files: match", got == want
           and got is not None, "answers are the restored database's" if got == want else "stale index used")


def disk_full(work: Path, base: Path) -> None:
    group = "disk full"
    mount = work / "tiny"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        record(group, "tmpfs of 3 MB", False, "skipped: cannot mount a tmpfs here (needs root)")
        return
    try:
        store = mount / "store"
        proc = cli("ingest", DATA / "international_clauses.csv", "--store", store)
        before = store_state(store) if proc.returncode == 0 else None
        big = write_csv(work / "big.csv", [["standard", "clause", "text"]] +
                        [["ISO 8", str(i), f"Specimen {i} shall be conditioned for {i % 48} h at 23 °C " * 4]
                         for i in range(3000)])
        proc = cli("ingest", big, "--store", store)
        after = store_state(store)
        words = last_words(proc)
        record(group, "ingest of 3,000 clauses into a store on a full 3 MB disk",
               clean(proc) and proc.returncode != 0 and "SQLite said: database or disk is full" in words
               and "cannot rollback" not in proc.stderr and after == before, words)
        filler = mount / "filler"
        free = shutil.disk_usage(mount).free
        with filler.open("wb") as fh:
            fh.write(b"\0" * max(free - 20_000, 0))
        for suffix in (".csv", ".jsonl", ".xlsx"):
            out = mount / f"results{suffix}"
            proc = cli("match", DATA / "domestic_clauses.csv", "--store", base, "-o", out, "--show", "0")
            left = [p.name for p in mount.iterdir() if p.name.startswith((".results", "results"))]
            record(group, f"match writing {suffix} to a full disk", clean(proc) and proc.returncode != 0
                   and not left, f"{last_words(proc)}; files left: {left or 'none'}")
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


def kills(work: Path, base: Path, times: int) -> None:
    group = "kill -9"
    s = work / "killed"
    shutil.copytree(base, s)
    before = store_state(s)
    expected = answers(s, work, "before-kill")
    big = write_csv(work / "kill.csv", [["standard", "clause", "text"]] +
                    [["ISO 9", f"{i}", f"Batch {i} shall be conditioned for {i % 48} h at {20 + i % 5} °C"]
                     for i in range(6000)])
    rng = random.Random(7)
    mixed = 0
    for _ in range(times):
        proc = subprocess.Popen([sys.executable, "-m", "api.cli", "ingest", str(big), "--store", str(s)], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        time.sleep(rng.uniform(1.0, 12.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        state = store_state(s)
        if state != before:
            mixed += state[1][1] != before[1][1] + 6000  # neither the old store nor the whole new one
            if (answers(s, work, "after-one-kill") or [None])[0] is None:
                mixed += 1
            shutil.rmtree(s)
            shutil.copytree(base, s)
    got = answers(s, work, "after-kill")
    record(group, f"ingest of 6,000 clauses killed at {times} random moments", mixed == 0 and got == expected,
           f"{times - mixed} of {times} left the old or the new store, never a mix; answers as before")
    scratch_before = stray_files()
    for _ in range(max(1, times // 2)):
        proc = subprocess.Popen([sys.executable, "-m", "api.cli", "match", str(big), "--store", str(base), "-o",
                                 str(work / "killed.xlsx"), "--show", "0"], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        time.sleep(rng.uniform(4.0, 10.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    stray = stray_files() - scratch_before
    cli("match", work / "query.csv", "--store", base, "-o", work / "next.xlsx", "--show", "0")  # the next run
    left = [p for p in TMP.glob("stdcompare-*/*/openpyxl*")]
    record(group, f"match writing a workbook killed {max(1, times // 2)} times",
           not stray and not left and not (work / "killed.xlsx").exists(),
           f"{len(stray)} files left in /tmp; {len(left)} left in the scratch folder after the next run")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="make the files in this folder and keep them")
    parser.add_argument("--kills", type=int, default=6, help="kill -9 moments to try (default 6)")
    args = parser.parse_args()
    global TMP, ENV
    work = args.keep or Path(tempfile.mkdtemp(prefix="stdcompare-probe-"))
    work.mkdir(parents=True, exist_ok=True)
    TMP = work / "tmp"  # the commands' own temp folder: files other programs leave in /tmp do not count
    TMP.mkdir(exist_ok=True)
    ENV = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(TMP)}
    try:
        base = work / "store"
        print("building the sample store ...", flush=True)
        for name in ("international_clauses.csv", "domestic_clauses.csv"):
            proc = cli("ingest", DATA / name, "--store", base)
            if proc.returncode != 0:
                raise SystemExit(proc.stderr)
        write_csv(work / "query.csv", QUERY)
        scratch_store = work / "scratch-store"
        shutil.copytree(base, scratch_store)
        files(work, scratch_store)
        cells(work, scratch_store)
        damaged_stores(work, base)
        disk_full(work, base)
        kills(work, base, args.kills)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    groups: dict[str, list] = defaultdict(list)
    for group, case, passed, detail in RESULTS:
        groups[group].append((case, passed, detail))
    print("\n| what was tried | cases | handled | result |\n|---|---|---|---|")
    for group, cases in groups.items():
        handled = sum(1 for _, p, _ in cases if p)
        print(f"| **{group}** | {len(cases)} | {handled} | |")
        for case, passed, detail in cases:
            print(f"| {case} | 1 | {'yes' if passed else '**no**'} | {detail.replace('|', '/')} |")
    total = len(RESULTS)
    print(f"\n{sum(1 for r in RESULTS if r[2])} of {total} cases handled (no traceback, no silent loss, "
          "no wrong answer)")


if __name__ == "__main__":
    main()
