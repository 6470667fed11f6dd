"""Help texts: `--version`, every option's default shown, `serve --help` explains keys and the read setting."""

from __future__ import annotations

import re

import typer
from typer.core import TyperOption
from typer.testing import CliRunner

from api.cli import app

runner = CliRunner()


def help_of(*command: str) -> str:
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_version():
    from importlib.metadata import version

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"stdcompare {version('stdcompare')}"


def test_every_option_with_a_value_shows_its_default():
    """Options whose default is a value show it; options whose default comes from the settings (top-k,
    threshold, max-rows, store, model ...) say it in brackets, and the brackets reach the screen (rich markup
    used to swallow "[default 5]")."""
    from api.settings import Settings

    root = typer.main.get_command(app)
    missing = []
    for name, command in root.commands.items():
        shown = help_of(name)
        for param in command.params:
            if not isinstance(param, TyperOption) or param.required or param.is_flag or param.name == "help":
                continue
            brackets = re.findall(r"\[[^\]]+\]", param.help or "")
            field = Settings.model_fields.get(param.name)
            from_settings = param.default is None and field is not None and \
                field.get_default(call_default_factory=True) is not None
            if from_settings and not any("default" in b for b in brackets):
                missing.append(f"{name} {param.opts[0]}")
            for bracket in brackets:
                if "".join(bracket.split()) not in "".join(shown.split()):  # help wraps lines, even at hyphens
                    missing.append(f"{name} {param.opts[0]}: {bracket} not shown")
    assert not missing, missing
    match = help_of("match")
    assert "[default 5]" in match and "default 50" in match and "100000" in match


def test_serve_help_explains_keys_and_the_read_setting():
    text = help_of("serve")
    for needed in ("STDCOMPARE_API_KEYS", "Authorization: Bearer", "STDCOMPARE_READ_REQUIRES_KEY",
                   "/v1/health", "STDCOMPARE_CORS_ORIGINS"):
        assert needed in text, needed


def test_models_prints_the_whole_path_to_give_to_model(tmp_path):
    """`stdcompare models` cut the column named "use with --model" at 100 characters ('…/data/embeddings/
    sentence-tr…'), so the one thing a user copies from it could not be used."""
    from typer.testing import CliRunner

    from api.cli import app

    folder = tmp_path / ("models-of-the-standards-institute-" * 3) / "paraphrase-multilingual-mpnet-base-v2-local"
    folder.mkdir(parents=True)
    (folder / "modules.json").write_text("[]", encoding="utf-8")
    result = CliRunner().invoke(app, ["models", "--models-dir", str(folder.parent)])
    assert result.exit_code == 0, result.output
    assert len(str(folder)) > 100 and str(folder) in result.stdout
