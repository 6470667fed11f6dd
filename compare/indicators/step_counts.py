"""A count that a step of a procedure takes as its object, read beside a limit of the same sentence (fixcount37).

'在试样上相隔至少6 mm的不同位置测量5次硬度值' / 'Make five measurements of hardness … at least 6 mm apart', '外壳每个受试表面应
承受5次碰撞' / 'five impacts shall be applied to each exposed face …, the points of impact being evenly distributed over
the face', '每种试验菌取3个抗菌处理试样和6个未处理试样，…厚度不超过10 mm' / 'three treated and six untreated test specimens
are used, each … not more than 10 mm thick'. The reader reads a count of things a step takes (`extract._counts_of_things`)
only in a sentence that states no limit: beside a limit a count is often what the limit is of ('3个试样的平均值不小于…',
'the mean of three specimens'). A count the verb of the step governs, though, is the step's own requirement whatever
else its sentence limits: the verb stands straight before it ('测量5次', '承受5次', '取3个', 'Make five', 'Prepare
three'), or the count and its things are the subject of the step said in the passive ('five impacts shall be applied',
'three … specimens are used'). The open sets' keys write every such count (a plain number, no unit).
"""

from __future__ import annotations

import re

# The verbs of a step straight before its count: it takes, prepares, measures, tests or applies that many things, or
# the thing tested undergoes that many ('承受5次碰撞', 'withstand 5 000 insertions').
# 用 alone (fixcount39: '用9份样品的测定结果进行评价', use the results of 9 samples), not the verbs it ends ('使用', '采用'):
# those come after a bound in the open sets ('至少使用5个', '最多使用2个'), which a count read here would lose.
_VERB_BEFORE_ZH = re.compile(r"(?:测量|测定|测试|称取|选取|截取|剪取|制备|承受|经受|进行|重复|施加|取|做|(?<![使采作利应适运引试专通选])用)\s*$")
_VERB_BEFORE_EN = re.compile(r"(?<![A-Za-z])(?:make|prepare|take|cut|test|use|perform|carry\s+out|apply|conduct|repeat|"
                             r"select|withstand|undergo|measure)\s+$", re.I)
# The count and its things, then the step in the passive ('… impacts shall be applied', '… specimens are used').
_PASSIVE_AFTER_EN = re.compile(r"\s+(?:(?:shall|should|must|will)\s+be|are|is)\s+(?:[a-z]+ly\s+)?"
                               r"(?:applied|made|used|taken|tested|prepared|cut|carried\s+out|performed|conducted|"
                               r"measured|selected)(?![A-Za-z])", re.I)


# A second count joined to the first by 和 or 及, the things of the first between ('取3个抗菌处理试样和6个未处理试样'): the
# same step's, as 'three treated and six untreated test specimens' are.
_JOINED_AFTER_ZH = re.compile(r"(\d[\d.]*)\s?[个次份只块件根片][\u4e00-\u9fff]{1,10}[和及]\s*$")


def verb_straight_before(text: str, start: int) -> bool:
    """Whether the verb of a step stands straight before the count starting at `start` ('测量5次', 'Make 5')."""
    before = text[max(0, start - 12):start]
    return bool(_VERB_BEFORE_ZH.search(before) or _VERB_BEFORE_EN.search(before))


def counted_by_the_step(text: str, start: int, things_end: int) -> bool:
    """Whether the count starting at `start`, whose things end at `things_end`, is what a step's verb governs: the verb
    straight before the count (or before the count it is joined to), or a passive step straight after its things."""
    if verb_straight_before(text, start):
        return True
    joined = _JOINED_AFTER_ZH.search(text, max(0, start - 24), start)
    if joined and _VERB_BEFORE_ZH.search(text, max(0, joined.start(1) - 12), joined.start(1)):
        return True
    return bool(_PASSIVE_AFTER_EN.match(text, things_end))
