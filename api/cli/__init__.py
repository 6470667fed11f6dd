"""The `stdcompare` command line: one module per command group, registered on the app of api/cli/app.py.

    store.py      ingest, info, review, models
    matching.py   match, search, compare, align
    adoption.py   adoption
    documents.py  outline
    report.py     report
    terms.py      terms import, terms export
    serve.py      serve, export-tmx

Flag hints for errors are added here, where flags exist (api/cli/hints.py); help.py gives every help screen
its defaults and `--version`.
"""

from api.cli import early

# `stdcompare ingest ... --ray auto`: Ray starts and the encoder loads beside the imports below (api/cli/early.py)
early.begin()

from api.cli import store, matching, adoption, serve  # noqa: E402, F401  (each registers its commands, in order)
from api.cli.app import app, friendly_errors  # noqa: E402
from api.cli.documents import outline_command  # noqa: E402
from api.cli.help import finish_app  # noqa: E402
from api.cli.report import report_command  # noqa: E402
from api.cli.terms import terms_app  # noqa: E402

app.command("outline")(friendly_errors(outline_command))
app.command("report")(friendly_errors(report_command))
app.add_typer(terms_app(friendly_errors), name="terms")
finish_app(app)  # --version, and help text shown as written, once every command is registered


def main() -> None:
    app()


__all__ = ["app", "main"]
