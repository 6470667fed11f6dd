"""Growing a user's termbase: terms imported from TBX or CSV files are merged into the user's termbase CSV (the
one `load_termbase` takes beside the built-in termbase), and the whole termbase can be taken away as TBX.

Merging keeps one concept per meaning: an imported entry joins the concept (the user's or a built-in one)
that already has one of its terms, or the user's concept of the same identifier; otherwise it becomes a new
concept. A term already naming another concept is not given to a second one (the termbase finds each term
as one concept), and is reported instead. The user's file is rewritten whole and atomically: a failed import
leaves it as it was.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from compare.core.errors import InputFileError
from compare.core.files import atomic_path
from compare.core.text import decode_text, sniff_delimiter
from compare.terms.entries import COLUMNS, Entry, concept_slug, split_terms, term_key
from compare.terms.tbx import TbxContents, read_tbx, tbx_bytes
from compare.terms.termbase import Termbase, load_termbase, read_termbase_rows

TBX_SUFFIXES = (".tbx", ".xml")
# The user's termbase kept in a store directory: `terms import` grows it and matching against the store reads it.
STORE_TERMBASE = "termbase.csv"
# Headers of a two-column glossary (CAT tools and spreadsheets export these), lower case.
ZH_HEADERS = ("zh", "zh-cn", "zh_cn", "zh-hans", "chinese", "中文", "汉语", "中文术语", "术语")
EN_HEADERS = ("en", "en-us", "en-gb", "english", "英文", "英语", "英文术语", "term")


@dataclass(frozen=True)
class Imported:
    """Entries read from a file, with what was left out, in words."""

    entries: tuple[Entry, ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class MergeReport:
    """The user's entries after a merge, and what the merge did."""

    entries: tuple[Entry, ...]
    new_concepts: int = 0
    new_terms: int = 0
    extended_concepts: int = 0
    unchanged_entries: int = 0
    conflicts: tuple[str, ...] = field(default=())


def read_terms(path: Path) -> Imported:
    """The entries of a TBX file (.tbx, .xml) or a termbase CSV (.csv: columns concept, zh, en, or a
    two-column glossary with Chinese and English headers)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in TBX_SUFFIXES:
        return _from_tbx(read_tbx(path))
    if suffix == ".csv":
        return Imported(entries=tuple(read_glossary_csv(path)))
    raise InputFileError(f"{path.name}: terms are imported from .tbx (or .xml TBX) and .csv files, not "
                         f"'{suffix or 'no extension'}'")


def _from_tbx(contents: TbxContents) -> Imported:
    notes = []
    if contents.other_languages:
        languages = ", ".join(f"{lang} ({n})" for lang, n in sorted(contents.other_languages.items()))
        notes.append(f"terms in languages other than Chinese and English left out: {languages}")
    if contents.empty_entries:
        notes.append(f"{contents.empty_entries} entries with no Chinese or English term left out")
    return Imported(entries=contents.entries, notes=tuple(notes))


def read_glossary_csv(path: Path) -> list[Entry]:
    """Entries of a CSV: a termbase (columns concept, zh, en; parent, field, role optional; terms separated by
    |) or a glossary of one Chinese and one English column (headers such as zh/en, 中文/英文, Chinese/English),
    each row one concept."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputFileError(f"cannot read {path}: {exc.strerror}") from exc
    # as Excel saves a glossary: UTF-8 (with or without BOM), UTF-16, or GBK on a Chinese Windows; comma,
    # semicolon or tab
    text, _ = decode_text(raw, path.name)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text[:16384])))
    header = rows[0] if rows else []
    names = [h.strip().lower() for h in header]
    if {"concept", "zh", "en"} <= set(names):
        records = [dict(zip(names, row)) for row in rows[1:]]
        return [e for e in (Entry.from_row(r) for r in records) if e.concept and e.terms()]
    zh_col = next((i for i, h in enumerate(names) if h in ZH_HEADERS), None)
    en_col = next((i for i, h in enumerate(names) if h in EN_HEADERS and i != zh_col), None)
    if zh_col is None or en_col is None:
        raise InputFileError(f"{path.name}: no Chinese and English term columns found (found: "
                             f"{', '.join(header) or 'nothing'}); name them zh and en (or 中文 and 英文), or give "
                             "the termbase columns concept, zh, en")
    entries = []
    for row in rows[1:]:
        zh = split_terms(row[zh_col] if zh_col < len(row) else "")
        en = split_terms(row[en_col] if en_col < len(row) else "")
        if zh or en:
            entries.append(Entry(concept=concept_slug((en or zh)[0]), zh=zh, en=en))
    return entries


_SEEN: dict[str, float] = {}


def store_termbase(folder: Path) -> Termbase:
    """The termbase matching against the store in `folder` uses: the built-in one, plus the store's own
    termbase.csv when there is one. Read again when that file has changed since it was last read."""
    path = Path(folder) / STORE_TERMBASE
    try:
        changed = path.stat().st_mtime_ns
    except OSError:
        return load_termbase()
    if _SEEN.get(str(path)) not in (None, changed):
        load_termbase.cache_clear()
    _SEEN[str(path)] = changed
    return load_termbase(str(path))


def builtin_entries() -> list[Entry]:
    """The built-in termbase (compare/terms/termbase.csv) as entries."""
    text = resources.files("compare.terms").joinpath("termbase.csv").read_text(encoding="utf-8")
    return [e for e in (Entry.from_row(r) for r in csv.DictReader(io.StringIO(text))) if e.concept]


