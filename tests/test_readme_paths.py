"""Every file of the project the README names exists: a new user runs `pytest tests/compare/test_matching.py -s`
as written, and it must not say "file or directory not found"."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAMED = re.compile(r"(?<![\w/.])((?:tests|bench|compare|api|embeddings|data)/[\w/.-]*\w\.(?:py|csv|xlsx|jsonl|md))")


def test_every_path_the_readme_names_exists():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    named = sorted(set(NAMED.findall(text)))
    assert len(named) > 30  # the pattern still finds the README's paths
    missing = [path for path in named if not (ROOT / path).exists()]
    assert not missing, f"the README names files that do not exist: {missing}"
