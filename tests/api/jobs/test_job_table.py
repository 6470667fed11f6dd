"""The jobs table without a server: owners, heartbeats, and which jobs a starting server may fail."""

from __future__ import annotations

import time

import pytest

from api.jobs.table import INTERRUPTED, STALE_AFTER_S, JobTable, owner_of
from compare.core.errors import NotFoundError
from compare.store.store import Store


@pytest.fixture()
def store_dir(tmp_path):
    Store.open(tmp_path / "store", create=True).close()
    return tmp_path / "store"


def test_a_second_server_leaves_the_first_servers_live_jobs_alone(store_dir):
    first = JobTable(store_dir)
    running = first.create("清单.xlsx", owner=owner_of("k"))
    first.start(running.id, 100)
    first.progress(running.id, 10)
    queued = first.create("second.xlsx", owner=owner_of("k"))
    # A second server starts on the same store while the first is working: nothing of the first's is failed.
    second = JobTable(store_dir)
    assert second.worker != first.worker
    assert second.fail_interrupted() == 0
    assert second.get(running.id).state == "running" and second.get(queued.id).state == "queued"
    # The first keeps beating; later the second's sweep still leaves its jobs alone.
    later = time.time() + STALE_AFTER_S - 1
    first._update(running.id, "heartbeat=?", later - 1)
    first._update(queued.id, "heartbeat=?", later - 1)
    assert second.fail_interrupted(now=later) == 0
    # The first server dies (no more beats): once its heartbeat is stale, its jobs are marked interrupted.
    assert second.fail_interrupted(now=later + STALE_AFTER_S + 1) == 2
    assert second.get(running.id).state == "failed" and second.get(running.id).error == INTERRUPTED
    first.close()
    second.close()


def test_beat_keeps_only_this_servers_jobs_fresh(store_dir):
    a, b = JobTable(store_dir), JobTable(store_dir)
    mine, theirs = a.create("a.csv"), b.create("b.csv")
    old = time.time() - 3600
    a._update(mine.id, "heartbeat=?", old)
    a._update(theirs.id, "heartbeat=?", old)
    assert a.beat() == 1
    assert a.get(mine.id).heartbeat > old and a.get(theirs.id).heartbeat == old
    # a stopping server fails its own unfinished jobs only
    assert b.fail_own() == 1 and a.get(mine.id).state == "queued"
    a.close()
    b.close()


def test_a_job_belongs_to_the_key_that_uploaded_it(store_dir):
    jobs = JobTable(store_dir)
    mine = jobs.create("mine.xlsx", owner=owner_of("key-a"))
    jobs.create("theirs.xlsx", owner=owner_of("key-b"))
    assert [j.filename for j in jobs.recent(owner_of("key-a"))] == ["mine.xlsx"]
    assert jobs.get(mine.id, owner_of("key-a")).filename == "mine.xlsx"
    with pytest.raises(NotFoundError):
        jobs.get(mine.id, owner_of("key-b"))
    assert "key-a" not in repr(jobs.get(mine.id))  # the table holds a hash, never the key
    jobs.close()


def test_a_finished_job_carries_no_old_error(store_dir):
    jobs = JobTable(store_dir)
    job = jobs.create("x.csv")
    jobs.fail(job.id, "interrupted", "text_column")
    jobs.finish(job.id, 3, "result.xlsx")
    done = jobs.get(job.id)
    assert (done.state, done.error, done.error_option) == ("done", "", "")
    jobs.close()


def test_a_table_made_before_owners_gets_the_new_columns(store_dir):
    import sqlite3

    conn = sqlite3.connect(store_dir / "store.sqlite")
    conn.execute("CREATE TABLE jobs (id TEXT PRIMARY KEY, state TEXT NOT NULL, filename TEXT NOT NULL, "
                 "rows_done INTEGER NOT NULL DEFAULT 0, rows_total INTEGER, created REAL NOT NULL, started REAL, "
                 "finished REAL, error TEXT NOT NULL DEFAULT '', output TEXT NOT NULL DEFAULT '')")
    conn.execute("INSERT INTO jobs (id, state, filename, created) VALUES (?, 'done', 'old.xlsx', 1.0)", ("a" * 32,))
    conn.commit()
    conn.close()
    jobs = JobTable(store_dir)
    old = jobs.get("a" * 32, owner_of("any-key"))  # made before owners: any key holder sees it
    assert old.filename == "old.xlsx" and old.owner == ""
    jobs.close()


def test_a_failure_message_never_shows_the_store_path(store_dir):
    jobs = JobTable(store_dir)
    job = jobs.create("x.csv")
    jobs.fail(job.id, f"database or disk is full in the store {store_dir.resolve()}; free some space")
    assert str(store_dir) not in jobs.get(job.id).error and "the server's store" in jobs.get(job.id).error
    jobs.close()
