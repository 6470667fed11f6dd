"""Number conventions: series of national standards numbered after the international series they mirror.

Some GB/T series were numbered to follow an ISO or ISO/IEC series: GB/T 19001 is ISO 9001, GB/T 24001 is
ISO 14001, GB/T 27025 is ISO/IEC 17025. Where such a convention holds it suggests a link even when a catalogue
gives no adoption note. A convention only suggests: the degree still comes from the domestic note, or stays
to be confirmed. Each rule below lists a declared pair that shows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from compare.terms.stdnumber import StandardNumber


@dataclass(frozen=True)
class Convention:
    """GB numbers `low`..`high` of `domestic_body` mirror `international_body` numbers shifted by `offset`."""

    domestic_body: str
    low: int
    high: int
    international_body: str
    offset: int
    example: str

    def describe(self) -> str:
        first, last = self.low + self.offset, self.high + self.offset
        dom = f"{self.domestic_body} {self.low}" + (f"–{self.high}" if self.high != self.low else "")
        intl = f"{self.international_body} {first}" + (f"–{last}" if last != first else "")
        return f"{dom} ↔ {intl} (e.g. {self.example})"


CONVENTIONS: tuple[Convention, ...] = (
    Convention("GB/T", 19000, 19004, "ISO", -10000, "GB/T 19001-2016 IDT ISO 9001:2015"),
    Convention("GB/T", 24000, 24099, "ISO", -10000, "GB/T 24001-2016 IDT ISO 14001:2015"),
    Convention("GB/T", 27000, 27099, "ISO/IEC", -10000, "GB/T 27025-2019 IDT ISO/IEC 17025:2017"),
    Convention("GB/T", 22080, 22081, "ISO/IEC", 4921, "GB/T 22080-2016 IDT ISO/IEC 27001:2013"),
    Convention("GB/T", 19011, 19011, "ISO", 0, "GB/T 19011-2021 IDT ISO 19011:2018"),
    Convention("GB/T", 22000, 22000, "ISO", 0, "GB/T 22000-2006 IDT ISO 22000:2005"),
    Convention("GB/T", 45001, 45001, "ISO", 0, "GB/T 45001-2020 IDT ISO 45001:2018"),
)


def mirrored_number(number: StandardNumber, conventions: tuple[Convention, ...] = CONVENTIONS
                    ) -> tuple[StandardNumber, Convention] | None:
    """The international number a domestic one mirrors under a convention, with the rule; None if no rule applies.

    Parts carry over: GB parts are written '.1', ISO parts '-1'.
    """
    match = re.fullmatch(r"(\d+)((?:\.\d+)*)", number.number)
    if not match:
        return None
    base, parts = int(match.group(1)), match.group(2)
    for rule in conventions:
        if number.body == rule.domestic_body and rule.low <= base <= rule.high:
            mirrored = f"{base + rule.offset}{parts.replace('.', '-')}"
            return StandardNumber(body=rule.international_body, number=mirrored), rule
    return None
