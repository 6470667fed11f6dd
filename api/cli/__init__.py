"""The `stdcompare` command line: one module per command group, flag hints added here (where flags exist)."""

from api.cli.commands import app, main
from api.cli.help import finish_app

finish_app(app)  # --version, and help text shown as written

__all__ = ["app", "main"]
