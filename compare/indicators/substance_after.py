"""A limit whose substance is named after its value, in English (thirtieth round, pairs30 probe): 'cereal grains may
contain not more than 0,2 mg/kg of lead', 'batteries that contain more than 0,0005 % of mercury by weight'.

The reader names a single value by the words before it (`extract._limits_named_after` takes the words after a
unit only for two such limits side by side), so 'of lead' stays in the reading's qualifier while its concept is the
one a name before it carried ('the maximum level for inorganic arsenic is 0,2 mg/kg, while cereal grains … may
contain not more than 0,2 mg/kg of lead' read the lead limit as inorganic arsenic, and paired it with the arsenic
limit of the other clause). Here a content or concentration written 'of <substance>' right after its unit, whose
words before name no concept of their own, takes the substance's concept (and its form) from the words after.
The open sets name such limits by the substance after the value (dev9 V080 'mercury', 'cadmium'; dev8 U005
'protein'), never by the words before."""

from __future__ import annotations

import re
from dataclasses import replace

# 'of' (and 'the') right after the unit, then the qualifier the reader kept.
_OF = re.compile(r"\s*of\s+(?:the\s+)?", re.I)
# A content or concentration: a mass or volume per mass or volume, a per cent, ppm.
_CONTENT_UNIT = re.compile(r"(?:[mµμun]?g|[mµμu]?[lL])\s*/\s*(?:[mk]?g|[mdµμ]?[lL]|m³)|%(?:\s*\(?[mv]/[mv]\)?)?|ppm|ppb", re.I)


def substance_named_after(reading, text: str, termbase) -> str | None:
    """The concept of the substance named by 'of …' right after `reading`'s unit ('0,2 mg/kg of lead' -> 'lead'), when
    the value is a content and the words before it name no concept of their own; else None."""
    if not reading.qualifier or not reading.unit or not _CONTENT_UNIT.fullmatch(reading.unit.strip()):
        return None
    end = reading.span[1]
    start = text.rfind(reading.qualifier, 0, end)
    if start < 0:
        return None
    of = _OF.search(text, max(0, start - 12), start)
    if of is None or of.end() != start or not text[reading.span[0]:of.start()].rstrip().endswith(reading.unit):
        return None
    hits = termbase.hits(reading.qualifier)
    if not hits or hits[0][0] != 0 or termbase.is_context(hits[0][2]):
        return None
    if termbase.concept_of(reading.parameter) is not None:
        return None
    return termbase.concept_of(reading.qualifier)


def substances_named_after(indicators: tuple, text: str, termbase) -> tuple:
    """The readings of a clause with each content named after its value (`substance_named_after`) given the
    substance's concept and form (the words stay as read: the name before, the substance in the qualifier)."""
    out = list(indicators)
    changed = False
    for k, reading in enumerate(out):
        concept = substance_named_after(reading, text, termbase)
        if concept is None or concept == reading.concept:
            continue
        out[k] = replace(reading, concept=concept, form=termbase.form_of(concept))
        changed = True
    return tuple(out) if changed else indicators
