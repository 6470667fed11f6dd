"""Every setting a user can give (STDCOMPARE_ + a field of api.settings.Settings) is named in the settings list of
docs/http-api.md, "Settings, in full": a setting added to the code and to no page is one nobody finds."""

from __future__ import annotations

import re
from pathlib import Path

from api.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def settings_section(text: str) -> str:
    """The text under the heading "Settings, in full", up to the next heading of its level."""
    start = text.index("## Settings, in full")
    end = text.find("\n## ", start + 1)
    return text[start:end if end >= 0 else len(text)]


def undocumented(section: str, names: list[str]) -> list[str]:
    """The names not written as `NAME` in the section."""
    written = set(re.findall(r"`([A-Z][A-Z0-9_]*)`", section))
    return [name for name in names if name not in written]


def test_every_setting_is_in_the_settings_list():
    names = [name.upper() for name in Settings.model_fields]
    assert len(names) > 20 and "API_KEYS" in names
    section = settings_section((ROOT / "docs" / "http-api.md").read_text(encoding="utf-8"))
    missing = undocumented(section, names)
    assert not missing, f'settings missing from docs/http-api.md, "Settings, in full": {missing}'


def test_the_check_sees_a_missing_setting():
    section = settings_section("# Page\n## Settings, in full\n`STORE` and `TOP_K` (5)\n## Next\n`THREADS`\n")
    assert undocumented(section, ["STORE", "TOP_K", "THREADS"]) == ["THREADS"]
