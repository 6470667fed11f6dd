"""The fixed vocabularies of the domain, spelled once: sides, verdicts, comparators, degrees of correspondence.

Each is a StrEnum, so a member compares equal to its plain string ("stricter" == Verdict.STRICTER) and is written
to JSON, SQLite and workbooks as that string.
"""

from __future__ import annotations

from enum import StrEnum


class Side(StrEnum):
    """Which side of the comparison a standard or clause is on."""

    DOMESTIC = "domestic"
    INTERNATIONAL = "international"

    @property
    def opposite(self) -> "Side":
        return Side.INTERNATIONAL if self is Side.DOMESTIC else Side.DOMESTIC


class Verdict(StrEnum):
    """How a domestic indicator compares with its international counterpart, from the domestic side."""

    CONSISTENT = "consistent"
    STRICTER = "stricter"
    LOOSER = "looser"
    DIFFERENT = "different"
    MISSING_DOMESTIC = "missing_domestic"
    MISSING_INTERNATIONAL = "missing_international"

    @property
    def at_international_level(self) -> bool:
        """The reported consumer-goods comparisons count consistent and stricter indicators as at the
        international level."""
        return self in (Verdict.CONSISTENT, Verdict.STRICTER)

    @property
    def missing(self) -> bool:
        return self in (Verdict.MISSING_DOMESTIC, Verdict.MISSING_INTERNATIONAL)


# The overall verdict of two clauses in which no key technical indicator was read, on either side: nothing was
# compared, so there is no verdict and no consistency score (not 'consistent', 100). JSON says "none" (score null),
# the CLI 'no verdict', the workbook and the web page 无可比指标 / no indicator compared.
NO_VERDICT = "none"


# The four verdicts of the 2015 national comparison of consumer-goods safety standards, in its order.
FOUR_WAY = (Verdict.STRICTER, Verdict.CONSISTENT, Verdict.LOOSER, Verdict.DIFFERENT)


class Comparator(StrEnum):
    """The kind of limit an indicator states."""

    MAX = "max"
    MIN = "min"
    RANGE = "range"
    EQUAL = "equal"
    TOLERANCE = "tolerance"


class Degree(StrEnum):
    """Degree of correspondence with an international standard (GB/T 1.2-2020 after ISO/IEC Guide 21-1)."""

    IDT = "IDT"  # identical: editorial changes only
    MOD = "MOD"  # modified: technical deviations, identified and explained
    NEQ = "NEQ"  # not equivalent
    # No degree suggested: no key technical indicator was compared (a management-system standard, a text with no
    # limits); the reviewer judges it from the text. It is no adoption, and no NEQ either.
    UNDETERMINED = "—"

    @property
    def adopts(self) -> bool:
        """Only IDT and MOD count as adoption; NEQ never does."""
        return self in (Degree.IDT, Degree.MOD)


class Against(StrEnum):
    """What a list is matched against: the best clauses, or the best standards (one clause each)."""

    CLAUSES = "clauses"
    STANDARDS = "standards"
