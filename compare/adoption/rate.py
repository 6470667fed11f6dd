"""The adoption rate of international standards, overall and per ICS field, with the gap list.

What counts (GB/T 1.2-2020 after ISO/IEC Guide 21-1; the Outline's target of more than 85 %):
- in scope: every current international standard of the international catalogue, its latest edition once;
  withdrawn and unpublished ones are out;
- adopted: a current domestic standard adopts it IDT or MOD; NEQ is reported but does not count, and nor does a
  link whose degree nobody stated (a suggestion to confirm);
- outdated: adopted, but only an edition the international body has since revised; counted in the rate and
  flagged, and left out of the current-edition rate shown beside it.
- the rule (compare.core.adoption_rule, default the 2025 rule): standards of bodies the rule leaves out (Codex, WHO)
  are linked and listed as outside the rate; an adoption by a standard of a level that does not adopt (an
  industry standard, under the 2025 rule) is listed as "other level only" and not counted.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from typing import Callable

import numpy as np

from compare.adoption.links import (DEFAULT_MIN_SCORE, UNKNOWN, Link, Resolver, declared_links, number_links,
                                    similarity_links)
from compare.terms.adoption_notes import IDT, MOD, NEQ
from compare.adoption.catalogue import CURRENT, DRAFT, WITHDRAWN, Catalogue, Entry, Issue
from compare.adoption.ics import field_name
from compare.adoption.conventions import CONVENTIONS, Convention
from compare.core.adoption_rule import RULE_2025, AdoptionRule
from compare.core.policy import ADOPTION_TARGET_PERCENT

TARGET = ADOPTION_TARGET_PERCENT
ADOPTED_IDT, ADOPTED_MOD, NEQ_ONLY, CANDIDATE, NOT_ADOPTED = "IDT", "MOD", "NEQ only", "candidate", "not adopted"
OTHER_LEVEL = "other level only"  # adopted IDT/MOD, but only by standards of a level the rule does not count
STATUSES = (ADOPTED_IDT, ADOPTED_MOD, NEQ_ONLY, OTHER_LEVEL, CANDIDATE, NOT_ADOPTED)
_DEGREE_RANK = {IDT: 0, MOD: 1, NEQ: 2, UNKNOWN: 3}


@dataclass(frozen=True)
class Outcome:
    """What became of one in-scope international standard."""

    standard: Entry
    status: str
    links: tuple[Link, ...]
    outdated: bool = False
    outdated_reason: str = ""

    @property
    def best(self) -> Link | None:
        return self.links[0] if self.links else None

    @property
    def adopted(self) -> bool:
        return self.status in (ADOPTED_IDT, ADOPTED_MOD)


@dataclass(frozen=True)
class Figures:
    """Counts and rates for one ICS field (or overall); rates are percentages, None when nothing is in scope."""

    field: str
    name: str
    name_zh: str
    in_scope: int
    idt: int
    mod: int
    neq: int
    candidate: int
    not_adopted: int
    outdated: int
    target: float = TARGET
    other_level: int = 0

    @property
    def adopted(self) -> int:
        return self.idt + self.mod

    @property
    def rate(self) -> float | None:
        return round(100.0 * self.adopted / self.in_scope, 1) if self.in_scope else None

    @property
    def current_edition_rate(self) -> float | None:
        return round(100.0 * (self.adopted - self.outdated) / self.in_scope, 1) if self.in_scope else None

    @property
    def meets_target(self) -> bool:
        return self.in_scope > 0 and 100.0 * self.adopted / self.in_scope >= self.target

    @property
    def needed(self) -> int:
        """Further adoptions needed to reach the target."""
        return max(0, math.ceil(self.target * self.in_scope / 100.0 - 1e-9) - self.adopted)


@dataclass(frozen=True)
class AdoptionResult:
    outcomes: tuple[Outcome, ...]
    overall: Figures
    fields: tuple[Figures, ...]
    issues: tuple[Issue, ...]
    similarity: str = "off"
    min_score: float = DEFAULT_MIN_SCORE
    target: float = TARGET
    sources: dict[str, str] = field(default_factory=dict)
    rule: AdoptionRule = RULE_2025
    # International standards of bodies the rule leaves out (Codex, WHO ...): linked, listed, never in the rate.
    outside: tuple[Outcome, ...] = ()

    @property
    def gaps(self) -> tuple[Outcome, ...]:
        """International standards not adopted (NEQ only, candidates and none), sorted by field then number."""
        return tuple(o for o in self.outcomes if not o.adopted)

    @property
    def outdated(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.outdated)


def assess(international: Catalogue, domestic: Catalogue, *,
           encode: Callable[[list[str]], np.ndarray] | None = None, encoder_name: str = "",
           min_score: float = DEFAULT_MIN_SCORE, target: float = TARGET,
           conventions: tuple[Convention, ...] = CONVENTIONS, rule: AdoptionRule = RULE_2025) -> AdoptionResult:
    """Link the two catalogues and compute the adoption figures under `rule` (default the 2025 rule). `encode`
    (texts -> unit vectors) enables the similarity route; without it only declared and number links are made."""
    scope, issues = _scope(international)
    domestic_entries, domestic_issues = _domestic_entries(domestic)
    issues += domestic_issues + _note_issues(domestic)
    resolver = Resolver(set(scope))
    withdrawn_keys = {e.key for e in international.entries} - set(scope)
    links, link_issues = declared_links(domestic_entries, resolver, withdrawn_keys)
    issues += link_issues
    reached = {link.international for link in links if link.domestic_current}
    links += number_links(domestic_entries, set(scope) - reached, resolver, conventions)
    reached |= {link.international for link in links if link.domestic_current}
    if encode is not None:
        linked_domestic = {link.domestic.label for link in links}
        links += similarity_links([scope[k] for k in scope if k not in reached],
                                  [e for e in domestic_entries if e.label not in linked_domestic], encode, min_score)
    by_key: dict[str, list[Link]] = {}
    for link in links:
        by_key.setdefault(link.international, []).append(link)
    linked = sorted((_outcome(entry, by_key.get(key, []), issues, rule) for key, entry in scope.items()),
                    key=lambda o: _order(o.standard))
    outcomes = tuple(o for o in linked if rule.counts_body(_body(o.standard.number)))
    outside = tuple(o for o in linked if not rule.counts_body(_body(o.standard.number)))
    fields = sorted({o.standard.field for o in outcomes}, key=lambda f: (f == "", f))
    return AdoptionResult(
        outcomes=outcomes,
        overall=_figures(None, list(outcomes), target),
        fields=tuple(_figures(f, [o for o in outcomes if o.standard.field == f], target) for f in fields),
        issues=tuple(international.issues) + tuple(domestic.issues) + tuple(issues),
        similarity=f"on ({encoder_name or 'encoder'}, minimum score {min_score:g})" if encode else "off",
        min_score=min_score, target=target,
        sources={"international": international.name, "domestic": domestic.name},
        rule=rule, outside=outside,
    )


def _scope(catalogue: Catalogue) -> tuple[dict[str, Entry], list[Issue]]:
    """The latest current edition of each international standard; issues for the editions and withdrawals left out."""
    by_key: dict[str, list[Entry]] = {}
    for entry in catalogue.entries:
        by_key.setdefault(entry.key, []).append(entry)
    scope: dict[str, Entry] = {}
    issues: list[Issue] = []
    for key, entries in by_key.items():
        current = sorted((e for e in entries if e.status == CURRENT), key=lambda e: e.year or 0)
        if not current:
            if any(e.status == WITHDRAWN for e in entries):
                issues.append(Issue("withdrawn", "international", entries[-1].label, entries[-1].line,
                                    f"{entries[-1].label} is withdrawn; out of scope"))
            continue
        latest = current[-1]
        scope[key] = latest
        for older in entries:
            if older is latest or older.status == DRAFT:
                continue
            state = "also marked current" if older.status == CURRENT else older.status
            issues.append(Issue("edition", "international", older.label, older.line,
                                f"{older.label} ({state}) is an earlier edition of {latest.label}; only the "
                                "latest edition is counted"))
    return scope, issues


def _domestic_entries(catalogue: Catalogue) -> tuple[tuple[Entry, ...], list[Issue]]:
    """Domestic entries that can link: all of them, with an older edition of a current standard (or a withdrawn
    one) kept only so its declaration shows, never counted."""
    latest: dict[str, Entry] = {}
    for entry in catalogue.entries:
        if entry.status == CURRENT and (entry.key not in latest or (entry.year or 0) > (latest[entry.key].year or 0)):
            latest[entry.key] = entry
    issues = []
    kept = []
    for entry in catalogue.entries:
        if entry.status == CURRENT and latest.get(entry.key) is not entry:
            issues.append(Issue("edition", "domestic", entry.label, entry.line,
                                f"{entry.label} and {latest[entry.key].label} are both marked current; only the "
                                "latest edition is counted"))
            entry = _as_withdrawn(entry)
        elif entry.status == WITHDRAWN:
            issues.append(Issue("withdrawn", "domestic", entry.label, entry.line,
                                f"{entry.label} is withdrawn; its adoptions are listed but not counted"))
        if entry.status != DRAFT:
            kept.append(entry)
    return tuple(kept), issues


def _as_withdrawn(entry: Entry) -> Entry:
    return replace(entry, status=WITHDRAWN, status_raw=f"{entry.status_raw} (superseded)".strip())


def _note_issues(catalogue: Catalogue) -> list[Issue]:
    issues = []
    for entry in catalogue.entries:
        note = entry.note
        if note.is_empty:
            continue
        if not note.is_readable:
            issues.append(Issue("unparseable_note", "domestic", entry.label, entry.line,
                                f"adoption note of {entry.label} kept as written, not understood: '{note.raw}' "
                                f"({note.problem})"))
        elif note.problem:
            issues.append(Issue("note", "domestic", entry.label, entry.line,
                                f"adoption note of {entry.label} '{note.raw}': {note.problem}"))
        for remark in note.remarks:
            issues.append(Issue("historic_degree", "domestic", entry.label, entry.line, f"{entry.label}: {remark}"))
    return issues


def _outcome(standard: Entry, links: list[Link], issues: list[Issue], rule: AdoptionRule = RULE_2025) -> Outcome:
    """Rank the links of one international standard and decide its status (under `rule`) and whether it is
    outdated."""
    judged = [(link, *_edition_check(standard, link, issues)) for link in links]
    judged.sort(key=lambda t: (not t[0].domestic_current, _DEGREE_RANK.get(t[0].degree, 9), t[1],
                               -(t[0].score or 100.0)))
    ranked = tuple(t[0] for t in judged)
    adopting = [t for t in judged if t[0].counts and rule.counts_degree(t[0].degree)]
    counted = [t for t in adopting if rule.adopts(_body(t[0].domestic.number))]
    current = [t[0] for t in judged if t[0].domestic_current]
    if counted:
        best = counted[0][0]
        status = ADOPTED_IDT if best.degree == IDT else ADOPTED_MOD
        outdated = all(t[1] for t in counted)
        return Outcome(standard, status, ranked, outdated, counted[0][2] if outdated else "")
    if adopting:
        return Outcome(standard, OTHER_LEVEL, ranked)
    if any(link.degree == NEQ for link in current):
        return Outcome(standard, NEQ_ONLY, ranked)
    if current:
        return Outcome(standard, CANDIDATE, ranked)
    return Outcome(standard, NOT_ADOPTED, ranked)


def _body(number) -> str | None:
    return number.body if number is not None else None


def _edition_check(standard: Entry, link: Link, issues: list[Issue]) -> tuple[bool, str]:
    """(outdated, why) for a link: does it adopt an edition older than the current one?"""
    current = standard.year
    if current is None:
        return False, ""
    if link.edition is not None:
        if link.edition < current:
            return True, f"adopts the {link.edition} edition; the current edition is {standard.label}"
        if link.edition > current and link.domestic_current:
            issues.append(Issue("edition", "domestic", link.domestic.label, link.domestic.line,
                                f"{link.domestic.label} adopts the {link.edition} edition of {standard.key}, newer "
                                f"than {standard.label} in the international catalogue; update that catalogue"))
        return False, ""
    if link.domestic.year is not None and link.domestic.year < current:
        return True, (f"{link.domestic.label} ({link.domestic.year}) predates the current edition "
                      f"{standard.label}; edition not stated")
    return False, ""


def _figures(field_: str | None, outcomes: list[Outcome], target: float) -> Figures:
    """Counts for one field; `field_` None means all fields, '' the unclassified ones."""
    name, name_zh = field_name(field_) if field_ is not None else ("All fields", "全部领域")
    count = {s: sum(1 for o in outcomes if o.status == s) for s in STATUSES}
    return Figures(field="all" if field_ is None else field_ or "-", name=name, name_zh=name_zh, in_scope=len(outcomes),
                   idt=count[ADOPTED_IDT], mod=count[ADOPTED_MOD], neq=count[NEQ_ONLY], candidate=count[CANDIDATE],
                   not_adopted=count[NOT_ADOPTED], outdated=sum(1 for o in outcomes if o.outdated), target=target,
                   other_level=count[OTHER_LEVEL])


def _order(entry: Entry) -> tuple:
    """Sort by field (unclassified last), then body, then number read as numbers (ISO 286-2 before ISO 2859-1)."""
    parts = [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", entry.number.number if entry.number
                                                             else entry.raw_number)]
    body = entry.number.body if entry.number else ""
    return (entry.field == "", entry.field, body, [(isinstance(p, str), p) for p in parts])
