"""What every help screen shares: `stdcompare --version`, defaults shown, and help text printed as written.

An option left empty takes its value from the settings (STDCOMPARE_TOP_K, STDCOMPARE_STORE ...); its help says
so, with the default, added here from the settings themselves so the two cannot disagree. Help strings say
defaults and environment variables in brackets ("[default 5]"); rich markup would take those brackets for style
tags and drop them, so markup is off and the text is shown as it is written.
"""

from __future__ import annotations

import inspect
import re
from importlib import metadata
from pathlib import Path

import typer
from typer.models import OptionInfo

from api.settings import Settings


def version() -> str:
    try:
        return metadata.version("stdcompare")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"stdcompare {version()}")
        raise typer.Exit()


def _shown(value) -> str:
    text = str(value)
    home = str(Path.home())
    return "~" + text[len(home):] if home != "/" and text.startswith(home) else text


def show_setting_defaults(app: typer.Typer) -> None:
    """Add "[env STDCOMPARE_X; default V]" to the help of every option that falls back to a setting and does not
    say its default yet."""
    for command in app.registered_commands:
        for name, param in inspect.signature(command.callback).parameters.items():
            option = param.default
            field = Settings.model_fields.get(name)
            if not isinstance(option, OptionInfo) or option.default is not None or field is None:
                continue
            value = field.get_default(call_default_factory=True)
            help_text = option.help or ""
            if value is None or any("default" in b for b in re.findall(r"\[[^\]]*\]", help_text)):
                continue
            env = f"STDCOMPARE_{name.upper()}"
            addition = f"default {_shown(value)}"
            if f"[env {env}]" in help_text:
                option.help = help_text.replace(f"[env {env}]", f"[env {env}; {addition}]")
            else:
                option.help = re.sub(r"\s*$", "", help_text) + f" [{addition}; env {env}]"


def finish_app(app: typer.Typer) -> typer.Typer:
    """Give the app its `--version` option, defaults in every help text and plain help text; returns the app."""
    app.rich_markup_mode = None
    show_setting_defaults(app)

    @app.callback()
    def root(show_version: bool = typer.Option(False, "--version", is_eager=True, callback=_print_version,
                                               help="print the version and exit")) -> None:
        """stdcompare: match Chinese standard clauses with their international counterparts (and back),
        compare their key technical indicators, offline."""

    return app
