"""Row labels of flattened tables carried to every value of the row (twenty-seventh round, rowpair27)."""
from types import SimpleNamespace

from compare.indicators.extract import extract
from compare.indicators.row_labels import designations, row_labels
from compare.indicators.verdicts import ROW_CONFLICT, ROW_WEIGHT, compare_clauses, compare_indicators, row_agreement, row_keys
from compare.terms.termbase import load_termbase


def _at(start, end):
    return SimpleNamespace(span=(start, end))


def test_designations_keep_codes_classes_and_types_only():
    keys = frozenset({"code M20", "class 3", "type A", "period 24h", "lead", "sum"})
    assert designations(keys) == {"code M20", "class 3", "type A"}


def _spans(text, *words):
    """Readings spanning each of `words` (the text of each reading, its name and value) in the text."""
    out, at = [], 0
    for word in words:
        at = text.index(word, at)
        out.append(_at(at, at + len(word)))
        at += len(word)
    return out


def test_a_value_takes_the_designation_of_its_rows_head():
    text = "M20：中径18 mm，小径17 mm；M24：中径22 mm，小径20 mm。"
    readings = _spans(text, "M20：中径18 mm", "小径17 mm", "M24：中径22 mm", "小径20 mm")
    own = [frozenset({"code M20"}), frozenset(), frozenset({"code M24"}), frozenset()]
    assert row_labels(readings, own, own, text) == [{"code M20"}, {"code M20"}, {"code M24"}, {"code M24"}]


def test_no_designation_crosses_the_end_of_a_row():
    text = "A级：长度5 mm，宽度3 mm；B级：长度6 mm；宽度4 mm。"
    readings = _spans(text, "A级：长度5 mm", "宽度3 mm", "B级：长度6 mm", "宽度4 mm")
    own = [frozenset({"code A"}), frozenset(), frozenset({"code B"}), frozenset()]
    assert row_labels(readings, own, own, text) == [{"code A"}, {"code A"}, {"code B"}, frozenset()]
    text = "Grade A: length 5 mm, width 3 mm. Grade B: length 6 mm. Width 4 mm."
    readings = _spans(text, "Grade A: length 5 mm", "width 3 mm", "Grade B: length 6 mm", "Width 4 mm")
    assert row_labels(readings, own, own, text) == [{"code A"}, {"code A"}, {"code B"}, frozenset()]


def test_a_symbol_written_in_every_row_ends_nothing():
    text = "M10: D2 = 9,026; D1 = 8,376. M8: D2 = 7,188; D1 = 6,647."
    readings = _spans(text, "M10: D2 = 9,026", "D1 = 8,376", "M8: D2 = 7,188", "D1 = 6,647")
    own = [frozenset({"code M10", "code D2"}), frozenset({"code D1"}), frozenset({"code M8", "code D2"}),
           frozenset({"code D1"})]
    assert row_labels(readings, own, own, text) == [{"code M10"}, {"code M10"}, {"code M8"}, {"code M8"}]


def test_rows_parted_by_sentences_run_past_their_semicolons():
    text = "M10 (pitch 1,5): D2 = 9,026; D1 = 8,376. M8 (pitch 1,25): D2 = 7,188; D1 = 6,647."
    readings = _spans(text, "M10 (pitch 1,5)", "D2 = 9,026", "D1 = 8,376", "M8 (pitch 1,25)", "D2 = 7,188",
                      "D1 = 6,647")
    own = [frozenset({"code M10"}), frozenset(), frozenset(), frozenset({"code M8"}), frozenset(), frozenset()]
    keys = row_labels(readings, own, own, text)
    assert keys[:3] == [{"code M10"}] * 3 and keys[3:] == [{"code M8"}] * 3


