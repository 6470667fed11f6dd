"""Excel jobs: their state lives in the store's SQLite, their files in the store directory.

A job is queued, runs, and ends done or failed. State is in SQLite so that a server restart keeps finished
results. Each job has an owner (a hash of the API key that uploaded it: only that key sees it) and is held by
the server that runs it (its worker id), which beats a heartbeat on its jobs; a queued or running job whose
heartbeat has gone stale was cut off by a stop and is marked failed with a reason. Several servers on one store
(workers, a rolling restart) leave each other's live jobs alone. Files sit in `<store>/jobs/<id>/` (the uploaded
list and the result workbook); `purge` removes jobs that ended longer ago than the retention period, files and all.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import shutil
import threading
import time
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from compare.core.errors import NotFoundError
from api.jobs.sidedb import connect_side_table
from compare.store.layout import StoreLayout

STATES = ("queued", "running", "done", "failed")
INTERRUPTED = "interrupted: the server stopped before this job finished; upload the list again"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id         TEXT PRIMARY KEY,
    state      TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
    filename   TEXT NOT NULL,
    rows_done  INTEGER NOT NULL DEFAULT 0,
    rows_total INTEGER,
    created    REAL NOT NULL,
    started    REAL,
    finished   REAL,
    error      TEXT NOT NULL DEFAULT '',
    output     TEXT NOT NULL DEFAULT ''
);
"""
# Columns added after the first release; a store made before them gets them on open.
_ADDED = {"owner": "TEXT NOT NULL DEFAULT ''", "worker": "TEXT NOT NULL DEFAULT ''", "heartbeat": "REAL",
          "options": "TEXT NOT NULL DEFAULT '{}'", "error_option": "TEXT NOT NULL DEFAULT ''",
          "rows_encoded": "INTEGER NOT NULL DEFAULT 0"}
HEARTBEAT_S = 5.0     # how often a server beats on the jobs it holds
STALE_AFTER_S = 30.0  # a job unbeaten this long has lost its server
_ID = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class Job:
    """One job as stored. `rows_total` is an estimate from the file until the job ends."""

    id: str
    state: str
    filename: str
    rows_done: int
    rows_total: int | None
    created: float
    started: float | None
    finished: float | None
    error: str
    output: str
    owner: str = ""
    worker: str = ""
    heartbeat: float | None = None
    options: str = "{}"
    error_option: str = ""
    rows_encoded: int = 0  # rows the encoder got through: the progress before the first row is matched

    @property
    def rows_per_s(self) -> float | None:
        """Rows matched per second so far (or over the whole run, once finished)."""
        if self.started is None or self.rows_done == 0:
            return None
        end = self.finished or time.time()
        return round(self.rows_done / max(end - self.started, 1e-6), 1)

    def to_dict(self) -> dict:
        return {"id": self.id, "state": self.state, "filename": self.filename, "rows_done": self.rows_done,
                "rows_total": self.rows_total, "rows_per_s": self.rows_per_s, "created": self.created,
                "started": self.started, "finished": self.finished, "error": self.error,
                "error_option": self.error_option or None, "options": json.loads(self.options or "{}"),
                "rows_encoded": self.rows_encoded,
                "download": self.state == "done"}


