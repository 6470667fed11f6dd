"""Statements that carry numbers but state no requirement, each found by a small named function with its own tests.

A clause often says what a class is, what a term means, what a designation stands for or what a standard covers,
and the numbers in such a statement bound a class, a term or a scope: they are no limit a product must meet. The
extractor (compare.indicators.extract) hides their digits, as it does a designation's, so no indicator is read
from them. Each function returns the spans (start, end) of the folded text to hide:

- `classification_spans`: "按吸水率分为：…E≤3 %…", "Toxicity classification: class A, OEL ≥ 400 ppm …",
                          "Filter categories: category 0, luminous transmittance over 80,0 % …" -> the values define
                          classes (a test's levels, "Test levels. Contact discharge: level 1, 2 kV", are compared).
- `term_definition_spans`: "3.1 儿童自行车：鞍座最大高度大于435 mm…的自行车。", "toy: any product … under 14 years",
                           "LC50 (median lethal concentration) is the concentration … lethal to 50 % of the test
                           organisms" -> a term entry of a vocabulary clause.
- `designation_spans`:     "轮胎规格205/55R16 91V表示：名义断面宽度205 mm…", "Example of designation: …",
                           'for example "powder ABC 4 kg"' -> what the parts of a designation stand for.
- `scope_spans`:           "This part of IEC 60034 specifies …", "This International Standard establishes …",
                           "it provides information for children older than 3 years" -> what a standard covers.
- `example_spans`:         "EXAMPLE 2 A sample of 25 g …", "示例：取样品10 g …", "For example, a 2 m cable …"
                           -> an example, which sets no requirement.

A statement holding a requirement word ("应", "不得", "shall", "must", "not exceed", "限值" …) is never hidden:
"按防触电保护分为Ⅰ类和Ⅱ类：Ⅰ类器具的泄漏电流不应大于0.75 mA" states limits for each class.
"""

from __future__ import annotations

import functools
import re

from compare.indicators.scope_quantities import readable_runs
from compare.indicators.scope_ratings import outside

# The end of a sentence (a semicolon separates the rows of a table inside one statement, so it is no end).
_FULL_STOP = re.compile(r"[。\n!?]|(?<!max)(?<!min)(?<!approx)(?<!No)(?<!e\.g)(?<!i\.e)\.\s+"
                        r"(?=[A-Z\u4e00-\u9fff'\"‘“]|\d+(?:\.\d+)+\s)")
# Words that make a statement a requirement.
_REQUIREMENT = re.compile(r"应|不得|不应|须|不能|不可|不超过|不大于|不小于|不低于|不高于|限值|限量|要求|指标|"
                          r"最高为|最低为|最多|至少|最少|不多于|不少于|"
                          r"(?<![A-Za-z])(?:shall|must|should|required?|limits?|limit values?|not (?:to )?exceed\w*|"
                          r"at least|at most|not (?:be )?(?:more|less|greater|lower|higher) than|permissible|"
                          r"maximum (?:level|value|content|concentration)s?|minimum (?:value|content)s?)(?![A-Za-z])",
                          re.I)


