"""The store folder's layout: every file and folder name inside a store directory, spelled once.

A store directory holds:

    store.sqlite (+ -wal, -shm)         standards, clauses, their vectors, reviewed links, jobs (the truth)
    vectors-<side>-g<N>.<backend>       the vector index of one side at generation N (a cache)
    vectors-<side>-g<N>.<backend>.check its check: generation, count, ids and a checksum of the index bytes
    margins-k<K>-d<N>-i<M>.npz          margin statistics for the current generations (a cache)
    lexical-<side>-g<N>.marshal         BM25 statistics of one side at generation N (a cache)
    second-<encoder>-<part>.npy         a second encoder's vectors of stored clauses, by text (a cache)
    jobs/<id>/                          an HTTP job's uploaded list and result workbook
    tmp/                                scratch files owned by the project (workbooks being written)

Every module that needs one of these names asks this one; nothing else spells them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

DB_NAME = "store.sqlite"
DB_SIDE_FILES = ("store.sqlite-wal", "store.sqlite-shm", "store.sqlite-journal")
JOBS_DIR = "jobs"
JOB_RESULT = "result.xlsx"
JOB_INPUT_STEM = "input"
TEMP_DIR = "tmp"
CHECK_SUFFIX = ".check"

_INDEX = re.compile(r"^vectors-(?P<side>[a-z]+)-g(?P<generation>\d+)\.(?P<backend>[a-z]+)(?P<check>\.check)?$")
_MARGINS = re.compile(r"^margins-k\d+-d\d+-i\d+\.npz$")
_LEXICAL = re.compile(r"^lexical-(?P<side>[a-z]+)-g\d+\.marshal$")
_SECOND = re.compile(r"^second-(?P<encoder>[A-Za-z0-9._]+)-(?P<part>[0-9a-f]+)\.npy$")


@dataclass(frozen=True)
class StoreLayout:
    """The paths of one store directory."""

    root: Path

    @classmethod
    def of(cls, root: str | Path) -> "StoreLayout":
        return cls(Path(root).expanduser())

    @property
    def database(self) -> Path:
        return self.root / DB_NAME

    def index_file(self, side: str, generation: int, backend: str) -> Path:
        return self.root / f"vectors-{side}-g{generation}.{backend}"

    def index_check_file(self, index_file: Path) -> Path:
        return index_file.with_name(index_file.name + CHECK_SUFFIX)

    def index_files(self, side: str) -> list[tuple[int, Path]]:
        """(generation, path) of every index file and check file of `side` present in the folder."""
        found = []
        if self.root.is_dir():
            for path in self.root.iterdir():
                m = _INDEX.match(path.name)
                if m and m.group("side") == side:
                    found.append((int(m.group("generation")), path))
        return found

    def margins_file(self, k: int, generations: tuple[int, int]) -> Path:
        return self.root / f"margins-k{k}-d{generations[0]}-i{generations[1]}.npz"

    def margins_files(self) -> list[Path]:
        return [p for p in self.root.iterdir() if _MARGINS.match(p.name)] if self.root.is_dir() else []

    def lexical_file(self, side: str, generation: int) -> Path:
        return self.root / f"lexical-{side}-g{generation}.marshal"

    def titles_file(self, side: str) -> Path:
        """The vectors of the stored standards' titles of `side` (compare.matching.titles), with what they are of."""
        return self.root / f"titles-{side}.npz"

    def lexical_files(self, side: str) -> list[Path]:
        if not self.root.is_dir():
            return []
        return [p for p in self.root.iterdir() if (m := _LEXICAL.match(p.name)) and m.group("side") == side]

    def second_file(self, encoder: str, part: str) -> Path:
        return self.root / f"second-{_safe(encoder)}-{part}.npy"

    def second_files(self, encoder: str) -> list[Path]:
        if not self.root.is_dir():
            return []
        return sorted(p for p in self.root.iterdir()
                      if (m := _SECOND.match(p.name)) and m.group("encoder") == _safe(encoder))

    @property
    def jobs(self) -> Path:
        return self.root / JOBS_DIR

    def job_folder(self, job_id: str) -> Path:
        return self.jobs / job_id

    def job_input(self, job_id: str, suffix: str) -> Path:
        return self.job_folder(job_id) / f"{JOB_INPUT_STEM}{suffix}"

    def job_result(self, job_id: str) -> Path:
        return self.job_folder(job_id) / JOB_RESULT

    @property
    def temp(self) -> Path:
        """The project's own scratch folder (created on demand)."""
        return self.root / TEMP_DIR

    def cache_files(self) -> list[Path]:
        """Every derived file (indexes, checks, margins, lexical statistics, second-encoder vectors): safe to
        delete, rebuilt from SQLite."""
        if not self.root.is_dir():
            return []
        return [p for p in self.root.iterdir()
                if _INDEX.match(p.name) or _MARGINS.match(p.name) or _LEXICAL.match(p.name)
                or _SECOND.match(p.name)]


def _safe(name: str) -> str:
    """An encoder's name as it may appear in a file name (a directory path becomes its last part)."""
    return re.sub(r"[^A-Za-z0-9.]+", "_", Path(name).name or "encoder")


def remove_others(files, keep: Path) -> None:
    """Delete the derived files among `files` other than `keep` (older generations of a cache); a file that
    cannot be removed is left for the next time: these files are rebuilt from SQLite, never read as truth."""
    for file in files:
        if file.name != keep.name:
            try:
                file.unlink()
            except OSError:
                pass
