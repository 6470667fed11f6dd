"""Once in a period of time (thirty-fifth round): '每年检定一次', 'verified once a year', '每月校准一次', 'once a week'.

A requirement to do a thing once in each period states the period: the interval between two verifications is one
year, as '每2年检定一次' and 'at least every 2 years' state two. The reader read '每2年' (a number after 每) but left
'每年…一次' as a count of one time with no period ('1 次') and 'once a year' as nothing. This module writes the one of
the period out before its unit ('每年' as '每1年', 'once a year' as 'every 1 year'), offsets kept, so the period reads as
'每2年' does; the '一次' after a number of the period is then left in words (`clausetext.once`).

'one per year' (thirty-ninth round) is written the same way, with the bound before it kept ('no greater than one per
year': at most a period of 1 year, as '不大于每年一次' is keyed).

Only units of time are taken, and only with 'once' or '一次' close after the period ('每年检定一次', not '每年平均值' or
'年平均'): '每班检查一次' (once a shift) stays a count, and so does a bounded count ('每季度至少监测一次': at least once).
"""

from __future__ import annotations

import re

# '每年', '每月', '每周', '每天', '每日', '每小时', '每季度', then a few words of the act and '一次' ('每年检定一次',
# '每月校准一次'), not '一次性'. '月' takes '个' as a count of months does ('1个月', never the month January).
# A bound before '一次' ('每季度至少监测一次', '每天不超过一次') makes the count of times the requirement: left alone.
_ZH = re.compile(r"每(?=(年|个?月|周|天|日|小时|季度)(?:(?!至少|最少|不少于|不超过|最多|不多于)[^\d，,；;。、]){0,8}?一次(?!性))")
# 'once a year', 'once per month', 'once every week', 'once each day'.
_EN = re.compile(r"(?<![A-Za-z])once\s+(?:a|an|per|every|each)(?=\s+(?:year|month|week|day|hour)(?![A-Za-z]))", re.I)
# 'no greater than one per year' (thirty-ninth round, fixcount39): one a period, the rate a bound applies to, keyed as
# the period (1 year), as 'once a year' is; the bound before it is the bound of that period, taken with it.
_ONE_PER = re.compile(r"(?<![A-Za-z-])one\s+per(?=\s+(?:year|month|week|day|hour)(?![A-Za-z]))", re.I)

# A bound before 'once' ('not more than once per hour', 'at least once a day'): a count of times, left to
# `clausetext._times_words`.
_BOUND_BEFORE_EN = re.compile(r"(?:at\s+(?:least|most)|(?:not|no)\s+(?:more|less|fewer)\s+than|a\s+(?:maximum|minimum)\s+of)"
                              r"\s+$", re.I)


def once_per_period(text: str) -> list[tuple[int, int, str]]:
    """The replacements (start, end, new) that write the one of a period stated with 'once' as a number: '每年' ->
    '每1年', '每月' -> '每1个月', 'once a year' -> 'every 1 year'."""
    out = []
    if "每" in text and "一次" in text:
        for m in _ZH.finditer(text):
            out.append((m.end(), m.end(), "1个" if m.group(1) == "月" else "1"))
    if "nce" in text:
        out += [(m.start(), m.end(), "every 1") for m in _EN.finditer(text)
                if not _BOUND_BEFORE_EN.search(text, max(0, m.start() - 20), m.start())]
    if "one per" in text or "One per" in text:
        out += [(m.start(), m.end(), "every 1") for m in _ONE_PER.finditer(text)]
    return sorted(out)