@functools.lru_cache(maxsize=4)  # each kind of statement below asks it of the same clause
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of `text`, ends excluded."""
    out, start = [], 0
    for m in _FULL_STOP.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return tuple(out)


def _states_requirement(text: str) -> bool:
    return _REQUIREMENT.search(text) is not None


# ------------------------------------------------------------------------------------------ classifications

# A heading that announces classes by how they are made: Chinese '按…分为', '…分类：', English 'classification:',
# 'are divided into'. (Text is folded: '：' is ':', '—' is '-'.)
_CLASS_HEAD = re.compile(
    r"按[^。;:]{1,20}?(?:分为|划分|分成|分级|分类)|(?:分类|分级)[^:。;\d]{0,4}(?::|\s-\s)|分为[^。;:\d]{0,8}:"
    r"|(?i:classification)(?:\s+(?:of|for)\s+[^:;.\d]{1,40})?\s*(?::|\s-\s|\.(?:\s|$)|$)"
    r"|(?i:(?:are|is)\s+(?:divided|classified|grouped|categori[sz]ed)\s+into)")
# A heading that only names classes ('温度等级 —', 'Filter categories:', '颜色标志：'): a table of limits per grade is
# written the same way ('产品等级：优级品 ≥ 99.5 %'), so it is a classification only where no bound is stated. A test's
# levels ('Test levels', '试验等级', 'severity levels') are not classes: each states the severity a test applies (2 kV,
# 10 V/m), a test condition, which the comparison compares.
# A value with its tolerance ('严酷等级：温度 (130±2)℃，相对湿度 (85±5) %', 'temperature 130 °C ± 2 °C') is a setting
# required of a test, never the edge of a class: it counts as a bound too. A tolerance class's formula ('AA ±(0,1 +
# 0,0017 |t|) °C') is no such value.
_CLASS_NOUN = re.compile(
    r"(?:类别|组别|(?<!试验)等级|级别)[^:。;\d]{0,4}(?::|\s-\s)|颜色标志|色标"
    r"|(?i:(?<![A-Za-z])(?:classes|categories))"
    r"(?:\s+(?:of|for)\s+[^:;.\d]{1,40})?\s*(?::|\s-\s|\.(?:\s|$)|$)|(?i:colou?r code)")
_BOUND_SIGN = re.compile(r"[<>≤≥]|\d\s*±|±\s*\d")
_CLASS_HINTS = ("分", "类", "级", "组", "色", "lass", "ategor", "level", "into", "code")
# (Speed: the hints in one search, whose first characters the engine scans for; no generator of substring tests.)
_CLASS_HINT = re.compile("|".join(map(re.escape, _CLASS_HINTS)))
# A heading naming a requirement ('理化指标 — 等级', 'limit classes') is a table of limits per class, not a classification.
_LIMIT_HEAD = re.compile(r"指标|限值|限量|要求|最大|最小|最高|最低|(?i:limit|requirement|maximum|minimum|permissible)")


_ENUMERATION = re.compile(r"[^:。;]{0,16}:")
# The names of the classes listed right after the words that divide ('分为50、35、25、20级；', '分为A15、B125…六个等级，',
# '分为低模量（LM）和高模量（HM）：'): two or more, joined by 、 or 和, up to the first mark of a clause.
_CLASS_LIST = re.compile(r"[^:。;,]{1,40}?[、和][^:。;,]{0,40}?(?=[:;,])")


def class_list_end(text: str, at: int) -> int | None:
    """Where the list of class names right after a classification's head ends (`_CLASS_LIST`, folded text), or None:
    what follows it says what each named class must meet ('分为M5、M7.5、M10，相应28 d抗压强度不应小于5.0 MPa、7.5 MPa…',
    '分为A15、B125、C250三个等级，各等级的试验荷载分别为15 kN、125 kN、250 kN'), not what makes a class."""
    m = _CLASS_LIST.match(text, at)
    return m.end() if m else None


# Classes named by their values, each with its unit, in a list that ends the sentence or a count of classes ('分为5 K、
# 10 K、15 K和20 K四级', 'Classes: 5 K, 10 K, 15 K and 20 K.', 'are divided into 1,5 mm, 2 mm and 3 mm.'): the
# values are what each class is, written as any list of values; no quantity bounds a class here.
_VALUE = r"\d+(?:[.,]\d+)?\s?(?:[A-Za-zµμΩ°%][A-Za-z/²³2-3]{0,4}|℃)"
_VALUES_AS_CLASSES = re.compile(rf"\s*(?:{_VALUE}\s*(?:、|,|和|(?<![A-Za-z])and(?![A-Za-z]))\s*){{2,}}{_VALUE}"
                                r"(?=\s*(?:(?:共)?[一二三四五六七八九十\d]+\s*(?:个)?(?:等级|级|类|档)|[.。]|$))")


def values_name_classes(text: str, at: int) -> bool:
    """True when the classes listed right after `at` (the words that divide, folded text) are named by their values
    with units (`_VALUES_AS_CLASSES`): the values are read as any listed values are."""
    return _VALUES_AS_CLASSES.match(text, at) is not None


def _names_its_classes(text: str, at: int, end: int) -> bool:
    """'分为0、1、2、3、4级：0级最大使用电压…', '分为50、35、25、20级；25级的…': a heading that lists its classes before
    the colon, or names them before the first mark of a clause, is followed by what each class must meet, not by what
    makes a class."""
    m = _ENUMERATION.match(text, at, end)
    return bool(m) and any(ch.isdigit() or ch == "、" for ch in m.group(0)) or class_list_end(text, at) is not None


def classification_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the statements that define classes by a quantity ('按质量分为以下组别：0组，质量小于10 kg…',
    'Filter categories: category 0, luminous transmittance over 80,0 % to 100 %'). A heading that is a title of
    its own ('Table 1 – Temperature classes.') covers the sentences after it up to one that states a requirement."""
    if not _CLASS_HINT.search(text) or not (_CLASS_HEAD.search(text) or _CLASS_NOUN.search(text)):
        return []  # (speed: one pass over the text before it is cut into sentences)
    spans: list[tuple[int, int]] = []
    sentences = _sentences(text)
    k = 0
    while k < len(sentences):
        start, end = sentences[k]
        head = _CLASS_HEAD.search(text, start, end)
        noun = head is None
        if noun:
            head = _CLASS_NOUN.search(text, start, end)
            if head is not None and _BOUND_SIGN.search(text, head.end(), end):
                head = None
        if head is None or _LIMIT_HEAD.search(text, start, head.start()) or _states_requirement(text[start:end]) \
                or _names_its_classes(text, head.end(), end) or values_name_classes(text, head.end()):
            k += 1
            continue
        last = end
        if not any(ch.isdigit() for ch in text[head.end():end]):  # a title: the rows follow in the next sentences
            while k + 1 < len(sentences) and not _states_requirement(text[slice(*sentences[k + 1])]) \
                    and not (noun and _BOUND_SIGN.search(text, *sentences[k + 1])):
                k += 1
                last = sentences[k][1]
        spans.append((start, last))
        k += 1
    return spans


