"""'一个' that picks one thing out of several, no count of one (thirty-eighth round, fixcount38).

A Chinese clause that describes the members of a pair one after the other writes '一个…，另一个…' ('由两个电极组成：一个是
镉盘，另一个是钨丝夹持器', '两个圆柱体，一个直径为25 mm，另一个直径为75 mm'): 'one of them … the other …', as the English
'one … the other' is. The '一个' of such a sentence and '另一个' ('the other', 'another': '从一个电源转换到另一个电源') name
which thing is meant and count nothing; read as '1个' they gave a count of one that no standard sets, which stood
one-sided against the counterpart clause. Left in words, they are never read as values (`clausetext.numerals_to_digits`).
"""

from __future__ import annotations

import re

# 'the other one' / 'another one': '另一个', '另外一个'.
_THE_OTHER = re.compile(r"另(?:外)?$")
# The end of the sentence (or of the item of a list) that the pair is described in.
_SENTENCE_END = re.compile(r"[。;；!?！？\n]")


def one_of_them(text: str, at: int) -> bool:
    """Whether the numeral at `at` is the '一' of '一个' naming one member out of several: '另一个' (the other), or
    '一个' in a sentence that goes on to name '另一个'."""
    if not text.startswith("一个", at):
        return False
    if _THE_OTHER.search(text, max(0, at - 2), at):
        return True
    end = _SENTENCE_END.search(text, at)
    rest = text[at + 2:end.start() if end else len(text)]
    return "另一个" in rest or "另外一个" in rest
