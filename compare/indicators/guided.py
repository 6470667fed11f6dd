"""A second reader, guided by the other clause: numbers the rule reader left unread in one clause, taken for the
partners of limits the other clause states.

The rule reader (compare.indicators.extract) reads each clause on its own. When it reads a limit in one clause
and nothing to pair it with in the other, the other clause often does state it, in a form no construction
covers (a table flattened into text, a unit written once in a heading, a value before its name). This module
looks, only then, at the numbers of that clause no indicator used (`Extraction.unread_spans`):

- `unread_numbers` reads each of them with the number grammar, with its unit (written after it, else in its
  segment, else earlier in the clause), its segment (the row or list item: text between ';', '。', '|'-rows,
  line breaks and full stops) and the words of limit around it (the zh+en comparator lexicon);
- `candidate_score` scores one (limit without partner, unread number) couple: the same concept named in the
  segment (the termbase; another concept named there forbids it), codes both name ('M1', 'A4', '08A'), with an
  encoder (the comparison's own name vectors) the similarity of the two names where the termbase knows neither and
  no code is written, a unit of the same dimension (a hard constraint), the closeness of the two values, and the
  order as the last tie-break;
- `assign_unread` solves the couples as an assignment (`scipy.optimize.linear_sum_assignment`) and keeps those
  over `THRESHOLD`, so a number is taken only when it clearly belongs;
- `recovered_indicator` builds the reading, marked `recovered` with a low confidence and its span;
- `recover_pairs` puts it all together for one comparison: pairs already complete never change.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from compare.core.vocabulary import Comparator
from compare.indicators.clausetext import fold, numerals_to_digits, plural_count_spans, plural_counts_to_digits
from compare.indicators.extract import Extraction, Indicator, fraction_basis, unit_written_after
from compare.indicators.numbers import read_number, scan_numbers, writes_decimal_comma
from compare.indicators.phrases import AFTER, AFTER_KIND, BEFORE, KIND, basis_in, clean_parameter
from compare.indicators.same_counts import counted_after, is_count, same_count
from compare.indicators.units import normalise, reads_as_unit
from compare.terms.termbase import Termbase

# Confidence of a recovered reading (the rule reader's readings are 0.5-1.0): a reviewer checks these first.
RECOVERED_CONFIDENCE = 0.3
# Score a couple must reach to be taken (see `candidate_score`): the same concept (2.0) or a shared code (1.0)
# with a close value; a value alone never reaches it.
THRESHOLD = 2.0
CONCEPT = 2.0
CODE = 1.0
COUNT = 1.0  # (the same count of things, `same_counts.same_count`)
UNIT_WRITTEN = 0.5
UNIT_IN_SEGMENT = 0.3
SAME_VALUE = 0.5
# With an encoder, the similarity of the partner's name and the number's item counts where the termbase names no
# concept in the item: NAME times the cosine, from NAME_FLOOR up (below it, no evidence).
NAME = 3.0
NAME_FLOOR = 0.45
# Unread numbers looked at per clause, and limits without a partner: a clause has a handful.
MAX_CANDIDATES = 60

# A number right after these is no value: a tolerance ('± 8 %', read by the rule reader or not at all), a term of a
# formula ('0,1 v + v²/150'), a reference ('see Section 6.3', '§ 4').
_NOT_A_VALUE_BEFORE = re.compile(r"(?:±|(?:^|[\s,;(])[-−]\s?|[+*×^]|[A-Za-z²³)]\s*/|(?i:section|clause|table|figure|annex|item|no\.|§|条|章|节|表|图))"
                                 r"\s*$")
_NOT_A_VALUE_AFTER = re.compile(r"^\s*(?:[+*×^²³]|/\s*[A-Za-z]|[号型级类等版#])")  # (a grade: '95号', 'Ⅱ类')
# Kinds of a percentage in brackets, which are no units of their own ('% (V/V)').
_PERCENT_KIND = re.compile(r"\(\s*[mMvVwW]\s*/\s*[mMvVwW]\s*\)|(?<![A-Za-z])[mMvVwW]/[mMvVwW](?![A-Za-z])")
# What ends a row or list item: ';', '。', a line break, a full stop before a space, a colon that closes a
# heading ('Maximum content in mg/kg:'), and the sentence breaks of Chinese text.
_SEGMENT_BREAK = re.compile(r"[;；。\n]|\.(?=\s|$)|[:：](?=\s*[A-Za-z\u4e00-\u9fff])")
_UNIT_TOKEN = re.compile(r"(?<![A-Za-z0-9µμ])(?:%|‰|°\s?[CF]|[A-Za-zµμΩ°][A-Za-z0-9µμΩ°·²³⁻¹]*"
                         r"(?:\s?/\s?(?:\d+\s?)?[A-Za-zµμΩ°][A-Za-z0-9µμΩ°·²³⁻¹]*)*)(?![A-Za-z0-9])")
# Codes that key a row or a class: 'M1', 'A4', '08A', '0W', 'PM10', 'IPX4'.
_CODE = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{1,4}\d{1,3}[A-Za-z]?|\d{1,3}[A-Z]{1,2})(?![A-Za-z0-9])")
# Chemical symbols that key the rows of a composition ('Fe 0.7, Cu 0.15~0.40'): codes too, when both names write one.
_ELEMENTS = frozenset("H He Li Be B C N O F Na Mg Al Si P S Cl K Ca Ti V Cr Mn Fe Co Ni Cu Zn As Se Mo Ag Cd Sn Sb "
                      "Ba Hg Tl Pb Bi W Zr Nb".split())
_SYMBOL = re.compile(r"(?<![A-Za-z0-9])[A-Z][a-z](?![A-Za-z0-9])")  # (two letters: P, V, S are classes too)
# A class, grade or type named by one letter or numeral ('B级', 'Grade B', 'Ⅱ类', 'class II', 'A型', 'type A').
_CLASS = re.compile(r"(?<![A-Za-z0-9])([A-Z]|I{1,3}|IV|V)\s*(?:级|类|型|等)|(?i:grade|class|type|category)\s+([A-Z]|I{1,3}|IV|V)"
                    r"(?![A-Za-z0-9])")
# What parts the items of a row or list ('Lead content, mg/l, — / 5,0', 'Mn 0.15, Zn 0.25', '镍 | 0.02').
# A level or grade named by its number ('1级', 'level 1', 'grade 1'), which keys the rows of a list of levels
# ('超声检测 1级40 h，2级80 h' against 'UT, level 1: 40; level 2: 80').
_LEVEL = re.compile(r"(?<![\d.,])([1-9])\s*级|(?i:level|grade)\s+([1-9])(?![\d.,])")
_ITEM_BREAK = re.compile(r",(?!\d)|[，、|]")  # (not a decimal comma: '0,10')
_NAME_WORD = re.compile(r"[\u4e00-\u9fff]|[A-Za-z][A-Za-z\-]*")
_NOT_NAME_WORDS = frozenset({"max", "min", "maximum", "minimum", "nom", "approx", "see", "and", "or", "to", "of"})


@dataclass(frozen=True)
class Unread:
    """A number of a clause no indicator used, with what is around it."""

    value: float
    written: str
    span: tuple[int, int]          # in the clause
    segment: tuple[int, int]       # the row or list item holding it, in the clause
    before: str                    # words of the segment before the number
    after: str                     # words of the segment after the number
    unit: str                      # written right after the number ('' when none)
    comparator: str | None         # a word of limit in the segment ('max', '不大于'), or None


class CountedUnread(Unread):
    """A count left unread that `unread_numbers` does not offer (`unread_counts`: in words, or
    inside a reading's words): taken only for the same count (`same_counts.same_count`)."""


def segment_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The row or list item around text[start:end]: from the last break before it to the first after it."""
    lo = 0
    for m in _SEGMENT_BREAK.finditer(text, 0, start):
        lo = m.end()
    m = _SEGMENT_BREAK.search(text, end)
    return lo, (m.start() if m else len(text))


def unit_after(text: str, end: int) -> str:
    """The unit written right after a number ending at `end` of folded text ('5 mg/kg' -> 'mg/kg'), or '': the
    rule reader's own reading of units."""
    return unit_written_after(text, end)


def comparator_in(words: str, following: str = "") -> str | None:
    """The kind of limit the words around a number state ('maximum content', '不大于', '5 max'), or None."""
    found = None
    for m in BEFORE.finditer(words):
        kind = KIND.get(m.group(1).lower())
        if kind in (Comparator.MAX, Comparator.MIN):
            found = kind
    m = AFTER.match(following)
    if m:
        return AFTER_KIND.get(m.group(1).lower(), found)
    return found


def unread_numbers(extraction: Extraction) -> list[Unread]:
    """The numbers of an extracted clause that no indicator or condition used (`Extraction.unread_spans`), read
    with the number grammar, each with its segment, the unit written after it and the words of limit near it; never
    the digits of a designation ('PN 16', `Extraction.designation_spans`), listed unread but naming a thing."""
    text = extraction.text
    if not text or not extraction.unread_spans:
        return []
    folded, where = fold(text)
    spans = extraction.unread_spans
    used = [ind.span for ind in extraction.indicators]
    comma = writes_decimal_comma(folded)
    out: list[Unread] = []
    for number in scan_numbers(folded, where):
        a, b = number.start, number.end
        if not any(x < b and a < y for x, y in spans) or any(x < b and a < y for x, y in used) \
                or any(x <= a and b <= y for x, y in extraction.designation_spans):
            continue
        try:
            value = read_number(number.text, comma)
        except ValueError:
            continue
        if not math.isfinite(value):
            continue
        lo, hi = segment_of(folded, number.at, number.to)
        if _NOT_A_VALUE_BEFORE.search(folded, max(lo, number.at - 12), number.at) \
                or _NOT_A_VALUE_AFTER.match(folded[number.to:number.to + 4]):
            continue
        unit = unit_after(folded, number.to)
        before, after = folded[lo:number.at], folded[number.to:hi]
        out.append(Unread(value, text[a:b], (a, b), (where[lo] if lo < len(where) else len(text),
                                                      where[hi - 1] + 1 if hi > lo else a),
                          before, after, unit, comparator_in(before[-40:], after)))
        if len(out) >= MAX_CANDIDATES:
            break
    return out


def _dimension(unit: str) -> str:
    return normalise(1.0, unit).dimension


def _unit_for(number: Unread, partner: Indicator, text_before: str) -> tuple[str, float] | None:
    """The unit to read `number` in, and its weight in the score; None when no unit of the partner's dimension can
    be its own (a hard constraint: a number is never paired across dimensions)."""
    want = partner.normalized.dimension
    unitless = not partner.unit or want == "number"
    if number.unit:
        return (number.unit, UNIT_WRITTEN) if _dimension(number.unit) == want else None
    segment_units = _stated_units(number.before + " " + number.after)
    same = _of_dimension(segment_units, partner)
    if same:
        return same, UNIT_IN_SEGMENT
    if unitless:
        return ("", 0.0) if not segment_units else None
    if segment_units:
        return None  # the segment writes a unit of another quantity
    earlier = _stated_units(text_before)
    unit = _of_dimension(earlier, partner)
    return (unit, 0.0) if unit else None


def _of_dimension(units: list[str], partner: Indicator) -> str:
    """The last of `units` in the partner's own unit (mg/kg for mg/kg, not %), else the last of its dimension."""
    want = partner.normalized
    same = [u for u in units if _dimension(u) == want.dimension]
    spelt = [u for u in same if normalise(1.0, u).unit == want.unit]
    return (spelt or same or [""])[-1]


_AFTER_A_NUMBER = re.compile(r"\d\s?$")


def _stated_units(text: str) -> list[str]:
    """Units a text states on their own, as a heading or column does ('Lead content, mg/l'); not those written
    after another number ('> 20 mm diameter'), which are that number's."""
    blanked = _without_codes(text)
    return [t.group(0) for t in _UNIT_TOKEN.finditer(blanked)
            if not _AFTER_A_NUMBER.search(blanked, max(0, t.start() - 2), t.start()) and reads_as_unit(t.group(0))]


def _without_codes(text: str) -> str:
    """Text with its row codes ('A2' is no ampere squared), chemical symbols and kinds of percentage ('(V/V)')
    blanked."""
    text = _CODE.sub(" ", _PERCENT_KIND.sub(" ", text))
    return _SYMBOL.sub(lambda m: " " if m.group(0) in _ELEMENTS else m.group(0), text)  # ("Mg" is no megagram)


def _codes(text: str) -> frozenset[str]:
    codes = {c.upper().lstrip("0") or "0" for c in _CODE.findall(text)}
    codes.update(c.upper() for c in _SYMBOL.findall(text) if c in _ELEMENTS)
    codes.update("class " + (a or b) for a, b in _CLASS.findall(text))
    codes.update("level " + (a or b) for a, b in _LEVEL.findall(text))
    return frozenset(codes)


def _names_something(piece: str) -> bool:
    return any(w.isascii() is False or (w.lower() not in _NOT_NAME_WORDS and not reads_as_unit(w))
               for w in _NAME_WORD.findall(piece))


def _nearest_concepts(words: str, termbase: Termbase, last: bool = True) -> list[str]:
    """The concepts (not context) of the item nearest the number that names any: walking back through the items
    of the words before it ('Lead, fish: ' -> lead, past the food), or forward through those after it; none when
    the nearest item names something the termbase does not know."""
    pieces = _ITEM_BREAK.split(words)
    for piece in (reversed(pieces) if last else pieces):
        hits = termbase.hits(piece)
        named = [c for _, _, c in hits if not termbase.is_context(c)]
        if named:
            return named
        if not hits and _names_something(piece):
            return []  # the nearest name is one the termbase does not know ('Si', 'Grade B')
    return []


def item_before(words: str) -> str:
    """The words of a number's own item: from the last item break before it that leaves a name ('Lead content,
    mg/l, — / ' keeps all three pieces: the last two name nothing; 'Mn 0.15, Zn ' keeps 'Zn ')."""
    breaks = [m.start() for m in _ITEM_BREAK.finditer(words)]
    end = len(words)
    for start in reversed(breaks):
        if _names_something(words[start + 1:end]):
            return words[start + 1:]
        end = start
    return words


def _closeness(a: float | None, b: float | None) -> float:
    if a is None or b is None:
        return 0.0
    if a == b:
        return 1.0
    if a == 0 or b == 0 or (a < 0) != (b < 0):
        return 0.0
    return min(abs(a), abs(b)) / max(abs(a), abs(b))


def _value_of(ind: Indicator) -> float | None:
    n = ind.normalized
    return None if n.value is None else n.value * n.ratio_scale


def unread_counts(extraction: Extraction) -> list[CountedUnread]:
    """The counts an extracted clause left unread that `unread_numbers` does not offer, right before a counter
    or the plural noun of the things counted: those written in words ('试模由三个水平的模槽组成' -> 3 before '个';
    `unread_numbers` scans digits only) and those in digits inside a reading's words ('Sizes 1 1/2 and 3: 11 threads
    per 25,4 mm', where the reading of 25,4 mm spans its name), as numbers with no unit and no word of limit. Whole
    numbers of two or more, never a designation's digits; each a `CountedUnread`, which only the same count takes
    (`same_counts.same_count`)."""
    text = extraction.text
    # An English count in words before the plural noun of the things counted ('a sequence of twelve Pst values',
    # 'five tiles of each type'): the value reader never sees it (`plural_counts_to_digits`), so no unread span
    # lists it; offered as unread when `numerals_to_digits` left it in words (no reading took it for its value).
    in_words = plural_count_spans(text) if text else set()
    if not text or not (extraction.unread_spans or in_words):
        return []
    folded, where = numerals_to_digits(*fold(text))
    words_at: set[int] = set()
    if in_words:
        words_at = {a for a, _ in in_words} - {n.start for n in scan_numbers(folded, where)}
        folded, where = plural_counts_to_digits(folded, where)
    used = [ind.span for ind in extraction.indicators]
    out = []
    for number in scan_numbers(folded, where):
        a, b = number.start, number.end
        if not number.text.isdigit() or not is_count(float(number.text)) \
                or any(x <= a and b <= y for x, y in extraction.designation_spans):
            continue
        if a in words_at:
            b = next(end for start, end in in_words if start == a)
        elif not any(x < b and a < y for x, y in extraction.unread_spans):
            continue
        if text[a:b] == number.text and not any(x < b and a < y for x, y in used):
            continue  # (digits no reading's words hold are `unread_numbers`'s)
        lo, hi = segment_of(folded, number.at, number.to)
        after = folded[number.to:hi]
        if not counted_after(after):
            continue
        out.append(CountedUnread(float(number.text), text[a:b], (a, b),
                                 (where[lo], where[hi - 1] + 1 if hi > lo else a), folded[lo:number.at], after, "", None))
    return out


def candidate_score(partner: Indicator, number: Unread, text_before: str, termbase: Termbase,
                    similarity=None) -> tuple[float, str] | None:
    """How clearly an unread number is the partner of a limit the other clause states, and the unit to read it in;
    None when it cannot be (another dimension, another concept named in its segment, no concept nor code shared).

    Concept: the partner's concept named in the segment's words (before the number first, then after it) scores
    CONCEPT; a segment naming other concepts only is no partner. Codes both name ('M1', '08A') score CODE. A unit
    written with the number scores UNIT_WRITTEN, one in its segment UNIT_IN_SEGMENT; one stated earlier in the
    clause (a heading) is accepted at no score. Values: their ratio (0-1), and SAME_VALUE more when equal.
    `similarity(a, b)` (an encoder's cosine of two names, optional) scores NAME times it, from NAME_FLOOR, when
    the termbase names no concept near the number.
    """
    if partner.comparator not in (Comparator.MAX, Comparator.MIN, Comparator.EQUAL) or partner.value is None:
        return None
    if same_count(partner, number):  # ('振实60次' / 'compact … with 60 jolts': one count, written alike)
        return COUNT + 1.0 + SAME_VALUE, number.unit
    if isinstance(number, CountedUnread):
        return None  # (a count `unread_numbers` does not offer is taken only for the same count)
    unit = _unit_for(number, partner, text_before)
    if unit is None:
        return None
    unit_text, unit_score = unit
    concept = partner.concept or termbase.concept_of(partner.parameter)
    score = unit_score
    evidence = False
    own = item_before(number.before)
    following = _ITEM_BREAK.split(number.after, 1)[0]
    named = _nearest_concepts(number.before, termbase)
    after = not named
    for found in (named, _nearest_concepts(following, termbase, last=False) if after else ()):
        if not found:
            continue
        if concept and any(termbase.related(concept, c) for c in found):
            score += CONCEPT
            evidence = True
            break
        if concept or not after:
            return None  # the nearest name is another quantity's
    codes = _codes(partner.parameter + " " + partner.qualifier)
    if codes and codes & _codes(own + " " + following):
        score += CODE
        evidence = True
    if not evidence and similarity is not None and not named and not codes:  # (codes, when written, decide)
        cosine = similarity(_partner_name(partner), item_name(number))
        if cosine >= NAME_FLOOR:
            score += NAME * cosine
            evidence = True
    if not evidence:
        return None
    mine = normalise(number.value, unit_text)
    value = None if mine.value is None else mine.value * mine.ratio_scale
    close = _closeness(value, _value_of(partner))
    score += close + (SAME_VALUE if close == 1.0 else 0.0)
    if number.comparator and partner.explicit and number.comparator != partner.comparator \
            and partner.comparator != Comparator.EQUAL:
        score -= 0.5  # a stated maximum facing a stated minimum: possible, less likely
    return score, unit_text


def _partner_name(partner: Indicator) -> str:
    return partner.parameter or partner.text


def item_name(number: Unread) -> str:
    """The name of a number's item, for an encoder ('Existent gum content (solvent washed)')."""
    return clean_parameter(item_before(number.before)) or _name(number)


def assign_unread(partners: Sequence[Indicator], numbers: Sequence[Unread], text: str, termbase: Termbase,
                  vectors=None) -> list[tuple[int, int, str]]:
    """(partner index, number index, unit) for each couple taken: an assignment over the scores, each number and
    each partner used once, a couple kept only at THRESHOLD or over. Ties go to the number nearest in order.
    `vectors` (compare.indicators.verdicts.NameVectors, optional) gives the names' similarity."""
    if not partners or not numbers:
        return []
    similarity = None
    if vectors is not None:
        # Only the couples that pass every other test ask the encoder: their names are found first, then encoded in
        # one call (most comparisons need none).
        wanted: list[str] = []

        def note(a: str, b: str) -> float:
            wanted.extend((a, b))
            return 0.0

        for partner in partners:
            for number in numbers:
                candidate_score(partner, number, text[:number.span[0]], termbase, note)
        if wanted:
            vectors.ensure(wanted)
            similarity = vectors.similarity
    scores = np.full((len(partners), len(numbers)), -1.0)
    units: dict[tuple[int, int], str] = {}
    for p, partner in enumerate(partners):
        for n, number in enumerate(numbers):
            found = candidate_score(partner, number, text[:number.span[0]], termbase, similarity)
            if found is None:
                continue
            # order as the last tie-break: the k-th limit without a partner and the k-th number
            scores[p, n] = found[0] - 1e-3 * abs(p / max(1, len(partners)) - n / max(1, len(numbers)))
            units[p, n] = found[1]
    if scores.max() < THRESHOLD:
        return []
    from scipy.optimize import linear_sum_assignment  # here: scipy.optimize takes 0.3 s to import

    rows, cols = linear_sum_assignment(-scores)
    return [(int(p), int(n), units[p, n]) for p, n in zip(rows, cols) if scores[p, n] >= THRESHOLD]


def _name(number: Unread) -> str:
    return clean_parameter(number.before) or clean_parameter(number.after)[:60]


def recovered_indicator(number: Unread, unit: str, partner: Indicator, termbase: Termbase) -> Indicator:
    """The reading of an unread number taken for `partner`'s counterpart: marked `recovered`, confidence
    RECOVERED_CONFIDENCE, its span in the clause; with no word of limit near it, it takes the kind of limit it
    faces (like a bare value in a list)."""
    kind = number.comparator
    name = _name(number)
    concept = termbase.concept_of(name) or termbase.concept_of(number.after) or None
    normalized = normalise(number.value, unit)
    unit, basis = fraction_basis(unit, basis_in(number.before + " " + number.after), normalized.dimension)
    return Indicator(parameter=name, comparator=kind or Comparator.EQUAL, value=number.value, unit=unit,
                     span=number.span, text=(number.before + number.written + number.after).strip(), basis=basis,
                     normalized=normalise(number.value, unit), concept=concept, form=termbase.form_of(concept),
                     explicit=kind is not None, bare=kind is None, confidence=RECOVERED_CONFIDENCE, recovered=True)


def may_recover(extraction: Extraction) -> bool:
    """False when the clause has no number left to offer: no unread span and no count in words before its plural
    noun (`unread_counts`)."""
    return bool(extraction.unread_spans) or bool(extraction.text and plural_count_spans(extraction.text))


def recover_pairs(missing: Sequence[tuple[int, Indicator, str]], domestic: Extraction, international: Extraction,
                  termbase: Termbase, vectors=None) -> list[tuple[int, Indicator]]:
    """For limits without a partner — (pair index, the limit, the side it lacks: 'domestic' or 'international') —
    the readings recovered from the unread numbers of the side that lacks them: (pair index, reading)."""
    out: list[tuple[int, Indicator]] = []
    for side, extraction in (("domestic", domestic), ("international", international)):
        wanting = [(k, ind) for k, ind, lacking in missing if lacking == side]
        if not wanting:
            continue
        numbers = unread_numbers(extraction) + unread_counts(extraction)
        if not numbers:
            continue
        partners = [ind for _, ind in wanting]
        for p, n, unit in assign_unread(partners, numbers, extraction.text, termbase, vectors):
            out.append((wanting[p][0], recovered_indicator(numbers[n], unit, partners[p], termbase)))
    return out


def without_recovered(unread: Sequence[str], spans: Sequence[tuple[int, int]], taken: Sequence[Indicator]
                      ) -> tuple[str, ...]:
    """The unread list of a clause once the recovered readings have taken some of its numbers."""
    if not taken:
        return tuple(unread)
    out = []
    for k, number in enumerate(unread):
        span = spans[k] if k < len(spans) else None
        if span is not None and any(ind.span[0] < span[1] and span[0] < ind.span[1] for ind in taken):
            continue
        out.append(number)
    return tuple(out)


__all__ = ["Unread", "segment_of", "item_before", "unit_after", "comparator_in", "unread_numbers", "candidate_score",
           "assign_unread", "item_name", "recovered_indicator", "may_recover", "recover_pairs", "without_recovered"]