# ------------------------------------------------------------------------------------------ term entries

_ZH_TERM = re.compile(r"\s*(?P<number>\d+(?:\.\d+)+\s*)?(?P<term>[\u4e00-\u9fffA-Za-z()（）][\u4e00-\u9fffA-Za-z0-9()（）]{0,15})"
                      r"\s*:\s*(?P<body>[^。]*?)的(?P<kind>[\u4e00-\u9fff]{1,8})\s*$")
# The kinds of thing a Chinese definition of a product or a person ends with.
_ZH_KINDS = re.compile(r"(?:产品|材料|物品|器具|设备|装置|部件|人员?|物质|制品)(?:和|及|或)?[\u4e00-\u9fff]{0,4}$")
_EN_TERM = re.compile(r"\s*(?P<number>\d+(?:\.\d+)+\s*)?(?P<term>[a-z][a-z\- ]{1,40}?)\s*:\s*(?:(?:a|an|any|the)\s+)?"
                      r"(?P<first>[a-z]+)\s+(?P<second>[a-z]+)")
# What follows the head noun of a definition ('bicycle designed for use by …'); 'atmosphere having a temperature of
# 20 °C' states the values themselves.
_DEFINING_VERBS = frozenset("designed intended used made meant for which that".split())
# (Speed: a term entry needs a colon after a short term at a sentence's start, or '的' closing a Chinese one.)
_TERM_ANYWHERE = re.compile(r"(?:^|[。.!?\n]\s*)(?:\d+(?:\.\d+)+\s*)?[a-z][a-z\- ]{1,40}?\s*:|的[\u4e00-\u9fff]{1,8}\s*(?:。|$)")
# The head nouns a definition of a product or a person begins with.
_DEFINED_KINDS = frozenset("product products material materials device devices equipment person persons article "
                           "articles item items substance substances appliance appliances component components "
                           "vehicle vehicles".split())


