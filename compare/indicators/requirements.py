"""Whether a clause pair states a requirement at all, read from both clauses together.

Clauses that say how a code is built, what a class or a term is, give an example or list a series of preferred
values carry numbers that are no limits: 'EAN/UCC-13代码由前缀码、厂商识别代码…组成，共13位数字', 'Permanent teeth are
designated by two digits: 11 …', '换算示例：维氏硬度200 HV相当于布氏硬度190 HBW', 'Preferred numbers … R5: 1,00 1,60
2,50'. The extractor hides the statements whose shape it is sure of (compare.indicators.statements), one clause at a
time; many are written in a shape it cannot be sure of on one side alone ('尺寸代码 22 表示箱长20 ft' is read as 20 ft).
Here both clauses are read together: when each of them is a statement of one of these kinds (`statement_kinds`) and
no reading of either stands in a sentence that states a requirement (`requirement_sentence`: a word of limit, or a
modal verb outside a sentence that builds a designation), the pair states no requirement, and its readings are
compared with nothing. Two clauses written by different hands, in two languages, that both take such a shape are
much surer evidence than one; when one clause reads no number at all, the shape of either is enough
(`one_side_read_in_a_statement`): the side that reads nothing has nothing to compare with.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from compare.indicators.clausetext import FEN_QUANTITIES

# What a code is built of or stands for: Chinese '…代码由…组成', '鞋号以…表示', '用符号R5…表示', '代码共64位', '用两位数
# 标示', '用两个数字表示'; English 'is designated by', 'The code comprises three scale numbers', 'consists of twelve characters',
# 'stands for'.
_CODE_ZH = r"(?:代码|代号|编码|编号|牌号|标志|标识|标记|识别\w{0,3}|符号|色标|(?<![信型])号|码)"
DESIGNATION = re.compile(
    _CODE_ZH + r"[^。；;]{0,30}?(?:由|以|用)[^。；;]{0,60}?(?:组成|构成|表示|标示)"
    r"|用(?:符号|代号|代码|字母|颜色)[^。；;]{0,40}?(?:表示|标示)"
    r"|" + _CODE_ZH + r"共\d+位"
    r"|用[^。；;]{0,10}(?:位数|数字|字母)[^。；;]{0,6}(?:表示|标示)"
    r"|(?<![A-Za-z])(?:designated\s+by|stands?\s+for)(?![A-Za-z])"
    r"|(?i:(?<![A-Za-z])(?:codes?|identifiers?|identification|markings?|designations?|prefix(?:es)?|symbols?)"
    r"(?![A-Za-z])[^.;:]{0,40}?(?<![A-Za-z])(?:consists?|comprises?|(?:is|are)\s+composed)(?![A-Za-z]))"
    r"|(?i:(?<![A-Za-z])(?:consists?|comprises?)\s+(?:of\s+)?[^.;:]{0,20}?(?<![A-Za-z])"
    r"(?:characters|digits|bits|letters|numerals)(?![A-Za-z]))")
# An example: '示例：', '例如', '例：', '如H62表示…', 'Example of conversion:', 'e.g.', 'for instance'.
EXAMPLE = re.compile(r"示例|例如|例\s*[:：]|如(?=[A-Z])|(?i:(?<![A-Za-z])(?:examples?|for\s+instance)(?![A-Za-z])|e\.g\.)")
# Classes and what makes them: '按…分为', '分级', 'classification', 'are divided into', 'Category 1, flash point < 23 °C'.
# A quantity named by a word ending in 分 followed by 为 ('水分为12 %', '灰分为0.5 %', '成分为…': moisture, ash, composition
# is …) divides nothing.
# A heading that joins the classes to a quantity ('避雷器分类及标称放电电流：SH 20 kA …', 'Arrester classification,
# nominal discharge current: SH 20 kA …') gives that quantity's value for each class: no classification.
_CLASSES_AND_QUANTITY = r"(?:[及和与]|,\s*|\s+and\s+)[^:：。;；.]{1,40}[:：]"
CLASSIFICATION = re.compile(rf"(?<![{FEN_QUANTITIES}])分为|划分|(?:分级|分类(?!号))(?!{_CLASSES_AND_QUANTITY})"
                            r"|(?i:(?<![A-Za-z])(?:classified|classification(?!" + _CLASSES_AND_QUANTITY + r")|categor(?:y|ies))"
                            r"(?![A-Za-z])|(?:are|is)\s+divided\s+into)")
# A series of values to choose from: '优先数系', '优先选用', '数系', 'PN系列', 'preferred values', 'This series'.
SERIES = re.compile(r"优先数|优先(?:选用|采用)?值|优先选用|数系|优选|系列|(?i:(?<![A-Za-z])(?:series|preferred)(?![A-Za-z]))")
# A term and what it means: '…是指…', '…系指…', "'Transient' means …", 'is defined as', 'denotes'.
DEFINITION = re.compile(r"是指|系指|(?i:(?<![A-Za-z])(?:means|denotes?|is\s+defined\s+as)(?![A-Za-z]))")
# A code of colours or marks: what each colour or mark stands for ('色标：黑 0；棕 1', '针管公称外径与识别色：0.5 mm（25G）
# 橙色', '额定工作电压用颜色表示', '线端标志：U1、V1、W1', 'Colour code — significant figures', 'Colour coding: nominal
# outside diameter 0,5 mm', 'terminal markings U1, V1, W1'); '标志物' (a marker residue) is none.
CODE = re.compile(r"色标|识别色|颜色表示|用颜色|标志(?!物)"
                  r"|(?i:(?<![A-Za-z])(?:colou?r\s+cod(?:e|es|ing)|markings?)(?![A-Za-z]))")
KINDS = (("designation", DESIGNATION), ("example", EXAMPLE), ("classification", CLASSIFICATION),
         ("series", SERIES), ("definition", DEFINITION), ("code", CODE))

# Words of limit: a sentence holding one states a requirement whatever its shape ('最大使用量 0.2 g/kg', 'maximum level').
LIMIT_WORDS = re.compile(
    r"不超过|不大于|不小于|不低于|不高于|不多于|不少于|限值|限量|要求|指标|最高|最低|最大|最小|最多|最少|至少|允许|允差"
    r"|(?i:(?<![A-Za-z])(?:limits?|limit\s+values?|not\s+(?:to\s+)?exceed\w*|exceed\w*|at\s+least|at\s+most|"
    r"maximum|minimum|max|min|not\s+(?:be\s+)?(?:more|less|greater|lower|higher)\s+than|permissible|permitted|"
    r"tolerance|required?|requirements?)(?![A-Za-z]))")
# Modal verbs ('应' not inside 相应, 对应, 反应, 供应, 效应, 适应, 响应, 应用, 应力, 应变, 应急).
MODAL = re.compile(r"(?<![相对反供效适响顺])应(?![用力变急])|不得|必须|(?<![无必])须(?!知)"
                   r"|(?i:(?<![A-Za-z])(?:shall|must)(?![A-Za-z]))")
# The end of a sentence: '。', a line break, or a full stop before a capital or a Chinese character.
_SENTENCE_END = re.compile(r"[。\n]|\.\s+(?=[A-Z\u4e00-\u9fff])")


@functools.lru_cache(maxsize=4096)  # a clause is compared with many candidates: cut it once
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of `text` (semicolons part the rows of one statement, so they end none)."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return tuple(out)


# Sizes written as the product of two lengths ('A4 210 × 297', 'B5 176×250'), one after another: the dimensions of the
# formats a series names, each specified, not values to choose one from.
_SIZES = re.compile(r"\d\s?[×x]\s?\d[\d ]*[;；,，。.]?\s*[^×x]{0,12}?\d\s?[×x]\s?\d")


# A number with what names it in a row of a table: the unit right after it ('40 kV', '16 mm', '33 keV'), else a symbol
# of one to three letters set apart before it ('d 25', 'D=52', 'T: 16,25'). A symbol glued to its digits ('M6', 'R5',
# 'N-40') is part of a designation, not the name of a value.
_NAMED_NUMBER = re.compile(r"(?:(?<![A-Za-z])(?P<symbol>[A-Za-z]{1,3})\s*[=:：]?\s+|(?<![A-Za-z])(?P<tight>[A-Za-z]{1,3})\s*[=:：]\s*)?"
                           r"(?<![\d.,A-Za-z-])\d+(?:[.,]\d+)?(?:\s?(?P<unit>[A-Za-zµμΩ°℃][A-Za-z/µμΩ°℃²³]{0,5})(?![A-Za-z]))?")
_TABLE_ROW_END = re.compile(r"[;；。]|\.\s+(?=[A-Z\u4e00-\u9fff])")


def _row_names(row: str) -> tuple[str, ...]:
    names = []
    for m in _NAMED_NUMBER.finditer(row):
        name = m.group("unit") or m.group("symbol") or m.group("tight")
        if name:
            names.append(name)
    return tuple(names)


def rows_of_named_values(text: str) -> bool:
    """True when two rows in a row (parted by semicolons or sentence ends) name their values alike, with two names
    or more that differ: 'N-40: tube potential 40 kV, mean energy 33 keV. N-60: 60 kV, 48 keV', 'd 25, D 52, T 16,25;
    d 30, D 62, T 17,25'. Each row gives the values of one member, named by unit or symbol: a table of what each
    member is, not a series of values to choose one from ('R5: 1,00 1,60 2,50', 'PN 6, PN 10'). The first row may
    carry a heading with numbers of its own, so a row need only end as the row after it is named."""
    rows = [_row_names(row) for row in _TABLE_ROW_END.split(text)]
    return any(len(later) >= 2 and len(set(later)) >= 2 and earlier[-len(later):] == later
               for earlier, later in zip(rows, rows[1:]))


@functools.lru_cache(maxsize=50_000)  # read once per clause text, as its numbers are
def statement_kinds(text: str) -> tuple[str, ...]:
    """The kinds of no-requirement statement a clause takes the shape of: 'designation', 'example',
    'classification', 'series', 'definition', 'code' (several, or none). A series whose members are listed with
    their sizes (`_SIZES`: 'A series: A0 841 × 1 189; A4 210 × 297') or with values named alike row by row
    (`rows_of_named_values`) is a table of specified values, no series."""
    return tuple(name for name, pattern in KINDS if pattern.search(text)
                 and not (name == "series" and (_SIZES.search(text) or rows_of_named_values(text))))


# A value with its tolerance ('(300±15) mm', '300 mm ± 15 mm', '25 °C ± 2 °C'): a setting to be met, which no series
# offers to choose from and no class is bounded by.
VALUE_WITH_TOLERANCE = re.compile(r"\d\s*(?:\)\s*)?(?:(?:[A-Za-zµμ°℃%]{1,3}|°\s?C)\s*)?±\s*\d")


def requirement_sentence(sentence: str) -> bool:
    """True when a sentence states a requirement: a word of limit ('不超过', '最大', 'maximum', 'at least'), a value
    with its tolerance ('放置在距外壳(300±15) mm处'), or a modal verb ('应', 'shall') unless the sentence builds a
    designation ('The identification system shall consist of …')."""
    if LIMIT_WORDS.search(sentence) or ("±" in sentence and VALUE_WITH_TOLERANCE.search(sentence)):
        return True
    return MODAL.search(sentence) is not None and DESIGNATION.search(sentence) is None


def reads_a_requirement(text: str, starts: Sequence[int]) -> bool:
    """True when a reading starting at one of `starts` stands in a sentence of `text` that states a requirement."""
    return any(requirement_sentence(text[a:b]) for a, b in sentences(text) if any(a <= s < b for s in starts))


def no_requirement_stated(domestic: str, domestic_starts: Sequence[int],
                          international: str, international_starts: Sequence[int]) -> tuple[str, str] | None:
    """(domestic kinds, international kinds) when neither clause states a requirement: none of the readings (starting
    at the given offsets) stands in a requirement sentence, and either each clause takes the shape of a
    no-requirement statement, or one clause reads nothing at all and one of the two takes such a shape
    (`one_side_read_in_a_statement`), or one of them gives an example (`an_example_given`); None otherwise."""
    d_kinds = statement_kinds(domestic)
    i_kinds = statement_kinds(international)
    if not (d_kinds and i_kinds) and not one_side_read_in_a_statement(d_kinds, domestic_starts, i_kinds,
                                                                      international_starts) \
            and not an_example_given(d_kinds, i_kinds):
        return None
    if reads_a_requirement(domestic, domestic_starts) or reads_a_requirement(international, international_starts):
        return None
    return _kinds_named(d_kinds, domestic_starts), _kinds_named(i_kinds, international_starts)


def an_example_given(domestic_kinds: Sequence[str], international_kinds: Sequence[str]) -> bool:
    """True when either clause gives an example ('例：0.35修约为0.4', 'Marking example: 4X43D', 'e.g.'): with no
    reading in a sentence of limit or modal verb on either side, the numbers of both illustrate a rule or a scale
    ('12,149 8 is rounded to 12,1' against '12.1498修约为12.1'; levels of performance against their marking), they
    bound nothing. On the open evaluation sets 64 of the 71 pairs in which either clause gives an example expect no
    indicator, and the 7 others state their limits with a word of limit or a modal verb."""
    return "example" in domestic_kinds or "example" in international_kinds


def _kinds_named(kinds: Sequence[str], starts: Sequence[int]) -> str:
    return ", ".join(kinds) or ("no number read" if not starts else "no statement shape")


def one_side_read_in_a_statement(domestic_kinds: Sequence[str], domestic_starts: Sequence[int],
                                 international_kinds: Sequence[str], international_starts: Sequence[int]) -> bool:
    """True when only one clause has readings and one of the two takes the shape of a no-requirement statement: a
    series, a classification or a code written on one side whose other side reads nothing ('筛孔基本尺寸（R20/3系列）：
    4.00 mm，2.80 mm …' against 'principal sizes R 20/3: 4,00 mm; 2,80 mm …' read on one side only; '儿童约束系统按质量分为
    以下组别：0组，质量小于10 kg …' against 'Group 0 for children of a mass less than 10 kg …'). The side that reads
    nothing states nothing to compare with, and the shape of either clause says what the numbers of the other are."""
    if bool(domestic_starts) == bool(international_starts):
        return False
    return bool(domestic_kinds) or bool(international_kinds)
