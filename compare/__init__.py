"""The domain: clauses, matching, indicator comparison, adoption statistics, and the file formats users bring.

This is the library's front door: the functions the command line and the HTTP API call, by name, from one
place. They are imported on first use, so `import compare` stays cheap (no numpy, FAISS or openpyxl until
needed). The subpackages (core, terms, indicators, store, io, matching, adoption) hold the rest.
"""

from __future__ import annotations

import importlib
from typing import Any

# name -> the module that defines it
_FRONT_DOOR = {
    # the store
    "Store": "compare.store.store",
    "prepare_records": "compare.store.ingest",
    "ingest_clauses": "compare.workflows",
    # reading lists and writing results
    "open_table": "compare.io.readers",
    "write_matches": "compare.io.writers",
    "result_to_dict": "compare.io.writers",
    "check_output_path": "compare.io.writers",
    "apply_review": "compare.io.review",
    # matching one clause
    "Ranking": "compare.matching.ranking",
    "search_text": "compare.matching.lists",
    # the one list pipeline
    "ListOptions": "compare.workflows",
    "ListRun": "compare.workflows",
    "match_list": "compare.workflows",
    "alignment_encoder": "compare.workflows",
    "list_encoder": "compare.workflows",
    "ingest_encoder": "compare.workflows",
    # indicators
    "compare_clauses": "compare.indicators.verdicts",
    "compare_pair": "compare.workflows",
    "consistency_of": "compare.workflows",
    "roll_up_matches": "compare.indicators.rollup",
}

__all__ = sorted(_FRONT_DOOR)


def __getattr__(name: str) -> Any:
    module = _FRONT_DOOR.get(name)
    if module is None:
        raise AttributeError(f"module 'compare' has no attribute '{name}'")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