def read_user_termbase(path: Path) -> list[Entry]:
    """The user's termbase CSV as entries; none when the file does not exist yet."""
    path = Path(path)
    if not path.exists():
        return []
    return [e for e in (Entry.from_row(r) for r in read_termbase_rows(path)) if e.concept]


def merge_entries(user: list[Entry], incoming: list[Entry], builtin: list[Entry] | None = None) -> MergeReport:
    """The user's entries with `incoming` merged in (see the module docstring). `builtin`: the concepts a
    user's entry may extend (the built-in termbase by default)."""
    builtin = builtin_entries() if builtin is None else builtin
    merged: dict[str, Entry] = {e.concept: e for e in user}
    owner: dict[str, str] = {}  # term key -> concept, the user's first (they win in load_termbase)
    for entry in list(user) + list(builtin):
        for term in entry.terms():
            owner.setdefault(term_key(term), entry.concept)
    known = {e.concept: e for e in builtin}
    new_concepts = new_terms = extended = unchanged = 0
    conflicts: list[str] = []
    for entry in incoming:
        owners = [owner[term_key(t)] for t in entry.en + entry.zh if term_key(t) in owner]
        # the concept that already has one of its terms; else the user's or built-in one of its identifier
        target = owners[0] if owners else entry.concept
        base = merged.get(target) or (_empty_copy(known[target]) if target in known else
                                      Entry(concept=target, field=entry.field, role=entry.role))
        added = {"zh": [], "en": []}
        for lang in ("zh", "en"):
            for term in getattr(entry, lang):
                holder = owner.get(term_key(term))
                if holder is None:
                    owner[term_key(term)] = target
                    added[lang].append(term)
                elif holder != target:
                    conflicts.append(f"'{term}' already names the concept '{holder}'; not added to '{target}'")
        if not added["zh"] and not added["en"]:
            if target in merged or target in known:
                unchanged += 1
                continue
        is_new = target not in merged and target not in known
        merged[target] = replace(base, zh=base.zh + tuple(added["zh"]), en=base.en + tuple(added["en"]),
                                 field=base.field or entry.field,
                                 parent=base.parent or _resolved_parent(entry.parent, owner, merged, known),
                                 role=base.role or entry.role, definition=base.definition or entry.definition)
        new_terms += len(added["zh"]) + len(added["en"])
        if is_new:
            new_concepts += 1
        else:
            extended += 1
    return MergeReport(entries=tuple(merged.values()), new_concepts=new_concepts, new_terms=new_terms,
                       extended_concepts=extended, unchanged_entries=unchanged, conflicts=tuple(conflicts))


def _empty_copy(entry: Entry) -> Entry:
    # A user's row that extends a built-in concept holds only the user's terms: load_termbase adds both.
    return Entry(concept=entry.concept, field=entry.field, parent=entry.parent, role=entry.role)


def _resolved_parent(parent: str, owner: dict[str, str], merged: dict[str, Entry], known: dict[str, Entry]) -> str:
    """A broader concept named by identifier or by one of its terms, as an identifier ('' when unknown)."""
    if not parent:
        return ""
    if parent in merged or parent in known:
        return parent
    return owner.get(term_key(parent.replace("_", " ")), "")


def write_user_termbase(entries: list[Entry] | tuple[Entry, ...], path: Path) -> None:
    """Write the user's termbase CSV whole, atomically (a temporary file renamed over it)."""
    _atomic_write(Path(path), _csv_text(entries).encode("utf-8"))


def _csv_text(entries) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(e.row() for e in entries)
    return buffer.getvalue()


def import_terms(source: Path, user_termbase: Path) -> tuple[Imported, MergeReport]:
    """Read terms from `source` (TBX or CSV) and merge them into the user's termbase CSV at `user_termbase`
    (created when missing). Nothing is written when the source cannot be read."""
    imported = read_terms(source)
    report = merge_entries(read_user_termbase(user_termbase), list(imported.entries))
    if report.new_terms:
        write_user_termbase(report.entries, user_termbase)
    return imported, report


def export_entries(user_termbase: Path | None, *, include_builtin: bool = True) -> list[Entry]:
    """The termbase as entries: the user's concepts (their terms first where they extend a built-in concept),
    then the built-in ones."""
    user = read_user_termbase(user_termbase) if user_termbase else []
    if not include_builtin:
        return user
    by_concept = {e.concept: e for e in user}
    combined = []
    for entry in builtin_entries():
        mine = by_concept.pop(entry.concept, None)
        if mine is not None:
            entry = replace(entry, zh=_union(mine.zh, entry.zh), en=_union(mine.en, entry.en))
        combined.append(entry)
    return list(by_concept.values()) + combined


def _union(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    kept: dict[str, str] = {}
    for term in first + second:
        kept.setdefault(term_key(term), term)
    return tuple(kept.values())


def export_tbx(path: Path, user_termbase: Path | None, *, include_builtin: bool = True) -> int:
    """Write the termbase as TBX-Basic to `path` (atomically); returns the number of concepts written."""
    entries = export_entries(user_termbase, include_builtin=include_builtin)
    _atomic_write(Path(path), tbx_bytes(entries))
    return len(entries)


def _atomic_write(path: Path, data: bytes) -> None:
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
