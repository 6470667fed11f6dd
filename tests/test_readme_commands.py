"""Every command of the CLI has its row in the README's table of commands ("Using it"): a command added to the code
and to no table is one a new user does not know to try."""

from __future__ import annotations

import re
from pathlib import Path

import typer

from api.cli.app import app

ROOT = Path(__file__).resolve().parents[1]


def table_commands(readme: str) -> set[str]:
    """The command names opening the first cell of the rows of the table under "## Using it"."""
    start = readme.index("## Using it")
    section = readme[start:readme.index("\n## ", start + 1)]
    return set(re.findall(r"^\| `([a-z][a-z-]*)\b", section, re.M))


def test_every_command_is_in_the_readme_table():
    commands = set(typer.main.get_command(app).commands)
    assert {"ingest", "match", "serve"} <= commands
    missing = sorted(commands - table_commands((ROOT / "README.md").read_text(encoding="utf-8")))
    assert not missing, f"commands with no row in the README's table (\"Using it\"): {missing}"


def test_the_table_is_read_as_written():
    readme = ("# x\n## Using it\n| command | what |\n|---|---|\n| `match FILE` | m |\n| `export-tmx` | t |\n"
              "## Next\n| `serve` | s |\n")
    assert table_commands(readme) == {"match", "export-tmx"}
