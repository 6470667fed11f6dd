"""The store: standards, clauses, their vectors and reviewed links in a directory (SQLite plus a vector-index
cache per side). The front door: open a `Store`, turn rows into records with `prepare_records`, ingest them.

    layout.py       every file name in a store directory
    schema.py       tables, connection settings, opening (and refusing) a directory
    transaction.py  the one write transaction every write goes through
    ingest.py       rows -> checked records -> one write
    links.py        reviewers' decisions
    reads.py        read queries
    indexes.py      the checked vector-index cache
    store.py        the Store tying them together
    catalog.py      what a store holds, standard by standard
"""

from compare.store.ingest import ClauseRecord, IngestReport, Prepared, SideChange, prepare_records
from compare.store.layout import DB_NAME, StoreLayout
from compare.store.store import Store, default_store_path
from compare.store.transaction import transaction

__all__ = ["DB_NAME", "ClauseRecord", "IngestReport", "Prepared", "SideChange", "Store", "StoreLayout", "default_store_path",
           "prepare_records", "transaction"]
