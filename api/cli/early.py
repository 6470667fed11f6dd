"""`stdcompare ingest ... --ray ...`: Ray's start and the encoder's load begun before the command line's own imports.

The command line imports every command's modules before it reads its options (about 0.6-0.8 s of one core on
this project's two-core machine, most of it for commands an ingest does not run), and an ingest on Ray then
starts Ray (a local Ray's processes take about 2 CPU-s to come up, on the core the command leaves free) and loads
the encoder its workers get. Begun here, from the command line's words, Ray's processes come up beside those
imports rather than after them; `ingest` then takes what was begun (`take`) when its options, read properly by
then, ask for the same Ray, workers and encoder, and lets it go otherwise. Anything that goes wrong here is left to
the command, which starts Ray the usual way and reports the error as usual. Nothing happens for any other command,
or when this module is imported by something other than the command line (tests, the HTTP server).

This module imports nothing heavy at import time: it runs before the command line's imports.
"""

from __future__ import annotations

import atexit
import os
import sys
from typing import Any, Sequence

LOCAL_WORDS = ("auto", "local")


class Begun:
    """What was begun for the command: the encoder's load (a compare.core.distributed.Loading) and Ray's start
    (a Starting, its thread running), for the address, workers and model the command line named."""

    def __init__(self, address: str, workers: int | None, model: str, loading: Any, starting: Any) -> None:
        self.address, self.workers, self.model = address, workers, model
        self.loading, self.starting = loading, starting

    def matches(self, address: str | None, workers: int | None, model: str | None) -> bool:
        return (address or "").strip() == self.address and workers == self.workers and \
            (model or "") == self.model

    def let_go(self) -> None:
        """Ray released and its thread waited for (a local Ray shuts down)."""
        self.starting.__exit__(None, None, None)


_begun: Begun | None = None


def command_words(argv: Sequence[str] | None = None, orig_argv: Sequence[str] | None = None) -> list[str] | None:
    """The words after the program when this process is the command line (`stdcompare ...` or
    `python -m api.cli ...`), else None (the package imported by tests, the server, another program)."""
    argv = list(sys.argv if argv is None else argv)
    orig = list(getattr(sys, "orig_argv", []) if orig_argv is None else orig_argv)
    if not argv:
        return None
    if argv[0] == "-m":  # `python -m api.cli`: the package is imported while runpy looks for its __main__
        try:
            at = orig.index("-m")
        except ValueError:
            return None
        return argv[1:] if orig[at + 1:at + 2] == ["api.cli"] else None
    if os.path.basename(argv[0]).removesuffix(".exe") == "stdcompare":  # the installed script
        return argv[1:]
    return None


def _option(words: list[str], name: str) -> str | None:
    """The value of `--name VALUE` or `--name=VALUE` among `words` (the last one given), or None."""
    value = None
    for i, word in enumerate(words):
        if word == name and i + 1 < len(words):
            value = words[i + 1]
        elif word.startswith(name + "="):
            value = word[len(name) + 1:]
    return value


def requested(words: list[str], environ: dict | None = None) -> tuple[str, int | None, str] | None:
    """(Ray address, workers or None, model) when `words` run `ingest` on Ray, by its options or the settings'
    environment variables (STDCOMPARE_RAY_ADDRESS, STDCOMPARE_RAY_WORKERS, STDCOMPARE_MODEL), else None.
    Only what is plain to read: anything unclear is left to the command."""
    environ = os.environ if environ is None else environ
    if not words or words[0] != "ingest" or any(w in ("--help", "-h") for w in words):
        return None
    address = _option(words, "--ray") or environ.get("STDCOMPARE_RAY_ADDRESS") or ""
    address = address.strip()
    if address.lower() not in LOCAL_WORDS:  # a cluster: its address is checked, and reported, by the command
        return None
    workers_text = _option(words, "--ray-workers") or environ.get("STDCOMPARE_RAY_WORKERS")
    try:
        workers = int(workers_text) if workers_text else None
    except ValueError:
        return None
    if workers is not None and workers < 1:
        return None
    from_env = environ.get("STDCOMPARE_MODEL")
    model = _option(words, "--model") or from_env or "use-multilingual-v3"  # the settings' default
    return address, workers, model


def begin(words: list[str] | None = None) -> Begun | None:
    """Begin Ray's start and the encoder's load now, when this process is the command line running an ingest on
    Ray (`words`: the command line's words, found by `command_words` when not given); what was begun, or None."""
    global _begun
    if _begun is not None:
        return _begun
    words = command_words() if words is None else words
    asked = requested(words) if words is not None else None
    if asked is None:
        return None
    address, workers, model = asked
    try:
        from compare.core.distributed import EncoderPool, Loading, RayCluster, Starting, ray_installed

        if not ray_installed():  # the command says to install the extra
            return None
        cluster = RayCluster(address, workers)
        loading = Loading(model)
        starting = Starting(cluster, lambda on: EncoderPool(on, model, local=loading.result(), wait=False))
        starting.__enter__()
    except Exception:  # a bad address, say: the command meets it again and reports it
        return None
    _begun = Begun(address, workers, model, loading, starting)
    atexit.register(_let_go_unclaimed)
    return _begun


def take(address: str | None, workers: int | None, model: str | None) -> Begun | None:
    """What was begun, for the command to use, when it is for this address, workers and model; else None, and
    anything begun for other ones is let go."""
    global _begun
    begun, _begun = _begun, None
    if begun is None:
        return None
    if begun.matches(address, workers, model):
        return begun
    begun.let_go()
    return None


def _let_go_unclaimed() -> None:
    """At exit: a start the command never took (it stopped on a bad option, say) is let go."""
    take(None, None, None)
