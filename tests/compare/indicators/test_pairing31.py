"""Pairing constructions of the thirty-first round (fixpair31): a list's later item named by its item alone shares the
other clause's one limit (`sibling_items`); a limit for the odd or even harmonics as a group pairs with each order of
its parity (`harmonic_parity`). Sentences of our own."""

from compare.indicators.harmonic_parity import harmonic_order, parity_group, parity_pairs
from compare.indicators.sibling_items import item_label, sibling_item
from compare.indicators.verdicts import compare_clauses


def _pairs(domestic: str, international: str) -> set[tuple]:
    result = compare_clauses(domestic, international)
    return {(p.domestic.value if p.domestic else None, p.international.value if p.international else None)
            for p in result.pairs}


def test_item_label_is_one_short_word_after_the_colon():
    assert item_label("满载检验") == "满载检验"
    assert item_label("踏板力:空载检验") == "空载检验"
    assert item_label("unladen") == "unladen"
    assert item_label("充分发出 平均减速度") == ""  # two words: a quantity's name, no item alone
    assert item_label("加热至规定温度后保持的时间长度") == ""  # too long for an item label


def test_sibling_items_share_a_head_after_their_own_modifier():
    assert sibling_item("后排座椅", "座椅调节力:前排座椅")
    assert sibling_item("满载运行", "冷藏室温度:空载运行")
    assert sibling_item("旱地作物", "选择控制:铜 水田作物")
    assert sibling_item("laden", "unladen vehicle")
    assert not sibling_item("前排座椅", "座椅调节力:前排座椅")  # the same item, no sibling
    assert not sibling_item("女", "体重:男")  # one character: no head to share
    assert not sibling_item("检验", "空载检验")  # the head alone
    assert not sibling_item("", "空载检验")


def test_later_item_shares_the_lone_limit():
    pairs = _pairs("座椅调节力：前排座椅不大于80 N，后排座椅不大于60 N。", "The seat adjustment force shall not exceed 70 N.")
    assert (80.0, 70.0) in pairs and (60.0, 70.0) in pairs
    pairs = _pairs("冷藏室温度：空载运行时不高于5 ℃，满载运行时不高于8 ℃。",
                   "Fresh food compartment, loaded and unloaded: storage temperature not above 6 °C.")
    assert (5.0, 6.0) in pairs and (8.0, 6.0) in pairs


def test_lone_limit_setting_an_item_apart_is_not_shared():
    pairs = _pairs("水平照度：一般区域不低于300 lx，重点区域不低于500 lx。",
                   "Horizontal illuminance of at least 400 lx in all areas other than storage.")
    assert (500.0, None) in pairs and (500.0, 400.0) not in pairs


def test_several_limits_on_the_other_side_are_no_lone_limit():
    pairs = _pairs("座椅调节力：前排座椅不大于80 N，后排座椅不大于60 N。",
                   "Seat adjustment force: front seats 70 N maximum; release force 40 N maximum.")
    assert (60.0, 70.0) not in pairs


def test_harmonic_order_and_parity_group():
    assert harmonic_order("order 13") == 13
    assert harmonic_order("7th") == 7
    assert harmonic_order("(odd harmonics: 5th)") == 5
    assert harmonic_order("n = 11") == 11
    assert harmonic_order("奇次谐波, 3次") == 3
    assert harmonic_order("order") is None
    assert harmonic_order("THD supply voltage") is None
    assert parity_group("各次谐波电压含有率:奇次") == "odd"
    assert parity_group("偶次") == "even"
    assert parity_group("even harmonics") == "even"
    assert parity_group("even harmonics: 2nd") is None  # an order, not the group
    assert parity_group("total harmonic distortion") is None


def test_parity_pairs_drop_the_other_parity_and_share_the_own():
    class R:
        def __init__(self, name):
            self.parameter = name

    mine = [R("谐波:奇次"), R("偶次")]
    other = [R("order 5"), R("order 7"), R("order 13"), R("order 4")]
    drop, add = parity_pairs(mine, other, [(0, 0), (1, 2)], {0, 1}, {0, 2}, lambda r: "%", lambda x, y: True)
    assert drop == [(1, 2)]
    assert sorted(add) == [(0, 1), (0, 2), (1, 3)]
    # one order on the other side is no list of orders
    assert parity_pairs(mine, other[:1], [], set(), set(), lambda r: "%", lambda x, y: True) == ([], [])


def test_group_limit_pairs_with_each_order_of_its_parity():
    pairs = _pairs("谐波电压：奇次3.0 %，偶次1.5 %。",
                   "Harmonic voltage: order 5, 2,0 %; order 7, 2,0 %; order 2, 1,0 %; order 4, 0,5 %.")
    assert {(3.0, 2.0), (1.5, 1.0), (1.5, 0.5)} <= pairs
    assert (3.0, 1.0) not in pairs and (3.0, 0.5) not in pairs
    pairs = _pairs("各次谐波电流含有率：奇次5.0 %，偶次2.5 %。",
                   "Individual harmonic currents: 3rd 4,0 %; 5th 4,5 %; 2nd 1,0 %; 4th 1,0 %.")
    assert (5.0, 4.5) in pairs and (5.0, 4.0) in pairs and (2.5, 1.0) in pairs
