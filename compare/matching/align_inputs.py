"""Load one side of an alignment: a file of clauses, or a standard already in the store."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from compare.matching.align import Document
from compare.core.errors import InvalidRowsError, NotFoundError
from compare.core.model import Clause
from compare.io.readers import open_table
from compare.store.catalog import resolve_number
from compare.core.text import detect_language


def load_document(spec: str, side: str, encoder, store=None, columns: dict[str, str] | None = None) -> Document:
    """The clauses named by `spec`: a .csv/.xlsx/.jsonl file (rows in document order), a standards document
    (.pdf, .docx, STS .xml: its clause tree, with the adoption it declares), or else the number of a standard
    held in `store` (clauses in the order they were ingested)."""
    path = Path(spec).expanduser()
    if path.exists():
        return _from_file(path, side, encoder, columns)
    if store is None:
        raise NotFoundError(f"'{spec}' is not a file, and there is no store to look it up in as a standard "
                            "number; give a .csv/.xlsx/.jsonl file or a store", option="store")
    try:
        # Written without its year ('GB 2762'), the stored edition, as the HTTP API and `search --standard` take it.
        clauses = store.standard_clauses(resolve_number(store, spec))
    except NotFoundError:
        raise NotFoundError(f"'{spec}' is neither a file nor a standard in the store {store.path}; check the "
                            "file name, or the standard number against the store's statistics") from None
    return Document(clauses=tuple(clauses), vectors=store.vectors([c.id for c in clauses]))


def edition_note(spec: str, document: Document) -> str | None:
    """What to tell the user when a number without its year was taken as a stored edition ('GB 2762' ->
    'GB 2762-2022'); None when the number was the stored one, or the side came from a file."""
    if document.source is not None or not document.clauses or Path(spec).expanduser().exists():
        return None
    taken = document.clauses[0].standard
    if taken == spec.strip():
        return None
    return f"'{spec}' taken as {taken}, the latest edition in the store (give the year to choose another)"


def _from_file(path: Path, side: str, encoder, columns: dict[str, str] | None) -> Document:
    clauses = []
    table = open_table(path, columns=columns)
    document = table.document  # a standards document (PDF, DOCX, STS XML) declares its adoption
    adoption = document.info.adoption if document is not None else None
    for row in table.rows():
        if not row.text.strip():
            continue
        clauses.append(Clause(id=-row.row, standard=row.standard, clause=row.clause or str(row.row),
                              text=row.text.strip(), lang=row.lang or detect_language(row.text), side=side,
                              title=row.title))
    if not clauses:
        raise InvalidRowsError(f"{path.name} has no clause with text to align")
    vectors = encoder.encode([c.text for c in clauses], role="document")
    return Document(clauses=tuple(clauses), vectors=np.asarray(vectors, dtype=np.float32),
                    degree=str(adoption.degree) if adoption is not None else None, source=document)
