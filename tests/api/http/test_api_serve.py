"""`stdcompare serve` as a real process on a loopback port."""

from __future__ import annotations

import pytest
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

EXE = str(Path(sys.executable).with_name("stdcompare"))


# How long a server process may take to start: its imports and the encoder's load took over 60 s of wall time on
# the shared two-core machine under a load average of 30 (the test then failed, or hung: see output_of_stopped)
STARTUP = 300


def output_of_stopped(proc: subprocess.Popen) -> str:
    """What a server that did not come up printed. Read once it is stopped: reading a running server's output
    waits for its end, so a slow start hung the test instead of failing it."""
    if proc.poll() is None:
        proc.kill()
    return proc.communicate(timeout=30)[0].decode(errors="replace")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_serve_answers_on_a_socket(tmp_path):
    port = free_port()
    env = {**os.environ, "STDCOMPARE_API_KEYS": "k"}
    proc = subprocess.Popen([EXE, "serve", "--host", "127.0.0.1", "--port", str(port), "--store",
                             str(tmp_path / "store")], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + STARTUP
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=2)
                break
            except httpx.HTTPError:
                assert proc.poll() is None and time.monotonic() < deadline, output_of_stopped(proc)
                time.sleep(0.2)
        assert health.json()["clauses"] == {"domestic": 0, "international": 0}
        assert str(tmp_path) not in health.text  # no server path in a response
        page = httpx.get(f"http://127.0.0.1:{port}/", follow_redirects=True)
        assert "标准比对" in page.text
        assert httpx.get(f"http://127.0.0.1:{port}/reconcile").json()["versions"] == ["0.1", "0.2"]
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_serve_refuses_a_folder_that_is_not_a_store(tmp_path):
    (tmp_path / "notes.txt").write_text("not a store")
    result = subprocess.run([EXE, "serve", "--store", str(tmp_path)], capture_output=True, text=True,
                            timeout=STARTUP)
    assert result.returncode == 2
    assert "is not a stdcompare store" in result.stderr


@pytest.mark.slow
def test_serve_with_two_workers_answers_from_either_after_an_ingest(tmp_path):
    """Two processes on one port and one store: a clause ingested through one is found by searches that
    either may answer, and every search answers the same."""
    port = free_port()
    env = {**os.environ, "STDCOMPARE_API_KEYS": "k"}
    proc = subprocess.Popen([EXE, "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "2",
                             "--store", str(tmp_path / "store")], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP
        while True:
            try:
                if httpx.get(f"{base}/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, output_of_stopped(proc)
            time.sleep(0.2)
        clauses = [{"standard": "CXS 193-1995", "clause": "Lead 1", "text": "Lead in cereal grains: maximum level "
                    "0.2 mg/kg."},
                   {"standard": "IEC 60335-1", "clause": "16.2", "text": "The leakage current of class I "
                    "appliances shall not exceed 0.75 mA."}]
        ingested = httpx.post(f"{base}/v1/clauses", json={"clauses": clauses, "side": "international"},
                              headers={"Authorization": "Bearer k"}, timeout=60)
        assert ingested.status_code == 200, ingested.text
        answers = []
        for _ in range(12):  # new connections: the kernel hands them to either process
            response = httpx.post(f"{base}/v1/match", json={"text": "谷物中铅的限量为0.2 mg/kg", "top_k": 2},
                                  timeout=60)
            assert response.status_code == 200, response.text
            answers.append(response.json())
        assert answers[0]["matches"][0]["clause"] == "Lead 1"
        assert all(a == answers[0] for a in answers)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