def test_an_abbreviation_point_ends_no_row():
    text = "Size 6: d1 min. 6,4 mm, max. 6,62 mm. Size 8: d1 min. 8,4 mm, max. 8,62 mm."
    readings = _spans(text, "Size 6: d1 min. 6,4 mm", "max. 6,62 mm", "Size 8: d1 min. 8,4 mm", "max. 8,62 mm")
    own = [frozenset({"code S6"}), frozenset(), frozenset({"code S8"}), frozenset()]
    assert row_labels(readings, own, own, text) == [{"code S6"}, {"code S6"}, {"code S8"}, {"code S8"}]


def test_only_a_tables_labels_are_carried():
    # one headed row is the clause's heading; a designation every row writes is a notation, no row's label
    text = "1类手套拉伸性能：扯断力 ≥ 12.5 N，扯断伸长率 ≥ 700 %；老化后 扯断力 ≥ 9.5 N。"
    readings = _spans(text, "1类手套拉伸性能：扯断力 ≥ 12.5 N", "扯断伸长率 ≥ 700 %", "老化后 扯断力 ≥ 9.5 N")
    own = [frozenset({"class 1"}), frozenset(), frozenset()]
    assert row_labels(readings, own, own, text) == [frozenset()] * 3
    text = "甲，以E1 257 nm表示 ≥ 70，55；乙，以E1 330 nm表示 ≥ 20，50。"
    readings = _spans(text, "甲，以E1 257 nm表示 ≥ 70", "55", "乙，以E1 330 nm表示 ≥ 20", "50")
    own = [frozenset({"code E1"}), frozenset(), frozenset({"code E1"}), frozenset()]
    assert row_labels(readings, own, own, text) == [frozenset()] * 4


def test_a_head_of_another_kind_than_most_labels_no_row():
    text = "Class 2: IPTD 100 ms, IPLR 0,001. Class 3: IPTD 400 ms. Class 4: IPTD 1 s. IPDV: 2 to 4, IPER 0,0001."
    readings = _spans(text, "Class 2: IPTD 100 ms", "IPLR 0,001", "Class 3: IPTD 400 ms", "Class 4: IPTD 1 s",
                      "IPDV: 2 to 4", "IPER 0,0001")
    own = [frozenset({"class 2", "code IPTD"}), frozenset(), frozenset({"class 3", "code IPTD"}),
           frozenset({"class 4", "code IPTD"}), frozenset({"code IPDV"}), frozenset()]
    assert row_labels(readings, own, own, text) == [{"class 2"}] * 2 + [{"class 3"}, {"class 4"}] + [frozenset()] * 2
    # as many heads of two kinds: no table's labels
    text = "Class 2: 100 ms. Class 3: 400 ms. IPDV: 2 ms. IPER: 0,0001."
    readings = _spans(text, "Class 2: 100 ms", "Class 3: 400 ms", "IPDV: 2 ms", "IPER: 0,0001")
    own = [frozenset({"class 2"}), frozenset({"class 3"}), frozenset({"code IPDV"}), frozenset({"code IPER"})]
    assert row_labels(readings, own, own, text) == [frozenset()] * 4


def test_a_designation_after_a_value_heads_no_row():
    # ('0,5 mA for class 0I appliances': the class is the first value's qualifier, not the head of a row)
    text = "0,5 mA for class 0I appliances, 0,25 mA otherwise; 0,75 mA for class I appliances, 0,5 mA otherwise"
    readings = _spans(text, "0,5 mA for class 0I appliances", "0,25 mA", "0,75 mA for class I appliances", "0,5 mA")
    own = [frozenset({"class 0I"}), frozenset(), frozenset({"class 1"}), frozenset()]
    heads = [frozenset()] * 4
    assert row_labels(readings, own, heads, text) == [frozenset()] * 4


