"""`stdcompare ingest ... --ray auto` begins Ray's start and the encoder's load before the command line's imports
(api/cli/early.py): which command lines do, and that a start the command does not take is let go. The command
run end to end with it is in tests/compare/core/test_distributed.py (it needs Ray)."""

from __future__ import annotations

from api.cli import early


def test_the_command_line_is_told_from_other_programs_importing_the_package():
    python = "/usr/bin/python3"
    assert early.command_words(["-m", "ingest", "x.csv"], [python, "-m", "api.cli", "ingest", "x.csv"]) == \
        ["ingest", "x.csv"]
    assert early.command_words(["/venv/bin/stdcompare", "ingest", "x.csv"], []) == ["ingest", "x.csv"]
    # pytest, the HTTP server, another program run with -m: not the command line
    assert early.command_words(["-m", "ingest"], [python, "-m", "pytest", "ingest"]) is None
    assert early.command_words(["/venv/bin/pytest", "ingest", "--ray", "auto"], []) is None
    assert early.command_words(["/venv/bin/uvicorn", "api.http:app"], []) is None


def test_only_an_ingest_on_a_local_ray_is_begun_early():
    env: dict[str, str] = {}
    assert early.requested(["ingest", "x.csv", "--ray", "auto", "--ray-workers", "2"], env) == \
        ("auto", 2, "use-multilingual-v3")
    assert early.requested(["ingest", "--ray=local", "x.csv", "--model", "default"], env) == \
        ("local", None, "default")
    assert early.requested(["ingest", "x.csv"], {"STDCOMPARE_RAY_ADDRESS": "auto", "STDCOMPARE_RAY_WORKERS": "1",
                                                 "STDCOMPARE_MODEL": "e5"}) == ("auto", 1, "e5")
    assert early.requested(["ingest", "x.csv"], env) is None  # no Ray asked for
    assert early.requested(["match", "x.csv", "--ray", "auto"], env) is None  # another command
    assert early.requested(["ingest", "x.csv", "--ray", "auto", "--help"], env) is None
    # a cluster's address is checked, and an unreachable one reported, by the command itself
    assert early.requested(["ingest", "x.csv", "--ray", "10.0.0.5:6379"], env) is None
    # options the command will refuse are left to it
    assert early.requested(["ingest", "x.csv", "--ray", "auto", "--ray-workers", "two"], env) is None
    assert early.requested(["ingest", "x.csv", "--ray", "auto", "--ray-workers", "0"], env) is None


class _Starting:
    def __init__(self) -> None:
        self.left = 0

    def __exit__(self, *exc) -> None:
        self.left += 1


def test_a_start_for_other_options_is_let_go_and_a_matching_one_taken_once(monkeypatch):
    starting = _Starting()
    monkeypatch.setattr(early, "_begun", early.Begun("auto", 2, "use-multilingual-v3", None, starting))
    assert early.take("auto", 1, "use-multilingual-v3") is None  # the options, read properly, asked for 1 worker
    assert starting.left == 1 and early._begun is None
    begun = early.Begun("auto", 2, "use-multilingual-v3", None, starting)
    monkeypatch.setattr(early, "_begun", begun)
    assert early.take(" auto ", 2, "use-multilingual-v3") is begun and starting.left == 1
    assert early.take("auto", 2, "use-multilingual-v3") is None  # taken once
    monkeypatch.setattr(early, "_begun", early.Begun("auto", None, "use-multilingual-v3", None, starting))
    early._let_go_unclaimed()  # at exit, when the command stopped before taking it
    assert starting.left == 2
