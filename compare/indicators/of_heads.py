"""The quantity an English subject names before 'of': 'the A of the B shall …' is a limit of A, not of B (fixpair38).

A name's concept is the last term written in it, nearest the value (`Termbase.concept_of`): right for Chinese, which
writes what is measured last ('电源电压的总谐波畸变率应小于3 %': the distortion of the supply voltage), and for English
compounds ('supply voltage frequency'). An English subject phrase written with 'of' turns the order round: 'The total
harmonic distortion of the supply voltage shall be less than 3 %' limits the distortion, the voltage only says whose;
read by the last term it was a limit of voltage, and its counterpart, a limit of distortion, went unpaired while the
voltage's own tolerance took it. The head before 'of' is taken when it names a concept of its own (a quantity the
termbase knows, no context such as a food or a component such as fat), the concept the name was given is the one
written after 'of', and the phrase is the subject of the sentence that states the value ('… of the B shall/must/is …').
'The content of lead in water shall not exceed' is untouched: 'content' names no concept, lead is what is limited.
"""

from __future__ import annotations

import re

from compare.terms.termbase import Termbase

# The subject of the sentence stating the value: '[The] A of [the] B shall …', its words after the last break.
_BREAK = re.compile(r"[.;:!?|]\s|[\n\t;:|]")
_SUBJECT = re.compile(r"^\s*(?:(?:the|a|an|its|their)\s+)?(?P<a>[A-Za-z][A-Za-z\-]*(?:\s+[A-Za-z][A-Za-z\-]*){0,4}?)"
                      r"\s+of\s+(?:(?:the|a|an|each|every|any)\s+)?(?P<b>[A-Za-z][A-Za-z0-9\- ]*?)"
                      r"\s+(?:shall|must|should|is|are|may|will|does|do|has|have)\b", re.I)
_ROLES_PASSED = ("context", "component")


def head_before_of(termbase: Termbase, left: str, concept: str | None) -> str | None:
    """The concept of the head of an English subject 'A of B' in the words before a value (`left`), when the name
    was given B's concept and A names another concept of its own; else None."""
    if not concept or not left.isascii():
        return None
    segment = _BREAK.split(left)[-1]
    m = _SUBJECT.match(segment)
    if not m:
        return None
    head = termbase.concept_of(m.group("a"))
    if not head or head == concept or termbase.roles.get(head) in _ROLES_PASSED:
        return None
    if termbase.concept_of(m.group("b")) != concept or termbase.related(head, concept):
        return None
    return head
