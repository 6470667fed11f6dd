"""The rule an adoption rate is computed under: which international bodies count, which domestic levels adopt,
which degrees count. It lives with the policy numbers (compare.core) because the adoption report and the
result workbook both apply it; it reads standard numbers by their body ('ISO/IEC', 'GB/T', 'YY/T').

The default is the rule in force since 1 June 2025 as reported (the revised adoption measures; check the
official text before relying on it): only ISO, IEC and ITU standards are in the rate, only national standards
(GB, GB/T, GB/Z) adopt, and only IDT and MOD count. A Codex or WHO counterpart stays useful for comparison but
is outside the rate; an industry standard that adopts an ISO standard is listed but does not count. NEQ never
counts under any rule (GB/T 20000.2, GB/T 1.2-2020), so a rule that names it is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from compare.core.errors import StdcompareError
from compare.core.vocabulary import Degree

NATIONAL, INDUSTRY, LOCAL, ASSOCIATION, ENTERPRISE = "national", "industry", "local", "association", "enterprise"
LEVELS = (NATIONAL, INDUSTRY, LOCAL, ASSOCIATION, ENTERPRISE)
LEVELS_ZH = {NATIONAL: "国家标准", INDUSTRY: "行业标准", LOCAL: "地方标准", ASSOCIATION: "团体标准",
             ENTERPRISE: "企业标准"}
# Body roots of the international standards the 2025 rule counts.
BODIES_2025 = ("ISO", "IEC", "ITU")
_NATIONAL_BODIES = ("GB", "GB/T", "GB/Z")


class RuleError(StdcompareError):
    """An adoption rule that cannot be applied (an unknown level or degree, or NEQ named as counting)."""


@dataclass(frozen=True)
class AdoptionRule:
    """What counts in an adoption rate.

    bodies: roots of the international bodies whose standards are in the rate ('ISO', 'IEC', 'ITU'); a joint
    number such as ISO/IEC 27001 counts when any of its bodies does. Empty: every international body counts.
    levels: domestic levels whose standards adopt ('national', 'industry', ...).
    degrees: degrees of correspondence that count (IDT, MOD; never NEQ).
    """

    name: str
    bodies: tuple[str, ...] = BODIES_2025
    levels: tuple[str, ...] = (NATIONAL,)
    degrees: tuple[Degree, ...] = (Degree.IDT, Degree.MOD)

    def __post_init__(self) -> None:
        if Degree.NEQ in self.degrees:
            raise RuleError("NEQ (not equivalent) never counts as adoption (GB/T 20000.2, GB/T 1.2-2020); count "
                            "IDT and MOD only", option="degrees")
        unknown = [level for level in self.levels if level not in LEVELS]
        if unknown:
            raise RuleError(f"unknown domestic level(s) {', '.join(unknown)}; use {', '.join(LEVELS)}",
                            option="levels")
        if not self.levels or not self.degrees:
            raise RuleError("an adoption rule needs at least one adopting level and one degree (IDT, MOD)",
                            option="levels" if not self.levels else "degrees")

    def counts_body(self, body: str | None) -> bool:
        """True when an international standard of this body ('ISO/IEC', 'CXS') is in the rate."""
        if not self.bodies:
            return True
        if not body:
            return False
        return any(part in self.bodies for part in body_roots(body))

    def adopts(self, body: str | None) -> bool:
        """True when a domestic standard of this body ('GB/T', 'YY/T') is of a level that adopts."""
        return level_of(body) in self.levels

    def counts_degree(self, degree: str) -> bool:
        return degree in self.degrees

    @property
    def description(self) -> str:
        bodies = ", ".join(self.bodies) if self.bodies else "every international body"
        levels = ", ".join(self.levels)
        degrees = " and ".join(self.degrees)
        return (f"{self.name}: international standards of {bodies}; adopted by {levels} standards; "
                f"{degrees} count, NEQ never")

    @property
    def description_zh(self) -> str:
        bodies = "、".join(self.bodies) if self.bodies else "所有国际标准组织"
        levels = "、".join(LEVELS_ZH[level] for level in self.levels)
        degrees = "、".join(self.degrees)
        return f"{self.name}：计入 {bodies} 的国际标准；由{levels}采用；{degrees} 计为采用，NEQ 不计"

    def to_dict(self) -> dict:
        return {"name": self.name, "bodies": list(self.bodies), "levels": list(self.levels),
                "degrees": [str(d) for d in self.degrees], "description": self.description,
                "description_zh": self.description_zh}


RULE_2025 = AdoptionRule(name="2025 rule (in force since 1 June 2025, as reported)")
# The counting before June 2025 as this project applied it: any international body, any domestic level.
RULE_ANY_BODY = AdoptionRule(name="any international body, any domestic level", bodies=(), levels=LEVELS)


def body_roots(body: str) -> tuple[str, ...]:
    """'ISO/IEC' -> ('ISO', 'IEC'); 'ITU-T' -> ('ITU',); 'ISO/IEC Guide' -> ('ISO', 'IEC')."""
    roots = []
    for part in re.split(r"[/\s]+", body.upper()):
        root = part.split("-")[0]
        if root and root not in ("TS", "TR", "PAS", "GUIDE"):
            roots.append(root)
    return tuple(roots)


def level_of(body: str | None) -> str:
    """The level of a domestic standard from the body of its number: GB national, DB local, T/ association,
    Q/ enterprise, any other prefix (YY/T, HG/T, QB ...) industry; '' when there is none."""
    if not body:
        return ""
    body = body.upper()
    if body in _NATIONAL_BODIES:
        return NATIONAL
    if body.startswith("DB"):
        return LOCAL
    if body == "T" or body.startswith("T/"):
        return ASSOCIATION
    if body == "Q" or body.startswith("Q/"):
        return ENTERPRISE
    return INDUSTRY


def rule_from(bodies: str | None = None, levels: str | None = None, degrees: str | None = None) -> AdoptionRule:
    """A rule from comma-separated settings, each defaulting to the 2025 rule's; bodies '*' means every body."""
    if bodies is None and levels is None and degrees is None:
        return RULE_2025

    def split(text: str) -> list[str]:
        return [t.strip() for t in re.split(r"[,，;；\s]+", text) if t.strip()]

    body_list = RULE_2025.bodies if bodies is None else (() if bodies.strip() == "*" else
                                                            tuple(b.upper() for b in split(bodies)))
    level_list = RULE_2025.levels if levels is None else tuple(lv.lower() for lv in split(levels))
    degree_list: tuple[Degree, ...] = RULE_2025.degrees
    if degrees is not None:
        try:
            degree_list = tuple(Degree(d.upper()) for d in split(degrees))
        except ValueError:
            raise RuleError(f"degrees must be IDT and/or MOD, not '{degrees}'", option="degrees") from None
    return AdoptionRule(name="custom rule", bodies=body_list, levels=level_list, degrees=degree_list)
