"""What a store holds, standard by standard: a page of standards with filters, and a standard number found
without its year ("CXS 193" finds "CXS 193-1995"; "ISO 712" the latest stored edition of ISO 712)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from compare.core.errors import NotFoundError
from compare.store.store import Store
from compare.terms.stdnumber import parse_number


@dataclass(frozen=True)
class StandardSummary:
    """One stored standard and how many clauses it has."""

    number: str
    body: str
    title: str
    side: str
    lang: str
    clauses: int

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class StandardsPage:
    total: int
    offset: int
    limit: int
    standards: list[StandardSummary]


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def list_standards(store: Store, *, body: str | None = None, side: str | None = None, text: str | None = None,
                   offset: int = 0, limit: int = 50) -> StandardsPage:
    """A page of the store's standards, ordered by number. `body` matches the body exactly (any case); `text`
    is found in the number or the title (any case)."""
    where, args = [], []
    if body and body.strip():
        where.append("s.body = ? COLLATE NOCASE")
        args.append(body.strip())
    if side:
        where.append("s.side = ?")
        args.append(side)
    if text and text.strip():
        where.append("(s.number LIKE ? ESCAPE '\\' OR s.title LIKE ? ESCAPE '\\')")
        args += [f"%{_like(text.strip())}%"] * 2
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    total = store.read(f"SELECT COUNT(*) FROM standards s {clause}", args)[0][0]
    rows = store.read(
        f"SELECT s.number, s.body, s.title, s.side, s.lang, "
        f"(SELECT COUNT(*) FROM clauses c WHERE c.standard_id = s.id) FROM standards s {clause} "
        f"ORDER BY s.number LIMIT ? OFFSET ?", [*args, limit, offset])
    return StandardsPage(total=total, offset=offset, limit=limit, standards=[StandardSummary(*r) for r in rows])


def resolve_number(store: Store, number: str) -> str:
    """The stored standard a number means: itself when stored; written without its year, the stored edition
    of that standard (the latest when several are). Raises NotFoundError naming close numbers otherwise."""
    wanted = number.strip()
    candidates = [r[0] for r in store.read("SELECT number FROM standards WHERE number = ? OR number LIKE ? "
                                           "ESCAPE '\\'", [wanted, f"{_like(wanted)}%"])]
    if wanted in candidates:
        return wanted
    parsed = parse_number(wanted)
    editions = []
    for candidate in candidates:
        other = parse_number(candidate)
        same = (other is not None and parsed is not None and parsed.year is None and other.key == parsed.key) or \
            candidate[len(wanted):len(wanted) + 1] in ("-", ":", "—")
        if same:
            editions.append((other.year if other and other.year else 0, candidate))
    if editions:
        return max(editions)[1]
    raise NotFoundError(f"standard '{wanted}' is not in the store; check the number (the year may be left out)")
