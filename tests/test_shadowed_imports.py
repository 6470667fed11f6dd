"""No module defines a function or class under a name it also imports: the definition silently replaces the import,
and the code then calls the wrong thing (POST /v1/clauses answered 500 for that reason: its route function was
named ingest_clauses, like the workflow it called). Fast: reads the modules' source, needs no encoder."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("api", "compare", "embeddings")


def shadowed_imports(source: str) -> set[str]:
    tree = ast.parse(source)
    imported = {alias.asname or alias.name.split(".")[0] for node in tree.body
                if isinstance(node, (ast.Import, ast.ImportFrom)) for alias in node.names}
    defined = {node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                                     ast.ClassDef))}
    return imported & defined


def test_the_check_finds_a_shadowed_import():
    assert shadowed_imports("from x import f\ndef f():\n    return f()\n") == {"f"}
    assert shadowed_imports("from x import f as g\ndef f():\n    return g()\n") == set()


def test_no_module_shadows_an_import():
    modules = sorted(m for package in PACKAGES for m in (ROOT / package).rglob("*.py"))
    assert any(m.parts[-3:] == ("http", "routes", "store.py") for m in modules)
    found = {str(m.relative_to(ROOT)): shadowed_imports(m.read_text(encoding="utf-8")) for m in modules}
    assert {name: names for name, names in found.items() if names} == {}
