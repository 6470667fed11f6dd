"""compare/ speaks the domain's words: no string in it names a command-line flag or a `stdcompare` command line
(the ways in add their own hints, api/cli/hints.py and api/http/errors.py)."""

from __future__ import annotations

import ast
import re

from tests.conftest import ROOT

FLAG = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]+")
COMMAND_LINE = re.compile(r"`stdcompare [a-z]")


def strings_in(path):
    """The string constants of a module that could reach a user, leaving out docstrings (they may say which
    command uses a function) and the items of list and tuple literals (the arguments of another program, such as
    tesseract's `--psm`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    arguments = {id(item) for node in ast.walk(tree) if isinstance(node, (ast.List, ast.Tuple)) for item in node.elts}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings | arguments:
            yield node.lineno, node.value


def test_no_string_in_compare_names_a_flag_or_a_command_line():
    found = [f"{path.relative_to(ROOT)}:{line}: {text!r}"
             for path in sorted((ROOT / "compare").rglob("*.py")) for line, text in strings_in(path)
             if FLAG.search(text) or COMMAND_LINE.search(text)]
    assert found == []


def test_the_check_sees_a_flag_in_a_message(tmp_path):
    module = tmp_path / "m.py"
    module.write_text('"""Used by `stdcompare match --output`."""\nrun(["tesseract", "--psm", "6"])\n'
                      'HINTS = {"text": "--text-column"}\nraise ValueError(f"name it with --text-column")\n')
    assert [text for _, text in strings_in(module) if FLAG.search(text)] == ["--text-column",
                                                                             "name it with --text-column"]
