"""The dependency direction api -> compare -> embeddings, held by parsing imports."""

from __future__ import annotations

import ast

import pytest

from tests.conftest import ROOT

FORBIDDEN = {
    "embeddings": {"compare", "api"},
    "compare": {"api", "fastapi", "starlette", "uvicorn", "typer"},
}


def imports_of(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module.split(".")[0]


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_does_not_import_upwards(package):
    files = sorted((ROOT / package).rglob("*.py"))
    assert files
    bad = [(f.relative_to(ROOT), name) for f in files for name in imports_of(f) if name in FORBIDDEN[package]]
    assert bad == []


def test_nothing_imports_api():
    for package in ("compare", "embeddings", "bench"):
        for f in (ROOT / package).rglob("*.py"):
            assert "api" not in set(imports_of(f)), f
