"""The command line's hint for an error: which flag fixes it.

Errors from `compare` name, in the domain's words, the setting that would fix them (`StdcompareError.option`,
compare/core/errors.py) and never a flag; the CLI appends the flag here, where flags exist. The HTTP API has its
own table (api/http/errors.py).
"""

from __future__ import annotations

# option -> the flag (and environment variable) that sets it
FLAGS: dict[str, str] = {
    "text_column": "--text-column",
    "standard_column": "--standard-column",
    "clause_column": "--clause-column",
    "sheet": "--sheet",
    "standard": "--standard",
    "side": "--side",
    "skip_invalid": "--skip-invalid",
    "max_rows": "--max-rows (env STDCOMPARE_MAX_ROWS)",
    "store": "--store (env STDCOMPARE_STORE)",
    "model": "--model (env STDCOMPARE_MODEL)",
    "against": "--against",
    "order": "--order",
    "ranking": "--ranking",
    "domestic": "--domestic",
    "international": "--international",
    "bodies": "--bodies",
    "levels": "--levels",
    "degrees": "--degrees",
    "output": "--output",
    "ocr": "--ocr auto",
    "ray": "--ray (env STDCOMPARE_RAY_ADDRESS)",
    "ray_workers": "--ray-workers (env STDCOMPARE_RAY_WORKERS)",
    "second_model": "--second-model (env STDCOMPARE_SECOND_MODEL)",
}


def with_flag_hint(message: str, option: str | None) -> str:
    """`message` with the flag that sets `option` appended ("... (use --text-column)"); as it is when no flag
    sets it."""
    flag = FLAGS.get(option or "")
    return f"{message} (use {flag})" if flag else message
