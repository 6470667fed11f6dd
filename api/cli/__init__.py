"""The `stdcompare` command line: one module per command group, flag hints added here (where flags exist)."""

from api.cli.commands import app, main

__all__ = ["app", "main"]