class JobTable:
    """The jobs table of a store, with its own SQLite connection (WAL lets it run beside the store's)."""

    def __init__(self, store_dir: str | Path, worker: str | None = None) -> None:
        self.root = Path(store_dir)
        self.worker = worker or secrets.token_hex(8)  # this server: the jobs it runs carry this id
        self.layout = StoreLayout.of(store_dir)
        self._lock = threading.Lock()
        self._conn = connect_side_table(store_dir, _SCHEMA)
        have = {r[1] for r in self._conn.execute("PRAGMA table_info(jobs)")}
        for column, kind in _ADDED.items():
            if column not in have:
                try:
                    self._conn.execute(f"ALTER TABLE jobs ADD COLUMN {column} {kind}")
                except sqlite3.OperationalError:  # another server added it first
                    pass

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def folder(self, job_id: str) -> Path:
        """The folder holding a job's files (created when the job is)."""
        return self.layout.job_folder(job_id)

    def create(self, filename: str, owner: str = "", options: dict | None = None) -> Job:
        """A queued job held by this server; `owner` is `owner_of(key)` of the key that uploaded it."""
        job_id = secrets.token_hex(16)
        self.folder(job_id).mkdir(parents=True)
        now = time.time()
        with self._lock:
            self._conn.execute("INSERT INTO jobs (id, state, filename, created, owner, worker, heartbeat, options) "
                               "VALUES (?, 'queued', ?, ?, ?, ?, ?, ?)",
                               (job_id, filename, now, owner, self.worker, now, json.dumps(options or {})))
        return self.get(job_id)

    def discard(self, job_id: str) -> None:
        """Remove a job that never started (its upload was refused) and its files."""
        with self._lock:
            self._conn.execute("DELETE FROM jobs WHERE id=? AND state='queued'", (job_id,))
        shutil.rmtree(self.folder(job_id), ignore_errors=True)

    def get(self, job_id: str, owner: str | None = None) -> Job:
        """The job; with `owner`, only if that owner uploaded it (another's job is "not found", as if it did not
        exist: its id tells nothing)."""
        if not _ID.match(job_id or ""):
            raise NotFoundError(f"no job '{job_id}': job ids are 32 hexadecimal characters, as returned by the upload")
        with self._lock:
            row = self._conn.execute(f"SELECT {_COLUMNS} FROM jobs WHERE id=?", (job_id,)).fetchone()
        if row is None or (owner is not None and not _owns(owner, row[10])):
            raise NotFoundError(f"no job '{job_id}' uploaded with this API key; upload the list again to get a new "
                                "job id")
        return Job(*row)

    def recent(self, owner: str | None = None, limit: int = 20) -> list[Job]:
        """The latest jobs, newest first; with `owner`, only that owner's."""
        where, args = ("WHERE owner IN (?, '')", (owner,)) if owner is not None else ("", ())
        with self._lock:
            rows = self._conn.execute(f"SELECT {_COLUMNS} FROM jobs {where} ORDER BY created DESC LIMIT ?",
                                      (*args, limit)).fetchall()
        return [Job(*r) for r in rows]

    def counts(self) -> dict[str, int]:
        with self._lock:
            found = dict(self._conn.execute("SELECT state, COUNT(*) FROM jobs GROUP BY state").fetchall())
        return {s: found.get(s, 0) for s in STATES}

    def start(self, job_id: str, rows_total: int | None) -> None:
        now = time.time()
        self._update(job_id, "state='running', started=?, rows_total=?, heartbeat=?, worker=?", now, rows_total,
                     now, self.worker)

    def progress(self, job_id: str, rows_done: int, rows_encoded: int | None = None) -> None:
        if rows_encoded is not None:
            self._update(job_id, "rows_encoded=?, heartbeat=?", rows_encoded, time.time())
            if not rows_done:
                return
        self._update(job_id, "rows_done=?, rows_total=MAX(COALESCE(rows_total, 0), ?), heartbeat=?", rows_done,
                     rows_done, time.time())

    def finish(self, job_id: str, rows_done: int, output: str) -> None:
        self._update(job_id, "state='done', rows_done=?, rows_total=?, finished=?, output=?, error='', "
                     "error_option=''", rows_done, rows_done, time.time(), output)

    def fail(self, job_id: str, reason: str, option: str = "") -> None:
        """End a job failed; `option` is the setting that fixes it (text_column, sheet ...), for the page."""
        for path in sorted({str(self.root), str(self.root.resolve())}, key=len, reverse=True):
            reason = reason.replace(path, "the server's store")  # users never see where the server keeps files
        self._update(job_id, "state='failed', finished=?, error=?, error_option=?", time.time(), reason,
                     option or "")

    def options(self, job_id: str) -> dict:
        return json.loads(self.get(job_id).options or "{}")

    def beat(self) -> int:
        """Heartbeat: this server still holds its queued and running jobs; returns how many."""
        with self._lock:
            return self._conn.execute("UPDATE jobs SET heartbeat=? WHERE worker=? AND state IN ('queued', 'running')",
                                      (time.time(), self.worker)).rowcount

    def fail_interrupted(self, *, stale_after_s: float = STALE_AFTER_S, now: float | None = None) -> int:
        """Mark as failed the queued and running jobs whose server is gone (no heartbeat for `stale_after_s`);
        returns how many. Jobs another live server holds are left alone."""
        now = time.time() if now is None else now
        with self._lock:
            return self._conn.execute(
                "UPDATE jobs SET state='failed', finished=?, error=? WHERE state IN ('queued', 'running') "
                "AND COALESCE(heartbeat, started, created) < ?", (now, INTERRUPTED, now - stale_after_s)).rowcount

    def fail_own(self) -> int:
        """Mark this server's unfinished jobs as interrupted (it is stopping); returns how many."""
        with self._lock:
            return self._conn.execute("UPDATE jobs SET state='failed', finished=?, error=? WHERE worker=? AND "
                                      "state IN ('queued', 'running')", (time.time(), INTERRUPTED, self.worker)).rowcount

    def purge(self, older_than_s: float, now: float | None = None) -> int:
        """Remove jobs that ended (done or failed) more than `older_than_s` seconds ago, with their folders,
        and job folders the table does not know that are as old; returns how many jobs were removed. Queued
        and running jobs are never touched."""
        cutoff = (time.time() if now is None else now) - older_than_s
        with self._lock:
            ended = [r[0] for r in self._conn.execute(
                "SELECT id FROM jobs WHERE state IN ('done', 'failed') AND COALESCE(finished, created) < ?",
                (cutoff,)).fetchall()]
            self._conn.executemany("DELETE FROM jobs WHERE id=?", [(job_id,) for job_id in ended])
            known = {r[0] for r in self._conn.execute("SELECT id FROM jobs").fetchall()}
        for job_id in ended:
            shutil.rmtree(self.folder(job_id), ignore_errors=True)
        jobs_dir = self.layout.jobs
        if jobs_dir.is_dir():
            for folder in jobs_dir.iterdir():
                # a folder left by a job whose row never got written (a crash between the two)
                if _ID.match(folder.name) and folder.name not in known and folder.stat().st_mtime < cutoff:
                    shutil.rmtree(folder, ignore_errors=True)
        return len(ended)

    def _update(self, job_id: str, assignments: str, *values) -> None:
        with self._lock:
            self._conn.execute(f"UPDATE jobs SET {assignments} WHERE id=?", (*values, job_id))


_COLUMNS = ("id, state, filename, rows_done, rows_total, created, started, finished, error, output, owner, worker, "
            "heartbeat, options, error_option, rows_encoded")


def owner_of(key: str) -> str:
    """The owner recorded for an API key: a hash, so the table never holds a key."""
    return hashlib.sha256(key.encode()).hexdigest()


def _owns(owner: str, recorded: str) -> bool:
    # jobs made before owners were recorded belong to any key holder
    return recorded in ("", owner)
