"""The adoption modules keep the dependency direction: compare never imports api or fastapi."""

from __future__ import annotations

import ast
from pathlib import Path

COMPARE = Path(__file__).resolve().parents[2] / "compare"
MODULES = ["adoption.py", "adoption_clauses.py", "adoption_links.py", "adoption_notes.py", "adoption_report.py",
           "catalogue.py", "ics.py", "number_conventions.py", "stdnumber.py"]


def test_adoption_modules_import_neither_api_nor_fastapi():
    for name in MODULES:
        tree = ast.parse((COMPARE / name).read_text(encoding="utf-8"))
        imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                    for alias in node.names}
        imported |= {node.module.split(".")[0] for node in ast.walk(tree)
                     if isinstance(node, ast.ImportFrom) and node.module}
        assert not imported & {"api", "fastapi", "starlette"}, name
