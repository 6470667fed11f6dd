"""Lists of translation and implementation limits (thirty-second round, fixlang32).

Programming-language standards state the least capacity of a translator as a list of counts, each written before
or inside the name of what it counts, under one lead that bounds them all: 'The implementation shall be able to
translate and execute at least one program that contains at least one instance of every one of the following
limits: — 63 nesting levels of conditional inclusion; — 4095 characters in a logical source line; …',
'实现应至少能翻译并执行一个程序，该程序至少包含下列各限制中每一项的一个实例：条件包含的8层嵌套；一个逻辑源行中的509个字符；…'.
Each item is a minimum the implementation must reach (the open sets' keys read them so), a count with no unit, named
by the item's words: 'nesting levels of conditional inclusion', '一个逻辑源行中的个字符'. The lead's own numbers ('at least
one program', '一个程序', '一个实例') are no values, and the word 'limits' there is no maximum.

The same items written with no lead, as a clause that is only the list ('— 127 parameters in one function definition;
— 127 arguments in one function call; …': the lead stands in a clause before), are read alike but with no word of
bound: each takes its kind from the limit it is compared with, as a bare value of a list of limits does.

`translation_limits` reads such a list anew: the readings the general reader made of the lead and the items are
replaced by one minimum for each item that writes exactly one number in digits; it returns the spans it read, which
are then no numbers left unread.
"""

from __future__ import annotations

import re

from compare.core.vocabulary import Comparator

# The lead: 'at least' … 'the following limits:' in one sentence; '至少' … '下列(各)限制' … '：'.
_LEAD = re.compile(r"(?i:(?<![A-Za-z])at\s+least(?![A-Za-z])[^.:;]{0,200}?(?<![A-Za-z])(?:the\s+)?following\s+"
                   r"(?:[a-z-]+\s+)?limits\s*:)"
                   r"|至少[^。：:；;]{0,60}?下列各?(?:项)?限制[^。：:；;]{0,20}[：:]")
# Where the sentence of the lead starts.
_SENTENCE_END = re.compile(r"。|\n|\.\s+(?=[A-Z\u4e00-\u9fff])")
# The end of the list: a full stop (a '.' before a space and a capital, or at the end) or '。'.
_LIST_END = re.compile(r"。|\n|\.(?=\s+[A-Z\u4e00-\u9fff]|\s*$)")
_ITEM_SEPARATOR = re.compile(r"[;；]")
# A count written in digits (no decimal part: a count).
_COUNT = re.compile(r"(?<![\d.,A-Za-z_#])\d+(?:[ ,]\d{3})*(?![\d.,]\d)(?![A-Za-z_])")
# What an item starts with that is no part of its name: a list dash.
_ITEM_LEAD = re.compile(r"^[\s—–-]*")
_COUNTERS = "个层级项"
# A clause that is only a dashed list of counts, each item a dash, a count in digits and words ('— 127 parameters in
# one function definition; — 1023 members in a single structure or union.'), three items at least.
_DASHED_COUNTS = re.compile(r"\s*(?:[—–]\s*\d+\s+[A-Za-z][^;；.\d]*[;；]\s*){2,}[—–]\s*\d+\s+[A-Za-z][^;；.\d]*\.?\s*")
_START = re.compile(r"")


def may_list_translation_limits(text: str) -> bool:
    """False when the text has no lead `translation_limits` reads (quick words first)."""
    return (("limits" in text and "least" in text) or ("限制" in text and "至少" in text)
            or text.lstrip().startswith(("—", "–")))


def _items(text: str, start: int, end: int):
    """(start, end) of each item of the list text[start:end], parted by ';' or '；'."""
    at = start
    for sep in _ITEM_SEPARATOR.finditer(text, start, end):
        yield at, sep.start()
        at = sep.end()
    yield at, end


def _name(item: str, number: re.Match, chinese: bool) -> str:
    if chinese:
        after = item[number.end():]
        if after[:1] in _COUNTERS:
            after = after[1:]
        name = item[:number.start()] + after
    else:
        name = item[number.end():]
    name = re.sub(r"[(（][^)）]*[)）]", " ", name)
    return re.sub(r"\s+", " ", _ITEM_LEAD.sub("", name)).strip(" ,.;:，。")


def translation_limits(indicators: tuple, text: str, make) -> tuple[tuple, list[tuple[int, int]]]:
    """The indicators with a list of translation limits read as minima (see the module's docstring), and the spans
    it read. `make(name, value, span, item_text, bare)` builds one reading (a count: no unit; `bare`: no word of
    bound, the list had no lead). Unchanged when the text
    has no such list, or an item of it writes no number or more than one."""
    lead = _LEAD.search(text)
    bare = lead is None
    if bare:
        if not _DASHED_COUNTS.fullmatch(text):
            return indicators, []
        lead = _START.match(text)
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, lead.start())]
    sentence = starts[-1] if starts else 0
    closing = _LIST_END.search(text, lead.end())
    end = closing.start() if closing else len(text)
    chinese = bool(re.search(r"[\u4e00-\u9fff]", lead.group()))
    made, spans = [], [(sentence, lead.end())]
    for a, b in _items(text, lead.end(), end):
        item = text[a:b]
        numbers = list(_COUNT.finditer(item))
        if len(numbers) != 1:
            return indicators, []
        number = numbers[0]
        value = float(re.sub(r"[ ,]", "", number.group()))
        name = _name(item, number, chinese)
        if not name:
            return indicators, []
        made.append(make(name, value, (a + number.start(), a + number.end()), item.strip(), bare))
        spans.append((a, b))
    if len(made) < 2:
        return indicators, []
    kept = tuple(i for i in indicators if not sentence <= i.span[0] < end)
    return tuple(sorted(kept + tuple(made), key=lambda i: i.span[0])), spans
