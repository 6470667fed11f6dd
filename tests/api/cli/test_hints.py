"""Errors from compare name no flag; the command line adds the flag that fixes them."""

from __future__ import annotations

import pytest
import typer.main
from typer.testing import CliRunner

from api.cli import app
from api.cli.hints import FLAGS, with_flag_hint
from compare import open_table
from compare.core.errors import ColumnError
from tests.conftest import write_csv

runner = CliRunner()


def test_the_library_names_the_option_and_the_cli_adds_the_flag(tmp_path):
    listing = write_csv(tmp_path / "list.csv", [["编号", "备注"], ["1", "无"]])
    with pytest.raises(ColumnError) as err:
        open_table(listing)
    assert err.value.option == "text_column" and "--" not in str(err.value)
    result = runner.invoke(app, ["match", str(listing), "--store", str(tmp_path / "store"),
                                 "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 2
    assert result.stderr == f"error: {err.value} (use --text-column)\n"


def test_an_error_with_no_option_is_shown_as_it_is():
    assert with_flag_hint("the text to search is empty", None) == "the text to search is empty"


def test_every_hinted_flag_exists():
    flags = {name for command in typer.main.get_command(app).commands.values()
             for param in command.params for name in param.opts}
    assert {hint.split()[0] for hint in FLAGS.values()} <= flags