# The quantities a vocabulary defines by how they are measured ('半致死浓度（LC50）：…使50 %受试鱼死亡的受试物浓度',
# 'LC50 (median lethal concentration) is the concentration of a test chemical … lethal to 50 % of the test
# organisms'): the numbers say what is measured, no limit. The definition names the term's own head noun.
_ZH_QUANTITY_HEADS = ("浓度", "剂量", "含量", "时间", "期", "速率", "率", "值", "量")
_EN_QUANTITY_DEFINED = re.compile(
    r"\s*(?P<term>[A-Za-z][\w\-]*(?:\s[A-Za-z][\w\-]*){0,4}?)\s*(?:\((?P<expansion>[A-Za-z][A-Za-z\- ]{1,50})\)\s*)?"
    r"(?:is|means)\s+(?:the|a|an)\s+(?P<head>concentration|dose|time|period|rate|value|amount|level|quantity|duration)"
    r"(?:\s|$)")
_EN_QUANTITY_HINT = re.compile(r"\s(?:is|means)\s+(?:the|a|an)\s+(?:concentration|dose|time|period|rate|value|amount|"
                               r"level|quantity|duration)(?:\s|$)")
# Words of a bound: a category defined by its limits ('全氮含量大于或等于0.8 g/100 mL的酱油') is a requirement.
_BOUND_IN_DEFINITION = re.compile(r"[<>≤≥]|大于|小于|高于|低于|以上|以下|不少于|不多于|"
                                  r"(?i:(?<![A-Za-z])(?:above|below|greater|less|more|fewer|exceed\w*|over|under)(?![A-Za-z]))")


def _defines_its_quantity(sentence: str) -> bool:
    """True when `sentence` defines a measured quantity by naming its head noun again: a Chinese term entry whose
    definition ends with the term's head ('半致死浓度（LC50）：…的受试物浓度'), or an English '<term> (<expansion>) is the
    <head> …' whose head is the last word of the term or of its expansion ('LC50 (median lethal concentration) is
    the concentration of …'); and no bound is stated in it."""
    if _BOUND_IN_DEFINITION.search(sentence):
        return False
    m = _ZH_TERM.match(sentence)
    if m and m.group("body"):
        term = re.sub(r"\([^()]*\)", "", m.group("term"))
        return any(term.endswith(head) and m.group("kind").endswith(head) for head in _ZH_QUANTITY_HEADS)
    m = _EN_QUANTITY_DEFINED.match(sentence)
    if m:
        names = (m.group("term"), m.group("expansion") or "")
        return any(name.split() and name.split()[-1].lower() == m.group("head") for name in names)
    return False


