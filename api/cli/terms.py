"""`stdcompare terms import|export`: grow the user's termbase from TBX or CSV files, and take the termbase away as
TBX for a CAT tool.

The user's termbase is a CSV (columns concept, parent, field, role, zh, en) kept in the store directory
(termbase.csv), where `match` and `search` against that store read it beside the built-in one; --termbase names
another file instead (for the library's `load_termbase(path)`, or to export a file kept elsewhere).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

import typer

from api.settings import get_settings
from compare.core.errors import NotFoundError
from compare.terms.grow import STORE_TERMBASE, export_tbx, import_terms, read_user_termbase

TermbaseOpt = typer.Option(None, "--termbase", help="a termbase CSV file to use instead of the store's "
                                                    "termbase.csv", show_default=False)
StoreOpt = typer.Option(None, "--store", help="store directory whose termbase.csv is used when no --termbase "
                                              "is given [env STDCOMPARE_STORE]", show_default=False)


def user_termbase_path(termbase: Optional[Path], store: Optional[Path]) -> Path:
    """The user's termbase CSV: the one named, else the store's."""
    return termbase or (store or get_settings().store) / STORE_TERMBASE


def import_command(
    file: Path = typer.Argument(..., help="terms to add: a TBX file (.tbx; TBX-Basic, TBX-Core, as CAT tools "
                                          "export them) or a CSV (columns concept, zh, en; or a Chinese and an "
                                          "English column, e.g. 中文, 英文)"),
    termbase: Optional[Path] = TermbaseOpt,
    store: Optional[Path] = StoreOpt,
) -> None:
    """Add the Chinese and English terms of FILE to your termbase; `match` and `search` against the store use them.

    An entry joins the concept that already has one of its terms (yours or a built-in one), else it is a new
    concept; importing the same file twice adds nothing.
    """
    target = user_termbase_path(termbase, store)
    target.parent.mkdir(parents=True, exist_ok=True)
    imported, report = import_terms(file, target)
    for note in imported.notes:
        typer.echo(f"note: {note}", err=True)
    for conflict in report.conflicts[:20]:
        typer.echo(f"warning: {conflict}", err=True)
    if len(report.conflicts) > 20:
        typer.echo(f"warning: {len(report.conflicts) - 20} more terms already name other concepts", err=True)
    typer.echo(f"{file.name}: {len(imported.entries)} entries read; {report.new_terms} terms added "
               f"({report.new_concepts} new concepts, {report.extended_concepts} concepts extended, "
               f"{report.unchanged_entries} entries already known)"
               + (f"; termbase {target}" if report.new_terms else f"; {target} unchanged"))


def export_command(
    output: Path = typer.Option(..., "--output", "-o", help="the TBX file to write (.tbx, TBX-Basic)"),
    termbase: Optional[Path] = TermbaseOpt,
    store: Optional[Path] = StoreOpt,
    only_mine: bool = typer.Option(False, "--only-mine", help="only the terms you imported, not the built-in "
                                                              "termbase"),
) -> None:
    """Write the termbase (your terms and the built-in ones) as TBX-Basic, for a CAT tool or a term base."""
    source = user_termbase_path(termbase, store)
    if only_mine and not read_user_termbase(source):
        # An empty TBX told nothing: say where the terms were looked for and how they get there.
        where = f"{source} does not exist" if not source.exists() else f"{source} holds no concept"
        raise NotFoundError(f"no terms of your own to export: {where} (terms come from `stdcompare terms import "
                            "FILE` with the same --store or --termbase; without --only-mine the built-in termbase "
                            "is written); "
                            "nothing written", option="termbase" if termbase else "store")
    count = export_tbx(output, source if source.exists() else None, include_builtin=not only_mine)
    mine = f"your termbase {source}" if source.exists() else "no termbase of your own yet"
    typer.echo(f"{count} concepts written to {output} (TBX-Basic; {mine}"
               + ("" if only_mine else ", with the built-in termbase") + ")")


def terms_app(guard: Callable) -> typer.Typer:
    """The `terms` command group, each command wrapped in the CLI's error handling `guard`."""
    group = typer.Typer(no_args_is_help=True, help="Grow your termbase from TBX or CSV files; export it as TBX.")
    group.command("import")(guard(import_command))
    group.command("export")(guard(export_command))
    return group
