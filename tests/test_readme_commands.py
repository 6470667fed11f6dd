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


# `stdcompare CMD ...` (or `stdcompare terms import ...`) in the README and docs/, up to the end of the command
COMMAND = re.compile(r"stdcompare ((?:terms )?[a-z][a-z-]*)([^`|\n;#]*)")
FLAG = re.compile(r"(?<![\w-])--[a-z][\w-]*")


def flags_of(command) -> set[str]:
    return {flag for param in command.params for flag in (*param.opts, *getattr(param, "secondary_opts", ()))} | {
        "--help"}


def unknown_flags(text: str, group) -> list[str]:
    """`stdcompare CMD --flag` written in `text` whose command takes no such flag."""
    unknown = []
    for line in text.split("\n"):
        for found in COMMAND.finditer(line):
            words = found.group(1).split()
            command = group.commands.get(words[0])
            if command is None:
                continue  # prose ("stdcompare finds the header ...")
            if len(words) > 1 and hasattr(command, "commands"):
                command = command.commands.get(words[1], command)
            unknown += [f"stdcompare {found.group(1)} {flag}" for flag in FLAG.findall(found.group(2))
                        if flag not in flags_of(command)]
    return unknown


def test_every_flag_the_pages_give_a_command_exists():
    group = typer.main.get_command(app)
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    unknown = {page.name: found for page in pages
               if (found := unknown_flags(page.read_text(encoding="utf-8"), group))}
    assert not unknown, f"flags the pages give that the commands do not take: {unknown}"


def test_the_flag_check_sees_a_wrong_flag():
    group = typer.main.get_command(app)
    text = ("stdcompare match a.xlsx --store s --output o.xlsx --top-k 3\n"
            "stdcompare terms export --output t.tbx --only-mine; stdcompare search 'x' --topk 3\n"
            "stdcompare finds the header --by itself\n")
    assert unknown_flags(text, group) == ["stdcompare search --topk"]