def term_definition_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences that are term entries: a short term, a colon and a definition ending in a noun, after a
    clause number or naming a kind of thing ('2.1 婴儿：0～12月龄的人。', '玩具：…使用的任何产品和材料。'), or beginning
    with a kind of thing ('toy: any product … under 14 years of age') or, after a clause number, with the term's own
    head noun and a defining word ('3.3 young adult bicycle: bicycle designed for … less than 40 kg'). A product
    category defined by its limits ('低泡葡萄酒：…压力等于或大于0.05 MPa…的起泡葡萄酒') is a requirement and stays."""
    defines = (" is " in text or " means " in text) and _EN_QUANTITY_HINT.search(text)
    if not defines and (":" not in text or not _TERM_ANYWHERE.search(text)):
        return []
    spans = []
    for start, end in _sentences(text):
        sentence = text[start:end]
        if _states_requirement(sentence):
            continue
        if _defines_its_quantity(sentence):
            spans.append((start, end))
            continue
        if ":" not in sentence:
            continue
        m = _ZH_TERM.match(sentence)
        if m and m.group("body") and (m.group("number") or _ZH_KINDS.search(m.group("kind"))):
            spans.append((start, end))
            continue
        m = _EN_TERM.match(sentence)
        if m:
            head = m.group("term").split()[-1]
            first = m.group("first")
            if first in _DEFINED_KINDS or (m.group("number") and first.rstrip("s") == head.rstrip("s")
                                           and m.group("second") in _DEFINING_VERBS):
                spans.append((start, end))
    return spans


# ------------------------------------------------------------------------------------------ designations

_DESIGNATION_HEAD = re.compile(
    r"(?:型号|代号|牌号|标记|规格)?示例\s*:|(?<![表图式录A-Za-z0-9/\-])[A-Za-z0-9/\-]*[A-Za-z][A-Za-z0-9/\-]*\s*(?:表示|中)\s*:"
    # (not a table's, figure's, formula's or annex's number: '表A1中：H-3，豁免活度浓度1×10⁶ Bq/g' is 'in Table A1:',
    # the values of its rows, the thirty-first round)
    # ('Designation of thread size 1/2: pitch P, 1,814 mm; …' keys a row of a table by its size, and 'Designation and
    # size (mm): DL, 110 × 220' heads a table of codes with their values: no statement of what a code stands for.)
    # A designation that is one size number ('Designation 1/2: number of threads in 25,4 mm: 14; pitch P: 1,814 …')
    # keys its row the same way.
    r"|(?i:(?<![A-Za-z])example of (?:the )?designation|(?<![A-Za-z])designation(?!\s+(?:of|and)\s)"
    r"(?!\s+\d+(?:/\d+)?\s*:))(?:\s+[^:;.]{0,30})?\s*:"
    r"|'[^']{0,30}designation'\s+means")
# Quoted examples after 'for example', 'e.g.', '例如' ('for example "powder ABC 4 kg" or "foam 6 l"'), designation
# codes right after them ('e.g. 13A 89B'), and a marking of numbers joined by signs, with no unit after it ('例如
# 52□18-140', 'e.g. 22/18/13', '例如：6×23×26×6', 'e.g. 37-622'): what a marking looks like, no limit ('e.g. 20-25 °C'
# with its unit is a value given as an example, and stays).
_EXAMPLES = re.compile(r"(?i:for example|e\.g\.|例如)\s*[,:]?\s*"
                       r"(?:(?:\"[^\"]{1,40}\"|“[^”]{1,40}”)(?:\s*(?:or|and|,|或|和)\s*(?:\"[^\"]{1,40}\"|“[^”]{1,40}”))*"
                       r"|\d+[A-Z]+(?:\s+\d+[A-Z]+)*(?![A-Za-z])"
                       r"|\d+(?:\.\d+)?(?:\s?[-/×□]\s?\d+(?:\.\d+)?)+[A-Z]{0,2}(?!\d|[.,]\d|\s*(?:%|‰|°|℃|[A-Za-zµμΩ])))")


def designation_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the statements that say what a designation stands for ('轮胎规格205/55R16 91V表示：名义断面宽度205 mm…',
    'Example of designation: … test piece thickness 10 mm'), and of quoted or coded examples ('for example "foam 6 l"',
    'e.g. 13A 89B')."""
    spans = [m.span() for m in _EXAMPLES.finditer(text)] if ("xample" in text or "e.g." in text or "例如" in text) else []
    if not ("示例" in text or "表示" in text or "中:" in text or "esignation" in text):
        return spans
    for start, end in _sentences(text):
        head = _DESIGNATION_HEAD.search(text, start, end)
        if head and not _states_requirement(text[start:end]):
            spans.append((start, end))
    return spans


# ------------------------------------------------------------------------------------------ scope statements

