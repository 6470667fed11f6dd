"""Pairing and verdict rules, with clause pairs written for these tests (other fields, other wordings, both
languages)."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses, has_its_counterpart, row_designations


def verdicts(domestic, international):
    result = compare_clauses(domestic, international)
    return result.overall, [(p.verdict, p.domestic and p.domestic.value, p.international and p.international.value)
                            for p in result.pairs]


# A temperature difference in kelvin is the same number of degrees Celsius.
def test_a_difference_in_kelvin_meets_one_in_degrees_celsius():
    overall, pairs = verdicts("恒温槽的温度波动应在±0.5 ℃以内，槽内各点温差不应超过1 ℃。",
                              "The bath temperature shall remain within ± 0,5 K and the difference between any two "
                              "points shall not exceed 1 K.")
    assert overall == Verdict.CONSISTENT and len(pairs) == 2
    assert verdicts("绕组温升不应超过65 ℃。", "The temperature rise of the windings shall not exceed 60 K.")[0] \
        == Verdict.LOOSER
    assert verdicts("The temperature rise of the windings shall not exceed 60 K.", "绕组温升不应超过65 ℃。")[0] \
        == Verdict.STRICTER


def test_an_absolute_temperature_in_kelvin_is_no_difference():
    # 300 K is no 300-degree difference: it does not meet a 27 ℃ limit as the same number.
    overall, pairs = verdicts("试验温度为27 ℃。", "The test temperature is 300 K.")
    assert all(v != Verdict.CONSISTENT for v, _, _ in pairs)


# Names the termbase now knows in both languages pair by concept, not by order or value.
def test_composition_names_pair_by_concept():
    overall, pairs = verdicts("乳粉：蛋白质 ≥ 34 %；非脂乳固体 ≤ 5.0 %；脂肪 ≥ 26.0 %。",
                              "Whole milk powder: milk solids-not-fat max. 5,0 %; milkfat min. 26 %; protein min. 34 %.")
    assert overall == Verdict.CONSISTENT and len(pairs) == 3
    overall, pairs = verdicts("燃料油：酸值/(mgKOH/g) 不大于 0.3；硫化氢/(mg/kg) 不大于 1.0。",
                              "Fuel oil: hydrogen sulphide, mg/kg, max 1,0; acid number, mg KOH/g, max 0,5.")
    assert overall == Verdict.STRICTER
    assert sorted(pairs) == [(Verdict.CONSISTENT, 1.0, 1.0), (Verdict.STRICTER, 0.3, 0.5)]


def test_not_inside_a_hyphenated_name_stays_in_it():
    from compare.indicators.extract import extract_indicators

    (ind,) = extract_indicators("Yoghurt: milk solids-not-fat content not less than 8,2 %.")
    assert "not-fat" in ind.parameter and ind.concept == "milk_solids_not_fat"


# A classification, a definition or a worked example facing a clause with no indicator: nothing to compare.
def test_values_that_state_nothing_facing_no_indicator_are_not_compared():
    result = compare_clauses("手套规格按手掌围分档。",
                             "Glove sizes: size 7, hand circumference 178 mm; size 8, hand circumference 203 mm.")
    assert result.pairs == () and any("178 mm, 203 mm" in note and "not compared" in note for note in result.notes)
    result = compare_clauses("月份以两位数字表示，例如 03 表示三月。", "Months are written with two digits.")
    assert result.pairs == ()


def test_a_limit_word_or_a_known_quantity_keeps_them_as_missing_requirements():
    result = compare_clauses("铅笔涂层中铅不得超过90 mg/kg。", "Pencils shall be marked with their hardness grade.")
    assert [p.verdict for p in result.pairs] == [Verdict.MISSING_INTERNATIONAL]
    result = compare_clauses("铅 90 mg/kg；镉 75 mg/kg。", "Pencils shall be marked with their hardness grade.")
    assert [p.verdict for p in result.pairs] == [Verdict.MISSING_INTERNATIONAL] * 2
    # and a clause with indicators of its own on both sides is compared as ever
    result = compare_clauses("分为A、B两类，代号01。", "Class A: code 01; the head clearance is at least 25 mm.")
    assert result.pairs


# A stated maximum and a stated minimum are not paired when the other side states both, in another order.
def test_a_maximum_is_not_paired_with_a_minimum():
    overall, pairs = verdicts("饮用水中余氯：出厂水不低于0.3 mg/L；管网末梢水不高于2 mg/L。",
                              "Residual chlorine: at the tap not more than 4 mg/l; leaving the plant not less than 0,2 mg/l.")
    assert overall == Verdict.STRICTER
    assert sorted(pairs) == [(Verdict.STRICTER, 0.3, 0.2), (Verdict.STRICTER, 2.0, 4.0)]
    overall, pairs = verdicts("Storage room: relative humidity not above 65 %; relative humidity not below 35 %.",
                              "库房相对湿度不低于30 %，且不高于70 %。")
    assert sorted(pairs) == [(Verdict.STRICTER, 35.0, 30.0), (Verdict.STRICTER, 65.0, 70.0)]


# Two values with no word of limit: a floor when the quantity's requirement is always one (a higher withstand
# voltage, insulation resistance, illuminance or flash point is the more demanding), else maxima as in lists.
def test_unworded_values_of_a_floor_quantity_compare_as_minima():
    assert verdicts("额定雷电冲击耐受电压：75 kV。", "Rated lightning impulse withstand voltage: 60 kV.")[0] \
        == Verdict.STRICTER
    assert verdicts("走廊照度 100 lx。", "Corridors: illuminance 150 lx.")[0] == Verdict.LOOSER
    assert verdicts("Flash point, closed cup: 62 °C.", "闭口闪点 55 ℃。")[0] == Verdict.STRICTER
    # a list value of another quantity stays a maximum
    assert verdicts("铜 1.0 mg/L。", "Copper 2 mg/l.")[0] == Verdict.STRICTER


# A value in lux is an illuminance whatever its row is named: rows of a list under one head ('普通教室 300 lx；美术教室
# 500 lx', 'storage racks: 200 lx') are floors too. A luminance in cd/m² is not (a glare limit bounds it from above).
def test_a_value_in_lux_is_a_floor_whatever_its_row_is_named():
    overall, pairs = verdicts("教室照度：普通教室 300 lx；美术教室 500 lx。",
                              "Classrooms: general teaching 300 lx; art rooms 750 lx.")
    assert sorted(pairs) == [(Verdict.CONSISTENT, 300.0, 300.0), (Verdict.LOOSER, 500.0, 750.0)]
    assert verdicts("仓库：货架区 150 lx。", "Warehouses, storage racks: 200 lx.")[0] == Verdict.LOOSER
    assert verdicts("道路亮度：主干路 1.5 cd/m²。", "Road luminance, arterial roads: 2.0 cd/m².")[0] == Verdict.STRICTER


# A value named as a tolerance, with no word of limit ('允差为3 %', 'a fill tolerance of 2 %'), is the deviation
# allowed: a ceiling, so a wider one is looser; another value of a quantity itself stays another required value.
def test_a_value_named_as_a_tolerance_is_a_ceiling():
    assert verdicts("每袋净含量的允差为3 %。", "A fill tolerance of 2 % applies to each bag.")[0] == Verdict.LOOSER
    assert verdicts("钢板长度公差为10 mm。", "The length tolerance of the plate is 15 mm.")[0] == Verdict.STRICTER
    assert verdicts("钢板长度为2000 mm。", "The length of the plate is 2500 mm.")[0] == Verdict.DIFFERENT


# One limit written on two chemical bases is compared once, on the basis the other clause uses.
def test_a_limit_restated_on_another_basis_is_compared_once():
    result = compare_clauses("地下水中氨氮（以N计）不得超过0.5 mg/L。",
                             "Ammonium: 0,64 mg/l as NH4+ (or 0,5 mg/l as ammonium nitrogen).")
    assert [(p.verdict, p.international.value) for p in result.pairs] == [(Verdict.CONSISTENT, 0.5)]
    assert any("restates" in note for note in result.notes)
    result = compare_clauses("Nitrite: maximum 3 mg/l as nitrite ion (0,9 mg/l as nitrite nitrogen).",
                             "亚硝酸盐（以NO2-计）≤ 3 mg/L。")
    assert [(p.verdict, p.domestic.value) for p in result.pairs] == [(Verdict.CONSISTENT, 3.0)]


def test_two_limits_on_two_bases_on_both_sides_are_both_compared():
    result = compare_clauses("硝酸盐（以N计）10 mg/L；硝酸盐（以NO3-计）45 mg/L。",
                             "Nitrate: 11 mg/l as nitrate nitrogen; 50 mg/l as nitrate ion.")
    assert len(result.pairs) == 2 and not any("restates" in note for note in result.notes)


# Sodium chloride is a quantity of its own (the salt content of salt, a test solution's strength), named in both
# languages: it pairs by concept, also across units (then judged 'different'), and salt as a food stays context.
def test_sodium_chloride_pairs_by_concept():
    overall, pairs = verdicts("精制盐：氯化钠（以干基计）≥ 99.1 %；水分 ≤ 0.50 %。",
                              "Food grade salt: moisture max. 0,5 %; NaCl content, on a dry matter basis, min. 97 %.")
    assert sorted(pairs) == [(Verdict.CONSISTENT, 0.5, 0.5), (Verdict.STRICTER, 99.1, 97.0)]
    overall, pairs = verdicts("喷雾用溶液中氯化钠的质量浓度为 50 g/L ± 5 g/L。",
                              "The sodium chloride content of the test solution shall be 5 % ± 1 % (by mass).")
    assert pairs == [(Verdict.DIFFERENT, 50.0, 5.0)]
    overall, pairs = verdicts("食盐中碘含量 20 mg/kg～30 mg/kg。", "Iodine in food grade salt: 20 mg/kg to 40 mg/kg.")
    assert [v for v, _, _ in pairs] == [Verdict.STRICTER]


# A frequency deviation ('频偏', 'peak deviation') is not the carrier frequency: a band of frequencies stays whole
# beside it and each pairs with its own.
def test_frequency_deviation_is_its_own_quantity():
    overall, pairs = verdicts("对讲机工作频段 403 MHz～470 MHz；最大频偏 ±2.5 kHz。",
                              "Operating frequency band: 403 MHz to 470 MHz. The maximum frequency deviation shall "
                              "not exceed ±2,5 kHz.")
    assert overall == Verdict.CONSISTENT and len(pairs) == 2
    # the band is not split to meet the deviation's maximum
    overall, pairs = verdicts("发射机载波频率 87 MHz～108 MHz，频偏不大于 75 kHz。",
                              "The maximum frequency deviation is ±75 kHz.")
    assert sorted(pairs, key=str) == sorted([(Verdict.CONSISTENT, 75.0, 75.0),
                                             (Verdict.MISSING_INTERNATIONAL, None, None)], key=str)


# 'Ēm' (maintained illuminance, the lighting standards' symbol) is an illuminance: a floor by nature, so a lower
# value on the domestic side is looser even when the domestic row names only the room.
def test_maintained_illuminance_symbol_is_a_floor():
    overall, pairs = verdicts("阅览室：300 lx，Ra 80。", "Reading rooms: Ēm 500 lx, Ra 80.")
    assert sorted(pairs, key=str) == sorted([(Verdict.LOOSER, 300.0, 500.0), (Verdict.CONSISTENT, 80.0, 80.0)],
                                            key=str)
    assert verdicts("Classrooms: Ēm 500 lx.", "教室：300 lx。")[0] == Verdict.STRICTER


# What a limit's name excludes ('谷物（稻谷除外）', 'cereals, except rice', 'fish other than predatory fish') is no item
# it holds for: it never pairs with a limit of that item, or of a narrower one (a shark is a predatory fish), even
# at the same value; the excluded item's own limit pairs instead.
def test_an_excluded_item_does_not_pair_with_the_limit_that_excludes_it():
    overall, pairs = verdicts("谷物（稻谷除外）中镉限量 0.1 mg/kg；稻谷 0.2 mg/kg。", "Cadmium – rice: ML 0.1 mg/kg.")
    assert sorted(pairs, key=str) == sorted([(Verdict.LOOSER, 0.2, 0.1), (Verdict.MISSING_INTERNATIONAL, 0.1, None)],
                                            key=str)
    overall, pairs = verdicts("Cadmium: cereals, except rice, 0.1 mg/kg; rice 0.2 mg/kg.", "稻谷中镉 0.1 mg/kg。")
    assert sorted(pairs, key=str) == sorted([(Verdict.LOOSER, 0.2, 0.1), (Verdict.MISSING_INTERNATIONAL, 0.1, None)],
                                            key=str)
    overall, pairs = verdicts("Mercury in fish other than predatory fish: 0.5 mg/kg.", "鲨鱼中汞 0.5 mg/kg。")
    assert sorted(v for v, _, _ in pairs) == [Verdict.MISSING_DOMESTIC, Verdict.MISSING_INTERNATIONAL]


def test_an_item_that_is_not_excluded_still_pairs():
    assert verdicts("Mercury in fish other than predatory fish: 0.5 mg/kg.", "鲈鱼中汞 0.5 mg/kg。")[0] \
        == Verdict.CONSISTENT
    # the excluded words naming the limit's own item ('新鲜蔬菜（…茎类蔬菜除外）' names vegetables) exclude nothing of it
    assert verdicts("新鲜蔬菜（叶菜蔬菜、茎类蔬菜除外）中镉 0.05 mg/kg。", "Cadmium – brassica vegetables: ML 0.05 mg/kg.")[0] \
        == Verdict.CONSISTENT


# A salt named by its element ('氯化铜', 'copper(II) chloride') is that salt, not the element nor the anion: the two
# names pair, and copper as a contaminant still pairs with copper.
def test_copper_chloride_is_one_substance_in_both_languages():
    overall, pairs = verdicts("蚀刻液中氯化铜的质量浓度为 150 g/L。", "Etching solution: cupric chloride 150 g/l.")
    assert overall == Verdict.CONSISTENT and pairs == [(Verdict.CONSISTENT, 150.0, 150.0)]
    assert verdicts("饮用水中铜不得超过 1.0 mg/L。", "Copper: 2 mg/l.")[0] == Verdict.STRICTER


def test_biuret_sulfated_ash_and_oxalate_are_concepts_in_both_languages():
    # Named in neither language before, each paired by value or by a concept read inside its name ('硫' of '硫酸灰分'
    # as sulfur): a moisture limit took the biuret limit, sulfated ash and oxalate crossed.
    overall, pairs = verdicts("尿素：水分 ≤ 1.0 %；缩二脲 ≤ 1.5 %。", "Urea. Biuret: not more than 1,2 %.")
    assert overall == Verdict.DIFFERENT and (Verdict.LOOSER, 1.5, 1.2) in pairs
    overall, pairs = verdicts("硫酸灰分/% ≤ 0.1；草酸盐/(mg/kg) ≤ 200。",
                              "Oxalate: not more than 200 mg/kg. Sulphated ash: not more than 0.1 %.")
    assert overall == Verdict.CONSISTENT and sorted(pairs) == [(Verdict.CONSISTENT, 0.1, 0.1),
                                                               (Verdict.CONSISTENT, 200.0, 200.0)]


def test_silicon_is_no_copper():
    # 'Si', a symbol the termbase did not know, was free to pair with any limit of the same dimension ('Cu').
    overall, pairs = verdicts("钢的化学成分（质量分数）：Si ≤ 0.40 %，Mn ≤ 1.50 %。",
                              "Chemical composition, % max.: Mn 1,50; Cu 0,60.")
    assert (Verdict.CONSISTENT, 1.5, 1.5) in pairs
    assert (Verdict.MISSING_INTERNATIONAL, 0.4, None) in pairs and (Verdict.MISSING_DOMESTIC, None, 0.6) in pairs
    assert overall == Verdict.DIFFERENT


# A substance's limit pairs across the ways an amount is stated (mg/L against mg/kg: then 'different'), but a time,
# length or temperature read after the substance's name is no amount of it, and is no partner for its limit.
def test_a_time_read_after_a_substance_is_no_partner_for_its_limit():
    result = compare_clauses("甲苯：PC-TWA 50 mg/m³。", "Toluene: 8 hours 192 mg/m³.")
    limit = next(p for p in result.pairs if p.domestic is not None)
    assert (limit.verdict, limit.international.value, limit.international.unit) == (Verdict.STRICTER, 192.0, "mg/m³")
    assert compare_clauses("硝酸盐（以N计）10 mg/L", "nitrate 50 mg/kg").pairs[0].verdict == Verdict.DIFFERENT


def test_which_dimensions_state_an_amount_of_a_substance():
    from compare.indicators.extract import extract_indicators
    from compare.indicators.verdicts import states_an_amount

    amounts = extract_indicators("镉 ≤ 0.2 mg/kg；硝酸盐 ≤ 50 mg/L；菌落总数 ≤ 100 CFU/g；水分 ≤ 13 %")
    others = extract_indicators("保温时间 8 h；厚度 ≥ 2 mm；贮存温度 ≤ 25 ℃")
    assert len(amounts) == 4 and all(states_an_amount(i) for i in amounts)
    assert len(others) == 3 and not any(states_an_amount(i) for i in others)


# Limits stated apart for men and women pair by sex, whatever the order and the values on each side.
def test_the_mens_limit_pairs_with_the_mens_limit():
    from compare.indicators.verdicts import sex_keys

    assert sex_keys("肺活量：男") == {"sex male"} and sex_keys("女职工") == {"sex female"}
    assert sex_keys("Vital capacity — Females") == {"sex female"} and sex_keys("Males") == {"sex male"}
    assert sex_keys("manufacturer's human exposure data") == set()
    overall, pairs = verdicts("肺活量：男≥3000 mL；女≥2000 mL。",
                              "Vital capacity — Females: ≥ 3 000 ml; Males: ≥ 3 500 ml.")
    assert sorted(pairs) == [(Verdict.LOOSER, 2000.0, 3000.0), (Verdict.LOOSER, 3000.0, 3500.0)]
    assert overall == Verdict.LOOSER


# A period written between a limit's name and its value ('— 8 hours: 0,37 mg/m³') is the period of that value: an
# 8-hour mean is no counterpart of a ceiling, the short-term limit is the nearer one.
def test_a_period_written_before_the_value_is_its_period():
    from compare.indicators.extract import extract
    from compare.indicators.constructions import period_keys
    from compare.indicators.verdicts import period_before_value

    found = extract("Formaldehyde — CAS 50-00-0 — 8 hours: 0,37 mg/m³, 0,3 ppm — Short-term: 0,74 mg/m³, "
                    "0,6 ppm.").indicators
    first, second = found[0], next(i for i in found if i.value == 0.74)
    # (the extractor keeps a duration heading a concentration in the name, constructions.averaging_periods: then the
    # name states it already; either way the first limit is the 8-hour one)
    assert period_keys(f"{first.parameter} {first.qualifier} {period_before_value(first)}") == {"period 8h"}
    assert period_before_value(second) == ""
    (stated,) = extract("Formaldehyde, limit values, 8 hours: 0,37 mg/m³.").indicators
    assert period_before_value(stated) == ""  # the name states it already
    result = compare_clauses("甲醛 Formaldehyde，CAS号 50-00-0：MAC 0.5 mg/m³。",
                             "Formaldehyde — CAS 50-00-0 — 8 hours: 0,37 mg/m³, 0,3 ppm — Short-term: 0,74 mg/m³, "
                             "0,6 ppm.")
    both = [p for p in result.pairs if p.domestic is not None and p.international is not None]
    assert [(p.domestic.value, p.international.value, p.verdict) for p in both] == [(0.5, 0.74, Verdict.DIFFERENT)]
    assert "period" in both[0].reason


# A bare number (no unit, no quantity the termbase knows) is no limit stated once for every reading of one name on the
# other side: a code in a table of positions is compared at most once. ('bits 2 to 8' are no readings at all: the
# places of a code are a designation, test_not_values.py.)
def test_a_bare_number_is_not_shared_by_a_list_of_namesakes():
    from compare.indicators.extract import extract
    from compare.indicators.verdicts import bare_number, compare_indicators

    code, = (ind for ind in extract("厂商代码（本厂为204）。").indicators)
    assert bare_number(code) and not bare_number(extract("防护栏杆高度不应低于1.05 m。").indicators[0])
    domestic = ("识别码共32位：第1位为校验位；第2位～第8位为版本号；第9位～第12位为厂商代码（本厂为204）；"
                "第13位～第32位为序列号。")
    international = ("The identifier has 32 positions: position 1, parity; positions 2 to 8, version; "
                     "positions 9 to 12, manufacturer code (e.g. 204); positions 13 to 32, serial number.")
    # The pairing stage alone: the whole comparison compares nothing here, since neither clause states a
    # requirement (tests/compare/indicators/test_requirements.py).
    result = compare_indicators(extract(domestic).indicators, extract(international).indicators)
    assert sum(1 for p in result.pairs if p.domestic is not None and p.domestic.value == 204.0) == 1
    assert compare_clauses(domestic, international).pairs == ()


# A duration written straight before a value with no name of its own ('Toluene: 8 hours 192 mg/m³') is the period of
# that value, not a limit the other clause lacks: listed, not counted in the overall verdict.
def test_a_duration_straight_before_a_nameless_value_is_its_period():
    from compare.indicators.extract import extract
    from compare.indicators.verdicts import period_of_next_value

    result = compare_clauses("甲苯：PC-TWA 50 mg/m³；PC-STEL 100 mg/m³（皮）。",
                             "Toluene, CAS 108-88-3: 8 hours 192 mg/m³ (50 ppm); short-term 384 mg/m³ (100 ppm); skin.")
    assert result.overall == Verdict.STRICTER
    # (before a concentration the extractor reads the duration as the value's averaging period already,
    # constructions.averaging_periods: no 8-hour limit is counted either way)
    assert not [p for p in result.pairs if p.counted and p.international and p.international.value == 8.0]
    result = compare_clauses("手传振动日接触限值：等能量频率计权振动加速度不得超过5 m/s²。",
                             "Hand-arm vibration, daily exposure limit value standardised to an eight-hour reference "
                             "period: 8 hours 5 m/s².")
    assert result.overall == Verdict.CONSISTENT
    (hours,) = [p for p in result.pairs if p.domestic is None]
    assert hours.international.value == 8.0 and not hours.counted
    assert any("period of that value" in note for note in result.notes)
    text = "Shift length: 8 hours; noise 85 dB(A)."
    shift, noise = extract(text).indicators
    assert not period_of_next_value(shift, noise, text)  # the value after it has a name of its own


# A duration or a temperature written with no word of kind on both sides is a procedure's set value: two that
# differ are another required value, not a lower or higher maximum (a list of limits of amounts still reads as maxima,
# a floor by nature as minima).
def test_a_procedures_set_duration_and_temperature_differ_rather_than_bound():
    from compare.indicators.verdicts import _set_in_a_procedure

    drying = compare_clauses("将样品置于烘箱中干燥2 h。", "Dry the sample in the oven for 3 h.")
    assert [p.verdict for p in drying.pairs] == [Verdict.DIFFERENT] and drying.overall == Verdict.DIFFERENT
    oven = compare_clauses("在105 ℃烘箱中干燥。", "Dry in an oven at 103 °C.")
    assert [p.verdict for p in oven.pairs] == [Verdict.DIFFERENT]
    same = compare_clauses("在105 ℃烘箱中干燥。", "Dry in an oven at 105 °C.")
    assert same.overall == Verdict.CONSISTENT
    metals = compare_clauses("铜 1.0 mg/L；锌 1.0 mg/L。", "Copper 2 mg/L; zinc 3 mg/L.")
    assert [p.verdict for p in metals.pairs] == [Verdict.STRICTER, Verdict.STRICTER]
    flash = compare_clauses("闪点 55 ℃", "flash point 60 °C")
    assert [p.verdict for p in flash.pairs] == [Verdict.LOOSER]
    assert not _set_in_a_procedure(metals.pairs[0].domestic, metals.pairs[0].international)


# A length named with a sieve is the aperture of the sieve a step uses: set, not bounded. Two that differ are another
# sieve, never a lower maximum; a residue on a sieve (a fraction) and a particle size are still limits.
def test_a_sieves_aperture_is_set_not_bounded():
    feed = compare_clauses("将干燥后的饲料样品粉碎，全部通过0.42 mm孔径筛。", "Grind the dried feed so that it passes a sieve of 1 mm.")
    assert [(p.verdict, p.reason) for p in feed.pairs] == [(Verdict.DIFFERENT, "another required value")]
    tea = compare_clauses("粉碎后的茶叶过0.6 mm筛。", "Sieve the ground tea through the 0.5 mm sieve.")
    assert [p.verdict for p in tea.pairs] == [Verdict.DIFFERENT]
    same = compare_clauses("粉碎后的茶叶过0.6 mm筛。", "Sieve the ground tea through the 600 µm sieve.")
    assert [p.verdict for p in same.pairs] == [Verdict.CONSISTENT]
    residue = compare_clauses("细度：80 µm方孔筛筛余 5.0 %", "Fineness: residue on the 80 µm sieve 6.0 %")
    assert [p.verdict for p in residue.pairs if p.domestic and p.domestic.unit == "%"] == [Verdict.STRICTER]
    size = compare_clauses("试样粒度 0.2 mm", "particle size 0.25 mm")
    assert [p.verdict for p in size.pairs] == [Verdict.STRICTER]


# Two tolerances about different values state another value to aim at: 'different', as two equal values that differ
# are, never a narrower or wider range; the same value with another tolerance is still judged by the ranges.
def test_tolerances_about_another_nominal_value_are_different():
    shifted = compare_clauses("试针距底板(4±1)mm。", "The needle stops 6 mm ± 3 mm from the base plate.")
    assert [(p.verdict, p.reason) for p in shifted.pairs] == [
        (Verdict.DIFFERENT, "another nominal value, each with its tolerance")]
    wider = compare_clauses("试验温度为(23±2)℃。", "Test temperature: 23 °C ± 1 °C.")
    assert [p.verdict for p in wider.pairs] == [Verdict.LOOSER]
    ranges = compare_clauses("温度 20 ℃～25 ℃", "temperature 18 °C to 28 °C")
    assert [p.verdict for p in ranges.pairs] == [Verdict.STRICTER]


# A condition read twice on one side ('额定电流≤16 A时为1.5 mm²，额定电流>16 A且<32 A时…' gives the first row the bound
# 16 A twice) states the same condition as the other side's one '16 A': conditions are compared as sets of values.
def test_a_condition_read_twice_is_the_same_condition():
    result = compare_clauses("表2 导线截面积：额定电流≤16 A时为1.5 mm²，额定电流>16 A且<32 A时为2.5 mm²。",
                             "Table 2 — Conductor cross-section: 1,5 mm² for rated current up to and including 16 A, "
                             "2,5 mm² above 16 A and below 32 A.")
    assert result.overall == Verdict.CONSISTENT
    assert not any("another test condition" in p.reason for p in result.pairs)
    # Another condition value is still another condition.
    other = compare_clauses("表2 导线截面积：额定电流≤10 A时为1.5 mm²。",
                            "Table 2 — Conductor cross-section: 1,5 mm² for rated current up to and including 16 A.")
    assert any("another test condition" in p.reason for p in other.pairs)


# The word 'temperature' beside one of a procedure's temperatures and not another tells nothing the unit does not: the
# readings pair by their values, not by where the word was written.
def test_the_word_temperature_does_not_cross_a_procedures_temperatures():
    overall, pairs = verdicts("老化试验：将试样加热至135 ℃，保持168 h。冷冻试验：将试样置于温度(-15±2)℃的冷箱中，保持4 h。",
                              "Ageing: heat the specimens to a temperature of 135 °C for 168 h. Cold test: keep the "
                              "specimens at -15 °C ± 2 °C for 4 h.")
    assert overall == Verdict.CONSISTENT
    assert (Verdict.CONSISTENT, 135, 135) in pairs and (Verdict.CONSISTENT, -15, -15) in pairs


# A list of items under one heading, naming no quantity, against one value the other clause states for the whole.
def test_an_unnamed_list_faces_the_one_value_of_the_other_clause():
    overall, pairs = verdicts("医院各类病房内的允许噪声级（A声级，dB）：单人病房 ≤40；多人病房 ≤45；手术室 ≤45。",
                              "Hospital wards, indoors, night-time: LAeq 30 dB.")
    assert overall == Verdict.LOOSER
    assert sorted(pairs) == [(Verdict.LOOSER, 40, 30), (Verdict.LOOSER, 45, 30), (Verdict.LOOSER, 45, 30)]
    # Two values in the dimension on the other side: which of them each item faces is not told, none is shared.
    overall, pairs = verdicts("医院各类病房内的允许噪声级（A声级，dB）：单人病房 ≤40；多人病房 ≤45；手术室 ≤45。",
                              "Hospital wards, indoors: LAeq 35 dB by day and LAeq 30 dB at night.")
    assert len([p for p in pairs if p[1] is not None and p[2] is not None]) <= 2


# 含水率 is moisture content, as 水分 and 含水量 are: it pairs with 'moisture content', never with a humidity beside it.
def test_moisture_content_written_hanshuilv_pairs_with_moisture():
    overall, pairs = verdicts("木材试样应在相对湿度(60±5)%的条件下调湿，此时含水率约为11 %。",
                              "Wood specimens shall be conditioned at a relative humidity of 60 % ± 5 %; their "
                              "moisture content is then about 11 %.")
    assert overall == Verdict.CONSISTENT
    assert (Verdict.CONSISTENT, 11, 11) in pairs


# A limit that holds only for a transition ('Transitional limit value … until <date>') is no counterpart of a standing
# limit: here of the short-term limit the other clause states and this one lacks.
def test_a_transitional_limit_is_no_counterpart_of_a_standing_one():
    overall, pairs = verdicts(
        "铬酸盐（按Cr计）：PC-TWA 0.05 mg/m³，PC-STEL 0.1 mg/m³。",
        "Chromium (VI) compounds (as Cr) — 8 hours: 0,005 mg/m³. Transitional limit value 0,01 mg/m³ until 17 January "
        "2025.")
    assert (Verdict.LOOSER, 0.05, 0.005) in pairs
    assert (Verdict.MISSING_INTERNATIONAL, 0.1, None) in pairs and (Verdict.MISSING_DOMESTIC, None, 0.01) in pairs
    assert overall == Verdict.DIFFERENT
    # a transitional limit against a transitional one is compared as ever; a 'transitional flowrate' is a name
    assert verdicts("过渡期限值：0.01 mg/m³。", "Transitional limit value: 0,01 mg/m³.")[0] == Verdict.CONSISTENT
    assert verdicts("分界流量与最小流量之比应为1.6。", "The ratio of the transitional flowrate to the minimum flowrate "
                    "shall be 1,6.")[0] == Verdict.CONSISTENT


# A step's setting stated again where its result is judged ('…放置7 d。若7 d后…') is one requirement: the other clause,
# stating it once, lacks nothing.
def test_a_value_stated_again_on_one_side_is_not_missing_on_the_other():
    result = compare_clauses("试样于(40±1)℃下密闭放置7 d。若7 d后质量损失小于5 %，即认为该样品稳定。",
                             "The sample is stored closed at 40 ± 1 °C. If the loss of mass after 7 days is less "
                             "than 5 %, the sample is considered stable.")
    assert result.overall == Verdict.CONSISTENT
    assert [p.counted for p in result.pairs if p.international is None] == [False]
    # a value stated with a word of limit is a requirement of its own, even at the same value
    result = compare_clauses("铅含量不得超过5 mg/kg，镉含量不得超过5 mg/kg。", "Lead: maximum 5 mg/kg.")
    assert result.overall == Verdict.DIFFERENT
    # and so is a list item naming a tissue, at the value of the item before it
    result = compare_clauses("土霉素（所有食品动物）：肌肉 200 µg/kg，脂肪 200 µg/kg。", "Oxytetracycline – cattle: muscle 200 µg/kg.")
    assert result.overall == Verdict.DIFFERENT


# ------------------------------------------------------------------ same value, a substance named on one side only

def test_an_appliance_named_like_a_metal_pairs_by_its_value():
    # 'iron' (the appliance) reads as the metal; its maximum temperature is the domestic one, not the next setting's.
    result = compare_clauses("熨烫温度：低温档最高温度110 ℃；中温档最高温度150 ℃。",
                             "Ironing: iron at a low setting, maximum temperature 110 °C; medium setting, maximum "
                             "temperature 150 °C.")
    assert result.overall == Verdict.CONSISTENT
    assert sorted((p.domestic.value, p.international.value) for p in result.pairs) == [(110, 110), (150, 150)]


def test_a_bath_named_by_its_metal_pairs_with_the_same_temperature():
    result = compare_clauses("焊接：焊锡温度不超过260 ℃；焊接时间不超过5 s。",
                             "Soldering: the tin bath shall be at a temperature not exceeding 260 °C; soldering time "
                             "not exceeding 5 s.")
    assert result.overall == Verdict.CONSISTENT
    assert sorted((p.domestic.value, p.international.value) for p in result.pairs
                  if p.domestic and p.international) == [(5, 5), (260, 260)]
    # Two substances, each named, at one value stay two limits.
    apart = compare_clauses("铅 ≤0.1 mg/kg。", "Cadmium: max. 0,1 mg/kg.")
    assert {p.verdict for p in apart.pairs} == {Verdict.MISSING_INTERNATIONAL, Verdict.MISSING_DOMESTIC}


# ------------------------------------------------------- a lone limit with its counterpart is not shared once more

def test_the_other_side_of_an_area_does_not_share_the_load_area_pair():
    result = compare_clauses("顶板承载试验：在400 mm×200 mm的面积上均匀施加150 kg的载荷。",
                             "Roof panel load: a load of 150 kg uniformly distributed over an area of 400 mm × 200 mm "
                             "located at the centre of the panel.")
    assert result.overall == Verdict.CONSISTENT
    assert [p.verdict for p in result.pairs if p.domestic and p.international] == [Verdict.CONSISTENT] * 3
    # the load and the panel's width pair as limits; its length, the domestic area's condition, meets its reading on
    # the English side as that condition (compare.indicators.verdicts.paired_with_conditions)
    assert sorted((p.domestic.value, p.domestic.unit) for p in result.pairs) == [(150, "kg"), (200, "mm"), (400, "mm")]


def test_an_elongation_that_conditions_a_stress_is_no_second_elongation_limit():
    result = compare_clauses("橡胶管拉伸性能：老化前扯断伸长率 ≥ 400 %，200 %定伸应力 ≤ 3.0 MPa；老化后扯断伸长率 ≥ 300 %。",
                             "Tensile properties of the hose: before ageing — elongation at break, min., 400 %; stress "
                             "at 200 % elongation, max., 3,0 MPa. After ageing — 300 % minimum elongation at break.")
    assert result.overall == Verdict.CONSISTENT
    assert not any(p.verdict == Verdict.LOOSER for p in result.pairs)


def test_the_bound_of_a_condition_band_is_not_judged_against_its_other_bound():
    result = compare_clauses("试样宽度为25 mm±0.5 mm。夹持距离为100 mm±1 mm；对断裂伸长率大于50 %的薄膜，夹持距离为50 mm±1 mm。"
                             "断裂伸长率为5 %～50 %时，拉伸速度为50 mm/min。",
                             "Each specimen shall be 25 mm ± 0,5 mm wide. The grip separation shall be 100 mm ± 1 mm; "
                             "for films with an elongation at break greater than 50 %, the grip separation shall be "
                             "50 mm ± 1 mm. For an elongation at break of 5 % to 50 %, the test speed shall be 50 mm/min.")
    assert result.overall == Verdict.CONSISTENT
    # The same value written again beside the counterpart still shares the lone limit (one limit said twice).
    (again,) = extract_indicators("Acceleration: 30 g max.")
    (counterpart,) = extract_indicators("加速度不超过30 g。")
    assert not has_its_counterpart(again, counterpart, [(again, frozenset())], frozenset())


def test_the_bound_of_a_load_band_is_no_second_error_limit():
    result = compare_clauses("高准确度级（Ⅱ）秤使用中检验最大允许误差：0 ≤ m ≤ 5 000e，±1.0e；5 000e < m ≤ 20 000e，±2.0e；"
                             "20 000e < m ≤ 100 000e，±3.0e。",
                             "Maximum permissible errors in service, class II, loads m in verification scale intervals "
                             "e: ± 1 e for 0 ≤ m ≤ 5 000; ± 2 e for 5 000 < m ≤ 20 000; ± 3 e for 20 000 < m ≤ 100 000.")
    assert result.overall == Verdict.CONSISTENT
    errors = [p for p in result.pairs if p.international.comparator == "max"]
    assert sorted(p.international.value for p in errors) == [1, 2, 3]
    # the load bands the English side reads as the errors' conditions meet the domestic side's readings of them as
    # bands: the same bands, not a second error limit (compare.indicators.verdicts.paired_with_conditions)
    bands = [p for p in result.pairs if p not in errors]
    assert {(p.international.low, p.international.high) for p in bands} <= {(0, 5000), (5000, 20000), (20000, 100000)}
    assert all(p.verdict == Verdict.CONSISTENT and "condition" in p.reason for p in bands)


# Oil standards name fatty acids by their lipid numbers ('C18:2' is linoleic acid, 'C18:3' linolenic acid), one side
# often with the name beside the number and the other with the number alone: they pair by the acid named.
def test_fatty_acids_named_by_lipid_number_pair_with_their_names():
    result = compare_clauses("葵花籽油脂肪酸组成（%）：亚麻酸C18:3 ≤ 0.3；亚油酸C18:2 48.3～74.0。",
                             "Sunflowerseed oil (% of total fatty acids): C18:2 48,3–74,0; C18:3 max. 0,5.")
    pairs = {(p.domestic and p.domestic.concept, p.international and p.international.concept): p.verdict
             for p in result.pairs}
    assert pairs == {("alpha_linolenic_acid", "alpha_linolenic_acid"): Verdict.STRICTER,
                     ("linoleic_acid", "linoleic_acid"): Verdict.CONSISTENT}
    overall, pairs = verdicts("Rapeseed oil: linoleic acid 11.0 % to 23.0 %.", "低芥酸菜籽油：C18:2 16.0 %～25.0 %。")
    assert overall == Verdict.DIFFERENT and len(pairs) == 1 and pairs[0][0] != Verdict.MISSING_INTERNATIONAL


# A viscosity in millipascal seconds is a thousandth of one in pascal seconds, never a megapascal second.
def test_a_viscosity_in_millipascal_seconds_meets_one_in_pascal_seconds():
    assert verdicts("胶黏剂黏度（23 ℃）不大于 800 mPa·s。", "Adhesive viscosity at 23 °C: max. 0,8 Pa·s.")[0] \
        == Verdict.CONSISTENT
    assert verdicts("Viscosity of the lubricant at 40 °C shall not exceed 120 mPa·s.",
                    "润滑剂40 ℃黏度不大于0.1 Pa·s。")[0] == Verdict.LOOSER


# Food additive specifications give viscosities in centipoise, often written 'cp': one centipoise is one mPa·s.
def test_a_viscosity_in_centipoise_meets_one_in_millipascal_seconds():
    assert verdicts("卡拉胶黏度（1.5 %溶液，75 ℃）不小于 30 mPa·s。",
                    "Viscosity: not less than 30 cp (1.5 % solution, 75°).")[0] == Verdict.CONSISTENT
    assert verdicts("黄原胶黏度不小于 600 mPa·s。", "Viscosity: not less than 0,5 Pa·s.")[0] == Verdict.STRICTER
    assert verdicts("Viscosity: not less than 800 cP.", "黏度不小于 0.6 Pa·s。")[0] == Verdict.STRICTER


# Two names that state the same substances in another order are one item of a list, whatever substance each reading
# took as its concept (the last named on one side, the first on the other).
def test_an_item_naming_the_same_substances_in_another_order_pairs():
    overall, pairs = verdicts("焊料中杂质：锡或铅 ≤ 0.5 %；锌 ≤ 0.1 %。",
                              "Impurities in solder: zinc max. 0.1 %; lead or tin max. 0.5 %.")
    assert overall == Verdict.CONSISTENT
    assert sorted(pairs) == [(Verdict.CONSISTENT, 0.1, 0.1), (Verdict.CONSISTENT, 0.5, 0.5)]


def test_items_naming_the_same_substances_pair_item_by_item():
    overall, pairs = verdicts("镀液中杂质：铜或镍 ≤ 0.5 %；铅或锡 ≤ 0.1 %。",
                              "Impurities in the plating bath: tin or lead max. 0.1 %; nickel or copper max. 0.5 %.")
    assert overall == Verdict.CONSISTENT
    assert sorted(pairs) == [(Verdict.CONSISTENT, 0.1, 0.1), (Verdict.CONSISTENT, 0.5, 0.5)]



# Platinum is a substance of its own (the termbase): a list of platinum alloys after one of silver alloys takes no
# silver from the list before it, so a silver value is not shared with the platinum list of the other side.
def test_platinum_alloys_are_no_silver_alloys():
    overall, pairs = verdicts("牙科合金的贵金属含量规定为：银及银合金 60 %、75 %；铂及铂合金 70 %、80 %。",
                              "Noble metal content of dental alloys (per cent). Silver alloys: 60, 70, 75. "
                              "Platinum alloys: 70, 80.")
    assert (Verdict.MISSING_DOMESTIC, None, 70.0) in pairs
    assert [p for p in pairs if p[1] == 70.0] == [(Verdict.CONSISTENT, 70.0, 70.0)]


# A volume or a wavenumber named after a substance is no amount of it: it does not pair across dimensions with the
# other side's limit of that substance.
def test_a_volume_of_a_substance_is_no_limit_of_it():
    overall, pairs = verdicts("测定水中苯：吸取苯标准使用溶液 1.0 mL 于容量瓶中。", "Benzene in water: 1 µg/l.")
    assert all(d is None or i is None for _, d, i in pairs)


def test_a_wavenumber_of_a_substance_is_no_limit_of_it():
    overall, pairs = verdicts("红外法测一氧化碳：一氧化碳吸收峰波数 2170 cm⁻¹。", "Carbon monoxide: 10 mg/m³.")
    assert all(d is None or i is None for _, d, i in pairs)


# Two readings that only their unit dimension joins (one name a concept of the termbase, the other none), with
# values more than 25 times apart, are limits of two things: each is one-sided, not one pair judged stricter.
def test_a_named_limit_is_no_partner_of_an_unnamed_one_far_from_it():
    overall, pairs = verdicts("精制盐：白度 ≥ 80 %。", "Food grade salt: lead max. 2 mg/kg.")
    assert sorted(v for v, _, _ in pairs) == [Verdict.MISSING_DOMESTIC, Verdict.MISSING_INTERNATIONAL]
    overall, pairs = verdicts("果酱：砷 ≤ 0.5 mg/kg。", "Jams: total soluble solids min. 40 %.")
    assert sorted(v for v, _, _ in pairs) == [Verdict.MISSING_DOMESTIC, Verdict.MISSING_INTERNATIONAL]
    overall, pairs = verdicts("食用油：烟点 ≥ 190 ℃；锌 ≤ 5 mg/kg。",
                              "Edible oils: smoke point min. 190 °C; insoluble impurities max. 0,05 %.")
    assert (Verdict.CONSISTENT, 190.0, 190.0) in pairs
    assert (Verdict.MISSING_INTERNATIONAL, 5.0, None) in pairs and (Verdict.MISSING_DOMESTIC, None, 0.05) in pairs


def test_an_unnamed_limit_near_a_named_one_still_pairs():
    # Values of a like size leave the pair to the names and keys, as before.
    overall, pairs = verdicts("不溶性杂质 ≤ 0.2 %", "Lead: max. 0,15 %.")
    assert pairs == [(Verdict.LOOSER, 0.2, 0.15)]


# A name that ends in a Chinese chemical name the termbase does not know ('环己酮', '乙二醇') states another substance
# than one the termbase reads on the other side: the two limits stay one-sided, however alike their units.
def test_an_unknown_chemical_is_no_partner_of_a_known_substance():
    overall, pairs = verdicts("胶粘剂：环己酮 ≤ 50 mg/kg。", "Adhesives: cobalt max. 20 mg/kg.")
    assert sorted(v for v, _, _ in pairs) == [Verdict.MISSING_DOMESTIC, Verdict.MISSING_INTERNATIONAL]
    overall, pairs = verdicts("涂料：乙二醇 ≤ 0.1 %；铅 ≤ 90 mg/kg。", "Paints: lead max. 90 mg/kg; chromium max. 0,2 %.")
    assert (Verdict.CONSISTENT, 90.0, 90.0) in pairs
    assert (Verdict.MISSING_INTERNATIONAL, 0.1, None) in pairs and (Verdict.MISSING_DOMESTIC, None, 0.2) in pairs


def test_a_known_substance_still_pairs_with_itself():
    overall, pairs = verdicts("二氧化硫（以SO2计） ≤ 50 mg/kg", "Sulfur dioxide max. 30 mg/kg")
    assert pairs == [(Verdict.LOOSER, 50.0, 30.0)]


def test_a_code_followed_by_its_quantitys_symbol_keys_the_row():
    # 'code A: pmin' is code A's row: the symbol after the colon names the value, not another row.
    assert row_designations("Supply pressure, 10 bar systems: code A: pmin") == {"code A"}
    assert row_designations("grade C: Rm") == {"code C"}
    assert row_designations("Supply pressure: pmin") == set()


def test_rows_keyed_by_code_pair_when_one_side_writes_the_symbol_after_the_code():
    # The system's voltage (24 V) is read on both sides too; code A's band must not pair with it.
    result = compare_clauses("24 V系统的供电电压：代码A，18 V～32 V；代码B，20 V～32 V。",
                             "Supply voltage, 24 V systems: code A: Umin 18 V, Umax 32 V; code B: 20 V to 32 V.")
    ranges = [(p.domestic.low, p.international.low) for p in result.pairs
              if p.domestic and p.international and p.domestic.low is not None]
    assert sorted(ranges) == [(18, 18), (20, 20)]
    assert all(p.verdict == Verdict.CONSISTENT for p in result.pairs if p.domestic and p.international)


def test_soluble_and_roasted_coffee_are_two_foods():
    # The termbase knows roasted and soluble coffee: each limit pairs with the limit for its own kind of coffee,
    # whatever the order the two sides list them in.
    result = compare_clauses("铅（以Pb计）/(mg/kg)：焙炒咖啡 0.5；速溶咖啡 1.0。",
                             "Lead — instant coffee: ML 0.3; roasted coffee: ML 0.2.")
    pairs = {(p.domestic.value, p.international.value) for p in result.pairs if p.domestic and p.international}
    assert pairs == {(0.5, 0.2), (1.0, 0.3)}


def test_feed_for_young_animals_pairs_by_the_animal():
    # Calves, lambs, piglets and young poultry are the feeds' keys: the piglets' limit pairs with the piglets' limit,
    # not with the calves' one that the other side lists first with a value closer to it.
    result = compare_clauses("玉米赤霉烯酮/(mg/kg)：仔猪配合饲料 ≤ 0.15；犊牛、羔羊配合饲料 ≤ 0.5。",
                             "Zearalenone (mg/kg) — complete feed for calves and lambs: 0,1; complete feed for piglets: 0,4.")
    pairs = {(p.domestic.value, p.international.value) for p in result.pairs if p.domestic and p.international}
    assert pairs == {(0.15, 0.4), (0.5, 0.1)}


# A rolling sphere radius is a ceiling by nature: a larger sphere protects less of the structure.
def test_a_larger_rolling_sphere_is_the_looser():
    assert verdicts("第二类防雷建筑物：滚球半径为45 m。", "Class of LPS II: rolling sphere radius r = 30 m.")[0] \
        == Verdict.LOOSER
    assert verdicts("Class of LPS II: the radius of the rolling sphere is 30 m.", "第二类防雷建筑物：滚球半径为45 m。")[0] \
        == Verdict.STRICTER


# A shortfall allowed from the rated value is no floor of the quantity itself: the two stay unpaired.
def test_a_shortfall_from_the_rated_value_does_not_pair_with_a_floor():
    overall, pairs = verdicts("制冷量不应小于3 500 W。",
                              "The cooling capacity shall not be less than the rated value by more than 250 W.")
    assert sorted(pairs, key=str) == sorted([(Verdict.MISSING_INTERNATIONAL, 3500.0, None),
                                             (Verdict.MISSING_DOMESTIC, None, 250.0)], key=str)


# The rest of a list ('其余', '其他', 'other ...') holds for the items its own side does not name apart: it is no
# share of the other side's list limit, which already pairs with an item this side names, though the value is the same.
def test_the_rest_of_a_list_takes_no_share_of_a_named_items_partner():
    overall, pairs = verdicts("住宅和宿舍楼梯踏步高度不应大于0.18 m；幼儿园楼梯踏步高度不应大于0.15 m；"
                              "其余建筑楼梯踏步高度不应大于0.18 m。",
                              "Stairs in dwellings, hostels and apartments shall have a riser height of at most 0,18 m.")
    assert sorted(pairs, key=str) == sorted([(Verdict.CONSISTENT, 0.18, 0.18), (Verdict.MISSING_INTERNATIONAL, 0.15, None),
                                             (Verdict.MISSING_INTERNATIONAL, 0.18, None)], key=str)
    # written in English on the other side too
    _, pairs = verdicts("Ladders for ships, docks and piers: rung spacing not more than 300 mm. Other ladders: rung "
                        "spacing not more than 300 mm.",
                        "船舶、码头和栈桥用梯的踏棍间距不应大于300 mm。")
    assert sorted(pairs, key=str) == sorted([(Verdict.CONSISTENT, 300.0, 300.0),
                                             (Verdict.MISSING_INTERNATIONAL, 300.0, None)], key=str)


def test_a_rest_of_a_list_is_written_with_qiyu_too():
    from compare.indicators.verdicts import rest_of_own_list

    assert rest_of_own_list(extract_indicators("其余管材壁厚不应小于2.0 mm。")[0])
    assert rest_of_own_list(extract_indicators("Other pipes: wall thickness at least 2,0 mm.")[0])
    assert not rest_of_own_list(extract_indicators("给水管材壁厚不应小于2.0 mm。")[0])


# A ratio written as a plain number on one side and as a multiple on the other ('1,25' against '1.25倍设计压力';
# 'a safety factor of 5' against 'at least 5 times') is one ratio when the figure is the same.
def test_a_multiple_of_a_named_quantity_meets_the_same_plain_figure():
    overall, pairs = verdicts("容器水压试验压力为设计压力的1.25倍，气压试验压力为设计压力的1.15倍。",
                              "Hydrostatic test pressure factor: 1,25. Pneumatic test pressure factor: 1,15.")
    assert overall == Verdict.CONSISTENT
    assert pairs == [(Verdict.CONSISTENT, 1.25, 1.25), (Verdict.CONSISTENT, 1.15, 1.15)]


def test_a_bare_multiple_meets_the_same_plain_number():
    overall, pairs = verdicts("钢丝绳安全系数不应小于5，吊钩安全系数不应小于2。",
                              "The rope shall have a safety factor of at least 5 times its working load; the hook "
                              "at least 2 times.")
    assert overall == Verdict.CONSISTENT
    assert sorted(pairs) == [(Verdict.CONSISTENT, 2.0, 2.0), (Verdict.CONSISTENT, 5.0, 5.0)]


def test_a_plain_number_and_a_multiple_of_another_figure_stay_apart():
    from compare.indicators.verdicts import one_ratio

    # a plain number is often no limit at all: only the same figure shows the two are one ratio
    _, pairs = verdicts("钢丝绳安全系数不应小于5。", "The hook shall have a safety factor of at least 2 times its working load.")
    assert sorted(pairs, key=str) == sorted([(Verdict.MISSING_INTERNATIONAL, 5.0, None),
                                             (Verdict.MISSING_DOMESTIC, None, 2.0)], key=str)
    # two multiples of two named quantities are no one ratio, whatever the figure
    (ib,) = extract_indicators("The starting current is 0,005 Ib.")
    (inom,) = extract_indicators("The starting current is 0,005 In.")
    (plain,) = extract_indicators("启动电流系数为0.005。")
    assert not one_ratio(ib, inom)
    assert one_ratio(ib, plain) and one_ratio(plain, ib)


# A substance named in a method step's words before a wavelength, a time or a temperature is the step's reagent, not
# the quantity of the value: it forbids no pair with the other side's value of that dimension.
def test_a_reagent_named_before_a_wavelength_forbids_no_pair():
    overall, pairs = verdicts("样品经甲醇提取后，于254 nm处测定吸光度。",
                              "Measure the absorbance at 280 nm after extraction with acetonitrile.")
    assert pairs == [(Verdict.DIFFERENT, 254.0, 280.0)]


# The power-frequency and the lightning impulse withstand voltage are two quantities of insulation: each meets its own,
# whatever the values ('170 kV or 200 kV' offers the impulse list a second value).
def test_power_frequency_and_impulse_withstand_voltages_pair_apart():
    overall, pairs = verdicts("电力变压器绕组的额定短时工频耐受电压（有效值）为85 kV；额定雷电冲击耐受电压（峰值）为200 kV。",
                              "Transformer windings: rated short-duration power-frequency withstand voltage (r.m.s. "
                              "value) 70 kV; rated lightning impulse withstand voltage (peak value) 170 kV or 200 kV.")
    assert (Verdict.STRICTER, 85.0, 70.0) in pairs and (Verdict.CONSISTENT, 200.0, 200.0) in pairs


# The total elongation at maximum force (Agt) is no elongation after fracture (A): each meets its own.
def test_total_elongation_at_maximum_force_is_not_elongation_after_fracture():
    overall, pairs = verdicts("钢丝的断后伸长率不小于4 %，最大力总伸长率不小于3.5 %。",
                              "Percentage total elongation at maximum force: min. 2,5 %; percentage elongation after "
                              "fracture: min. 8 %.")
    assert sorted(pairs, key=lambda p: p[1]) == [(Verdict.STRICTER, 3.5, 2.5), (Verdict.LOOSER, 4.0, 8.0)]


# Ratings stated for a one-phase and a three-phase supply stay with their own supply, whatever their values and order.
def test_one_phase_and_three_phase_ratings_pair_by_supply():
    overall, pairs = verdicts("加热器额定功率：单相不超过3 kW，三相不超过9 kW。",
                              "The heater shall be rated up to 2,5 kW single-phase and up to 3 kW three-phase.")
    assert sorted(pairs, key=lambda p: p[1]) == [(Verdict.LOOSER, 3.0, 2.5), (Verdict.LOOSER, 9.0, 3.0)]


# A wavelength in nanometres with no word of kind is the wavelength a method measures at: two that differ are another
# required value, not a higher or lower maximum, even where the clause names an absorption (read elsewhere as a ceiling).
# A nanometre bound with its word keeps its kind.
def test_a_methods_wavelength_is_set_not_bounded():
    absorbed = compare_clauses("用甲醛缓冲溶液吸收二氧化硫，显色后于577 nm波长处测量吸光度。",
                               "Sulfur dioxide is absorbed in a tetrachloromercurate solution; measure the absorbance at 548 nm.")
    assert [(p.verdict, p.reason) for p in absorbed.pairs] == [(Verdict.DIFFERENT, "another required value")]
    same = compare_clauses("在420 nm处测定吸光度。", "Measure the absorbance at 420 nm.")
    assert same.overall == Verdict.CONSISTENT
    bound = compare_clauses("颗粒粒径不大于100 nm。", "The particle size shall not exceed 200 nm.")
    assert [p.verdict for p in bound.pairs] == [Verdict.STRICTER]
