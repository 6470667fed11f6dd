"""Things outside a bound referred to another document for their test (thirty-fifth round): '表观密度小于250 kg/m³的
泡沫材料按ISO 9772进行试验', 'Cellular materials with an apparent density below 250 kg/m³ are tested according to
ISO 9772'.

A scope often goes on to say where the things it leaves out are dealt with: the sentence names them by the bound they
fall outside ('小于250 kg/m³的泡沫材料', 'materials below 250 kg/m³') and sends them to another standard's method. Its
bound is the scope's own, stated again from the other side; it requires nothing of the things the document covers,
and the counterpart may say the same without a number ('Cellular materials of lower apparent density are tested
according to ISO 9772'). The numbers of such a sentence, before the reference, are hidden like a designation's digits.
The sentence must open with the bounded thing and refer it to a document by its code ('ISO 9772', 'GB/T 8811'); a
value set for a test done to another method ('试样厚度为3 mm，按GB/T 1040进行试验') has no bound word and stays read.
"""

from __future__ import annotations

import re

_CODE = r"(?:GB(?:/T|/Z)?|ISO|IEC|EN|ASTM|JIS|DIN|ANSI|ITU)\s*[\d(（/-]"
# '表观密度小于250 kg/m³的泡沫材料按ISO 9772进行试验': a bound word, a number, 的 and the things, then 按 … a code … a test.
_ZH = re.compile(r"(?:^|(?<=[。；;]))(?P<named>[^。；;，,]{0,30}?(?:小于|低于|大于|高于|超过|不足|不大于|不小于)\s*\d[^。；;，,]{0,20}?"
                 r"(?:以下|以上)?的[^。；;，,\d]{1,15}?)(?:应)?(?:按|按照|依据|参照)\s*" + _CODE
                 + r"[^。；;]{0,30}?(?:进行)?(?:试验|测定|检验|测试)")
# 'Cellular materials with an apparent density below 250 kg/m³ are tested according to ISO 9772'.
_EN = re.compile(r"(?:^|(?<=[.;]\s))(?P<named>[A-Z][^.;]{0,60}?(?<![A-Za-z])(?:less than|lower than|below|above|greater than|"
                 r"higher than|more than|exceeding|over)\s+\d[^.;]{0,40}?)\s(?:are|is|shall be)\s+"
                 r"(?:tested|measured|determined|assessed)\s+(?:according to|in accordance with|as specified in)\s+" + _CODE)


def referred_elsewhere(text: str) -> list[tuple[int, int]]:
    """The spans of `text` naming, by a bound, the things a sentence refers to another document's test."""
    if not any(code in text for code in ("GB", "ISO", "IEC", "EN", "ASTM", "JIS", "DIN", "ANSI", "ITU")):
        return []
    return [m.span("named") for pattern in (_ZH, _EN) for m in pattern.finditer(text)]
