"""The architecture, held by parsing imports: the dependency direction and no import cycles.

Order, from the bottom: embeddings < compare.core < compare's subpackages (in SUBPACKAGE_ORDER) <
compare.workflows and the front door compare/__init__.py < api. A module may import its own package and anything
below it, never above. Every import counts, including those inside functions: a lazy import is still a
dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGES = ("embeddings", "compare", "api")
# compare's subpackages, lowest first; a subpackage may import only those before it (and compare.core).
SUBPACKAGE_ORDER = ("core", "terms", "indicators", "store", "documents", "io", "matching", "adoption")
THIRD_PARTY_FORBIDDEN = {
    "embeddings": {"fastapi", "starlette", "uvicorn", "typer"},
    "compare": {"fastapi", "starlette", "uvicorn", "typer"},
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(p): p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))}


def imported_names(path: Path, name: str) -> set[str]:
    """Every module name an import statement in `path` names (relative imports resolved)."""
    is_package = path.name == "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            # `from compare.io import xlsx` names the module compare.io.xlsx
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def graph() -> dict[str, set[str]]:
    modules = all_modules()
    edges: dict[str, set[str]] = {}
    for name, path in modules.items():
        edges[name] = {m for m in imported_names(path, name) if m in modules and m != name}
    return edges


def rank(module: str) -> tuple[int, int]:
    """Where a module sits in the order: (layer, position of its compare subpackage)."""
    parts = module.split(".")
    if parts[0] == "embeddings":
        return (0, 0)
    if parts[0] == "api":
        return (3, 0)
    if len(parts) > 1 and parts[1] in SUBPACKAGE_ORDER:
        return (1, SUBPACKAGE_ORDER.index(parts[1]))
    return (2, 0)  # the front door and the list pipeline


def package_of(module: str) -> str:
    """The unit a module belongs to: embeddings, api, compare (front door and workflows) or a compare subpackage."""
    parts = module.split(".")
    if parts[0] == "compare" and len(parts) > 1 and parts[1] in SUBPACKAGE_ORDER:
        return f"compare.{parts[1]}"
    return parts[0]


def test_every_compare_subpackage_has_a_place_in_the_order():
    subpackages = {p.name for p in (ROOT / "compare").iterdir() if (p / "__init__.py").is_file()}
    assert subpackages <= set(SUBPACKAGE_ORDER), subpackages - set(SUBPACKAGE_ORDER)


def upward(edges: dict[str, set[str]]) -> list[str]:
    """Every import of a module above the importer's own package in the order, as 'importer -> imported'."""
    return sorted(f"{module} -> {target}" for module, targets in edges.items() for target in targets
                  if package_of(target) != package_of(module) and rank(target) > rank(module))


def test_no_module_imports_up_the_order():
    assert upward(graph()) == []


def test_the_order_check_finds_indicators_reaching_up_into_matching(tmp_path):
    """The indicators sit below matching: a reader of indicators that used matching's lexical channel would be
    reported, even through an import inside a function; the Chinese-English words it may use are in terms."""
    module = tmp_path / "compare" / "indicators" / "reader.py"
    module.parent.mkdir(parents=True)
    module.write_text("from compare.terms.lexicon import query_words\n\n\n"
                      "def glosses(text):\n    from compare.matching import lexical\n    return lexical\n",
                      encoding="utf-8")
    named = imported_names(module, "compare.indicators.reader")
    assert {"compare.terms.lexicon", "compare.matching.lexical"} <= named
    edges = {"compare.indicators.reader": {"compare.terms.lexicon", "compare.matching.lexical"},
             "compare.matching.standards": {"compare.terms.lexicon", "compare.indicators.extract"}}
    assert upward(edges) == ["compare.indicators.reader -> compare.matching.lexical"]


@pytest.mark.parametrize("package", sorted(THIRD_PARTY_FORBIDDEN))
def test_library_packages_do_not_import_web_or_cli_frameworks(package):
    bad = [(name, m) for name, path in all_modules().items() if name.split(".")[0] == package
           for m in imported_names(path, name) if m.split(".")[0] in THIRD_PARTY_FORBIDDEN[package]]
    assert bad == []


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each a cycle to break."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycle_between_modules():
    # a package's __init__ importing its own modules is its front door, not a cycle with them
    edges = {m: {t for t in ts if not (Path(*m.split(".")) in Path(*t.split(".")).parents and
                                        all_modules()[m].name == "__init__.py")}
             for m, ts in graph().items()}
    assert cycles(edges) == []


def test_no_import_cycle_between_packages():
    edges: dict[str, set[str]] = {}
    for module, targets in graph().items():
        edges.setdefault(package_of(module), set()).update(
            package_of(t) for t in targets if package_of(t) != package_of(module))
    assert cycles(edges) == []


def test_the_cycle_finder_finds_a_new_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