_SCOPE_HEAD = re.compile(
    r"(?i:this\s+(?:(?:european|international|national)\s+)?(?:standard|document|part|specification|recommendation)"
    r"(?:\s+of\s+[^.;:]{1,30}?)?\s+(?:specifies|establishes|defines|covers|gives|deals\s+with|applies)"
    r"|(?:it|this\s+standard)\s+(?:also\s+)?(?:provides|gives)\s+(?:information|data|guidance))"
    r"|还给出了|本标准规定了|本文件规定了")


def scope_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences that state what a standard covers ('This part of IEC 60034 specifies efficiency
    classes for motors … from 0,12 kW to 1 000 kW', 'it provides information for children older than 3 years'):
    from the scope words to the end of the sentence, when no number comes before them in it."""
    if not ("his" in text or "it " in text or "It " in text or "给出" in text or "规定了" in text):
        return []
    spans = []
    for start, end in _sentences(text):
        head = _SCOPE_HEAD.search(text, start, end)
        if head and not any(ch.isdigit() for ch in text[start:head.start()]):
            runs = readable_runs(text, head.start(), end)
            # ('… with a rated voltage not exceeding 440 V', '… in the temperature range −30 °C to 300 °C':
            # scope_ratings, scope_quantities)
            spans += outside((head.start(), end), runs) if runs else [(head.start(), end)]
    return spans


# ------------------------------------------------------------------------------------------ examples

# A sentence that opens as an example: ISO's 'EXAMPLE' / 'EXAMPLE 2', 'Example:', 'For example,', Chinese '示例：',
# '示例2：', '例如，', '例：'.
_EXAMPLE_HEAD = re.compile(r"\s*(?:\d+(?:\.\d+)*\s+)?(?:EXAMPLES?(?:\s+\d+)?(?![A-Za-z])|(?:Examples?|For example|For instance)"
                           r"(?:\s+\d+)?\s*[:,]|示例\s*\d*\s*[:：]|例如\s*[,，:：]|例\s*\d*\s*[:：])")
# An example that says what a code stands for: the code, then '表示', 'designates', 'denotes', 'means' or a dash
# ('示例：ICP103450 表示方形锂离子电池，最大厚度10 mm', 'Examples: Ra 3,2 — unilateral upper limit, 3,2 µm'). Its limit
# words ('上限值', 'upper limit') say what the code means; only a modal verb makes it a requirement.
_CODE_EXPLAINED = re.compile(r"(?:[^\s:,;，；]|,(?=\d)){1,16}(?:\s(?:[^\s:,;，；]|,(?=\d)){1,8}){0,2}\s*(?:表示|(?<![A-Za-z])(?:designates|denotes|means|"
                             r"stands\s+for)(?![A-Za-z])|\s-\s)")
_MODAL = re.compile(r"应|须|不得|(?<![A-Za-z])(?:shall|must)(?![A-Za-z])", re.I)


def example_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences that give an example ('EXAMPLE 2 A sample of 25 g diluted to 250 ml …', '示例：取样品
    10 g …', 'For example, a 2 m cable …'): an example illustrates a requirement, it sets none. A sentence stating
    a requirement word is left alone."""
    if not ("EXAMPLE" in text or "xample" in text or "instance" in text or "例" in text):
        return []
    out = []
    for start, end in _sentences(text):
        head = _EXAMPLE_HEAD.match(text, start, end)
        if head and not (_MODAL if _explains_code(text, head.end(), end) else _REQUIREMENT).search(text, start, end):
            out.append((start, end))
    return out


def _explains_code(text: str, start: int, end: int) -> bool:
    """True when the example, from `start`, opens with a code and what it stands for (`_CODE_EXPLAINED`)."""
    return _CODE_EXPLAINED.match(text, start + len(text[start:end]) - len(text[start:end].lstrip()), end) is not None


def no_requirement_spans(text: str, classifications: bool = True) -> list[tuple[int, int]]:
    """Every span above: the statements of a clause whose numbers are no requirement (classifications left out when
    `classifications` is False)."""
    return ((classification_spans(text) if classifications else []) + term_definition_spans(text)
            + designation_spans(text) + scope_spans(text) + example_spans(text))