def test_a_later_value_with_a_designation_of_its_own_ends_what_the_head_gives():
    # (a list of items in one row: the rated voltage after C7's current is not surely C1's; nor is a column's
    # symbol, 'UGR 19' after '300 lx', the label of the values after it)
    text = "C1型额定电流0.2 A，C7型额定电流2.5 A，额定电压250 V；C9型额定电流3 A，额定电压440 V。"
    readings = _spans(text, "C1型额定电流0.2 A", "C7型额定电流2.5 A", "额定电压250 V", "C9型额定电流3 A", "额定电压440 V")
    own = [frozenset({"code C1"}), frozenset({"code C7"}), frozenset(), frozenset({"code C9"}), frozenset()]
    assert row_labels(readings, own, own, text) == [{"code C1"}, frozenset(), frozenset(), {"code C9"}, {"code C9"}]
    text = "A1室：300 lx，UGR 19，Ra 80；B2室：500 lx，UGR 22，Ra 60。"
    readings = _spans(text, "A1室：300 lx", "UGR 19", "Ra 80", "B2室：500 lx", "UGR 22", "Ra 60")
    own = [frozenset({"code A1"}), frozenset({"code UGR"}), frozenset(), frozenset({"code B2"}),
           frozenset({"code UGR"}), frozenset()]
    # (UGR, written in both rows, is a column's symbol: the values after it are still the room's)
    assert row_labels(readings, own, own, text) == [{"code A1"}] * 3 + [{"code B2"}] * 3


def test_without_the_clause_nothing_is_inherited():
    readings = [_at(0, 5), _at(6, 10)]
    own = [frozenset({"code M20"}), frozenset()]
    assert row_labels(readings, own, own, "") == [frozenset(), frozenset()]


def test_row_keys_read_from_an_extraction():
    termbase = load_termbase()
    text = "M12（螺距1.75 mm）：中径10.863 mm，小径10.106 mm；M16（螺距2 mm）：中径14.701 mm，小径13.835 mm。"
    readings = extract(text).indicators
    own, rows = row_keys(readings, text, termbase)
    label = {ind.value: row for ind, row in zip(readings, rows)}
    assert label[1.75] == label[10.863] == label[10.106] == {"code M12"}
    assert label[2.0] == label[14.701] == label[13.835] == {"code M16"}
    assert row_keys(readings, "", termbase) == (own, [frozenset()] * len(readings))


def test_row_agreement():
    assert row_agreement(frozenset({"code M12"}), frozenset({"code M12"})) == ROW_WEIGHT
    assert row_agreement(frozenset({"code M12"}), frozenset({"code M16"})) == -ROW_CONFLICT
    assert row_agreement(frozenset(), frozenset({"code M16"})) == 0.0
    assert row_agreement(frozenset({"class 2"}), frozenset({"code II"})) == 0.0


_THREADS_ZH = "M12（螺距1.75 mm）：中径10.863 mm，小径10.106 mm；M16（螺距2 mm）：中径14.701 mm，小径13.835 mm。"
_THREADS_EN = ("M12 × 1,75: pitch diameter 10,863 mm; minor diameter 10,106 mm. "
               "M16 × 2: pitch diameter 14,701 mm; minor diameter 13,835 mm.")


def test_rows_pair_by_their_designation_not_by_the_one_key_the_first_value_holds():
    result = compare_clauses(_THREADS_ZH, _THREADS_EN)
    paired = {(p.domestic.value, p.international.normalized.value) for p in result.pairs
              if p.domestic is not None and p.international is not None}
    assert (10.863, 10.863) in paired and (14.701, 14.701) in paired
    assert not any(d == 1.75 or d == 2.0 for d, _ in paired)


def _pairs(result):
    return {(p.domestic.value, p.international.normalized.value) for p in result.pairs
            if p.domestic is not None and p.international is not None}


def test_without_the_texts_the_pairing_is_as_before():
    # (the pitch, M12's first value, then holds the one key it shares with 'M12 × 1,75: pitch diameter')
    d, i = extract(_THREADS_ZH).indicators, extract(_THREADS_EN).indicators
    before = _pairs(compare_indicators(d, i))
    after = _pairs(compare_indicators(d, i, texts=(_THREADS_ZH, _THREADS_EN)))
    assert (1.75, 10.863) in before and (10.863, 10.863) not in before
    assert (10.863, 10.863) in after and (1.75, 10.863) not in after
