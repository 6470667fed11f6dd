"""The Dockerfile cannot be built on the project's machines (no Docker engine): this keeps it in step with what
it installs from. The extras it names exist in pyproject.toml, its default build has OCR (scanned standards are
the common case), and it installs the OCR engines' system packages that .ci/run installs for the tests."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _arg(dockerfile: str, name: str) -> str:
    match = re.search(rf'^ARG {name}="?([^"\n]*)"?$', dockerfile, re.MULTILINE)
    assert match, f"ARG {name} missing from the Dockerfile"
    return match.group(1)


def test_dockerfile_extras_and_ocr_packages_match_the_project():
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    default = [e for e in _arg(dockerfile, "EXTRAS").split(",") if e]
    assert "ocr" in default and all(e in extras for e in default)
    for line in re.findall(r"--build-arg EXTRAS=([\w,]*)", dockerfile):
        assert all(e in extras for e in line.split(",") if e), line
    packages = set(_arg(dockerfile, "OCR_PACKAGES").split())
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    ocr_in_ci = {p for p in re.search(r'DOC_PACKAGES="([^"]*)"', ci).group(1).split() if p.startswith("tesseract")}
    assert ocr_in_ci and ocr_in_ci <= packages
    assert {"libgl1", "libglib2.0-0"} <= packages  # OpenCV, which RapidOCR imports, needs them on a slim image
    assert "COPY data ./data" in dockerfile and "HF_HUB_OFFLINE=1" in dockerfile
