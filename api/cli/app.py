"""The typer app every command group registers on, the options they share, and the error handling that turns
what a user can fix into one line on stderr (with the flag that fixes it) and exit code 2."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Optional

import typer

from api.cli.hints import with_flag_hint
from api.settings import Settings, get_settings
from compare.core.errors import StdcompareError
from embeddings import EncoderError, IndexError_, load_encoder

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_show_locals=False,
    no_args_is_help=True,
    help="stdcompare: match Chinese standard clauses with their international counterparts (and back), "
         "offline.",
)

EXIT_USER_ERROR = 2
EXIT_INTERRUPTED = 130

StoreOpt = typer.Option(None, "--store", help="store directory [env STDCOMPARE_STORE; default "
                                              "~/.local/share/stdcompare/store]", show_default=False)
ModelOpt = typer.Option(None, "--model", help="encoder: 'default' (USE multilingual v3), 'e5' "
                                              "(multilingual-e5-small, the e5 extra) or a local "
                                              "sentence-transformers model directory [env STDCOMPARE_MODEL]",
                        show_default=False)
SecondModelOpt = typer.Option(None, "--second-model", help="a second encoder that re-scores each row's 30 best "
                                                           "candidates: 'e5' (multilingual-e5-small, the e5 "
                                                           "extra) or a local sentence-transformers directory; "
                                                           "'' for none [env STDCOMPARE_SECOND_MODEL; default "
                                                           "none]", show_default=False)
SheetOpt = typer.Option(None, "--sheet", help="sheet name (xlsx); default: the first sheet with a text column")
TextColOpt = typer.Option(None, "--text-column", help="header of the clause text column")
StdColOpt = typer.Option(None, "--standard-column", help="header of the standard number column")
ClauseColOpt = typer.Option(None, "--clause-column", help="header of the clause number column")
RayOpt = typer.Option(None, "--ray", help="run the batch work on Ray: 'auto' for a local Ray on all cores, or a "
                                          "cluster's address (host:6379) [env STDCOMPARE_RAY_ADDRESS; needs the "
                                          "ray extra]", show_default=False)
RayWorkersOpt = typer.Option(None, "--ray-workers", min=1, help="Ray workers [env STDCOMPARE_RAY_WORKERS; "
                                                                "default: one per CPU]", show_default=False)
RankingOpt = typer.Option("margin", "--ranking", help="margin (default: cosine corrected for crowded "
                                                     "neighbourhoods) or cosine (raw similarity)")


def friendly_errors(fn):
    """Turn the errors a user can fix into one line on stderr, with the flag that fixes it, and exit code 2."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except StdcompareError as exc:
            typer.echo(f"error: {with_flag_hint(str(exc), exc.option)}", err=True)
            raise typer.Exit(EXIT_USER_ERROR) from None
        except (EncoderError, IndexError_) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(EXIT_USER_ERROR) from None
        except KeyboardInterrupt:
            typer.echo("interrupted: nothing was written; the store is as it was", err=True)
            raise typer.Exit(EXIT_INTERRUPTED) from None

    return wrapper


def command(name: str | None = None):
    """Register a command on the app, with the shared error handling."""

    def register(fn):
        app.command(name)(friendly_errors(fn))
        return fn

    return register


def progress(total: int | None, unit: str, desc: str):
    """A progress bar on stderr, shown on a terminal only (logs and pipes stay clean)."""
    from tqdm import tqdm

    return tqdm(total=total, unit=f" {unit}", desc=desc, file=sys.stderr, disable=None, dynamic_ncols=True,
                smoothing=0.1)


def settings() -> Settings:
    return get_settings()


def load_model(model: Optional[str]):
    """The encoder named by --model, or by the settings."""
    current = settings()
    return load_encoder(model or current.model, threads=current.threads)


def ray_cluster(address: Optional[str], workers: Optional[int]):
    """A Ray connection for the command (a context manager) when --ray or the settings ask for one, else None."""
    current = settings()
    address = address or current.ray_address
    if not address:
        return None
    from compare.core.distributed import RayCluster

    return RayCluster(address, workers or current.ray_workers)


def ocr_on(cluster):
    """How the pages of a scanned document are spread for OCR: over the Ray workers, or None (in turn, here)."""
    if cluster is None:
        return None
    return functools.partial(cluster.map, doing="recognising the pages of a document (OCR)")


def store_path(store: Optional[Path]) -> Path:
    """The store named by --store, or by the settings."""
    return store or settings().store


def columns(text: Optional[str], standard: Optional[str], clause: Optional[str]) -> dict[str, str]:
    """The column roles named on the command line."""
    return {k: v for k, v in {"text": text, "standard": standard, "clause": clause}.items() if v}
