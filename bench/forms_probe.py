"""The blind probes of forms: single clauses, many of each form of writing a value, each keyed by a writer who read no
code. `forms29`: a tolerance, a range, a unit or a comparator, in Chinese and English
(data/indicator_eval/forms29_SOURCES.md); `formsen29`: how English clauses state a value, the phrasing around it
(data/indicator_eval/formsen29_SOURCES.md); `multi30`: clauses that state several values, in English and Chinese
(data/indicator_eval/multi30_SOURCES.md); `formszh30`: how Chinese clauses state a value, the phrasing around it
(data/indicator_eval/formszh30_SOURCES.md).

A clause is right when every expected side is read by its own indicator of the same comparator and nothing else
stating numbers is read (eval_indicators.reads_exactly, the rule of the development grids); a clause keyed with no
indicator is right when nothing is read. The development file prints each wrong clause with what was read; the check
file (forms29_check.jsonl, the same forms, other clauses) prints counts only: it says whether a change made on the
development clauses of a form reaches other clauses of that form.

    PYTHONPATH=. .venv/bin/python bench/forms_probe.py                  # development file, per form, wrong clauses
    PYTHONPATH=. .venv/bin/python bench/forms_probe.py --check          # the check file, counts per form only
    PYTHONPATH=. .venv/bin/python bench/forms_probe.py --probe formsen29 [--check]   # the English probe
    PYTHONPATH=. .venv/bin/python bench/forms_probe.py --probe multi30 [--check]     # clauses of several values
    PYTHONPATH=. .venv/bin/python bench/forms_probe.py --probe formszh30 [--check]   # the Chinese probe
    PYTHONPATH=. .venv/bin/python bench/forms_probe.py --probe units31 [--check]     # how units are written
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_indicators import reads_exactly  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "data" / "indicator_eval"
PROBES = ("forms29", "formsen29", "multi30", "formszh30", "units31")


def load(path: Path) -> list[dict]:
    if not path.is_file():
        raise SystemExit(f"{path}: not found (the probes ship in data/indicator_eval/; is the checkout complete?)")
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise SystemExit(f"{path}:{number}: not JSON ({err})") from None
    return rows


def show(indicator) -> str:
    kind = str(indicator.comparator)
    if kind == "tolerance":
        return f"{indicator.value}±{indicator.tolerance} {indicator.unit}"
    if kind == "range":
        return f"{indicator.low}-{indicator.high} {indicator.unit}"
    return f"{kind} {indicator.value} {indicator.unit}"


def score(rows: list[dict]) -> tuple[Counter, Counter, list]:
    right, total, wrong = Counter(), Counter(), []
    for row in rows:
        ok, produced = reads_exactly(row["text"], row["expected"])
        key = (row["form"], row["lang"])
        total[key] += 1
        right[key] += ok
        if not ok:
            wrong.append((row, produced))
    return right, total, wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--probe", choices=PROBES, default=PROBES[0], help="which probe (default: %(default)s)")
    parser.add_argument("--check", action="store_true", help="score the check file, counts only")
    parser.add_argument("--file", type=Path, help="another file of the same fields (development use)")
    args = parser.parse_args(argv)
    path = args.file or DATA / (f"{args.probe}_check.jsonl" if args.check else f"{args.probe}.jsonl")
    right, total, wrong = score(load(path))
    forms = sorted({form for form, _ in total})
    print(f"{path.name}: clauses right {sum(right.values())}/{sum(total.values())} "
          f"({100 * sum(right.values()) / max(1, sum(total.values())):.1f} %)")
    for lang in sorted({lang for _, lang in total}, reverse=True):
        r = sum(v for (f, l), v in right.items() if l == lang)
        t = sum(v for (f, l), v in total.items() if l == lang)
        print(f"  {lang}: {r}/{t}")
    print(f"\n{'form':<40} {'zh':>7} {'en':>7}")
    for form in forms:
        cells = [f"{right[(form, lang)]}/{total[(form, lang)]}" if total[(form, lang)] else "-" for lang in ("zh", "en")]
        print(f"{form[:40]:<40} {cells[0]:>7} {cells[1]:>7}")
    if not args.check:
        print("\nwrong clauses:")
        for row, produced in wrong:
            print(f"[{row['id']} {row['form']}] {row['text']}\n    read: {'; '.join(show(p) for p in produced) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
