"""Twenty-sixth round (pairs26): names that meet in pairing. A name listing several substances, amounts named after
their unit, and termbase terms that several open sets write (total harmonic distortion, overall and longitudinal
uniformity; '氨基' is no ammonia). Clause pairs written for these tests, in other fields or wordings than the cases that
showed each kind."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.extract import extract
from compare.indicators.verdicts import _allowed, compare_clauses, listed_substances
from compare.terms.termbase import load_termbase


def _pairs(domestic: str, international: str):
    result = compare_clauses(domestic, international)
    return result, [(p.domestic and p.domestic.value, p.international and p.international.value, p.verdict)
                    for p in result.pairs]


def _readings(text: str):
    return [(i.parameter, i.value, i.unit) for i in extract(text).indicators]


# --- a name listing several substances meets each of them


def test_a_list_of_substances_meets_each_substance_named_alone():
    result, pairs = _pairs("饲料添加剂中铬、镍、钴（分别计）/（mg/kg）：≤5、≤3、≤2。",
                           "Chromium: not more than 5 mg/kg. Cobalt: not more than 2 mg/kg. Nickel: not more than 3 "
                           "mg/kg.")
    assert sorted((d, i) for d, i, _ in pairs) == [(2.0, 2.0), (3.0, 3.0), (5.0, 5.0)]
    assert result.overall == Verdict.CONSISTENT


def test_listed_substances_needs_two_joined_by_a_list():
    termbase = load_termbase()
    listed = extract("铬、镍、钴（分别计）/（mg/kg）：≤5、≤3、≤2。").indicators[0]
    assert listed_substances(listed, termbase) == {"chromium", "nickel", "cobalt"}
    alone = extract("镍（以Ni计）不得超过3 mg/kg。").indicators[0]
    assert listed_substances(alone, termbase) == frozenset()


def test_a_substance_named_alone_still_forbids_another():
    # one substance against another is no pair, list or not
    _, pairs = _pairs("镍不得超过3 mg/kg。", "Chromium: not more than 3 mg/kg.")
    assert all(d is None or i is None for d, i, _ in pairs)


# --- terms several sets write


def test_overall_and_longitudinal_uniformity_are_two_quantities():
    _, pairs = _pairs("次干路：路面亮度总均匀度最小值0.4，阈值增量最大值10 %。",
                      "Lighting class M3: overall uniformity min. 0,35; longitudinal uniformity min. 0,4; threshold "
                      "increment max. 10 %.")
    assert (0.4, 0.35, Verdict.STRICTER) in pairs
    assert (None, 0.4, Verdict.MISSING_DOMESTIC) in pairs


def test_total_harmonic_distortion_meets_its_name_before_a_same_valued_other():
    termbase = load_termbase()
    assert termbase.concept_of("电压总谐波畸变率") == termbase.concept_of("total harmonic distortion") \
        == "total_harmonic_distortion"
    _, pairs = _pairs("中压配电网：电压总谐波畸变率4.0 %。",
                      "Planning levels, MV: harmonic order 5, 4 %; order 7, 3 %. Total harmonic distortion: 6,5 %.")
    assert (4.0, 6.5, Verdict.STRICTER) in pairs


def test_amino_in_a_chemical_name_is_no_ammonia():
    termbase = load_termbase()
    assert termbase.concept_of("4-氨基安替比林") is None and termbase.concept_of("对氨基苯酚") != "ammonia"
    assert termbase.concept_of("阿苯达唑-2-氨基砜之和，以阿苯达唑计") == "albendazole"
    assert termbase.concept_of("氨氮") == termbase.concept_of("氨") == "ammonia"
    result, pairs = _pairs("甲苯咪唑（残留标志物：甲苯咪唑与2-氨基-5-苯甲酰基苯并咪唑之和）：肌肉60 μg/kg，肝400 μg/kg。",
                           "Mebendazole (sum of mebendazole and 2-amino-5-benzoylbenzimidazole): muscle 60 µg/kg; "
                           "liver 400 µg/kg.")
    assert sorted((d, i) for d, i, _ in pairs) == [(60.0, 60.0), (400.0, 400.0)]


# --- amounts a step takes or adds, named after their unit


def test_amounts_added_take_the_name_after_their_unit_in_chinese():
    assert _readings("称取试样2 g，加入0.2 g硫酸铜、3 g硫酸钠及10 mL硝酸，加热消解。")[1:] == [
        ("硫酸铜", 0.2, "g"), ("硫酸钠", 3.0, "g"), ("硝酸", 10.0, "mL")]


def test_amounts_added_take_the_name_after_of_in_english():
    assert _readings("Add 2 g of sodium sulfate, 0,5 ml of nitric acid and 10 ml of water.") == [
        ("sodium sulfate", 2.0, "g"), ("nitric acid", 0.5, "ml"), ("water", 10.0, "ml")]


def test_amounts_paired_by_what_is_added():
    _, pairs = _pairs("取样10 mL，依次加入2 mL氨基磺酸铵溶液、1 mL盐酸萘乙二胺溶液。",
                      "Take 10 ml of sample and add 1 ml of naphthylethylenediamine solution and 2 ml of ammonium "
                      "sulfamate solution.")
    assert sorted((d, i) for d, i, _ in pairs) == [(1.0, 1.0), (2.0, 2.0), (10.0, 10.0)]


def test_no_name_after_without_a_step_or_for_a_ratio_spelt_out():
    # a ratio spelt out is no amount taken, even after a verb of adding; nor is a limit without a step's verb
    assert [u for _, _, u in _readings("Add 150 mg of potassium iodide per kg of salt.")] == \
        ["mg of potassium iodide per kg of salt"]
    assert _readings("The residue shall be not more than 5 mg of ash.")[0][0] != "ash"
    assert _readings("样品中含0.2 g硫酸铜。")[0][0] != "硫酸铜"


def test_a_vessel_after_its_size_is_no_thing_added():
    # the flask a step uses keeps the size's own reading (verdicts.vessel_of_its_size sets it aside)
    names = [name for name, _, _ in _readings("称取试样2 g，加入20 mL水，移入100 mL容量瓶中，定容。")]
    assert names[1] == "水" and names[2] != "容量瓶中"


def test_a_salt_named_in_the_two_orders_may_pair():
    # '氯化镍' (chloride first) against 'nickel chloride' (nickel first): the concepts read, the last named, differ
    termbase = load_termbase()
    d = extract("称取0.500 g六水合氯化镍，溶于水。").indicators[0]
    i = extract("Dissolve 0,500 g of nickel(II) chloride hexahydrate in water.").indicators[0]
    assert (d.concept, i.concept) == ("nickel", "chloride")
    assert _allowed(d, i, termbase)
    # two substances named alone stay apart
    assert not _allowed(extract("镍不得超过3 mg/kg。").indicators[0],
                        extract("Chloride: not more than 3 mg/kg.").indicators[0], termbase)


def test_an_amount_of_a_reagent_is_no_contaminant_ceiling():
    # sulfuric acid read as sulfur, a contaminant: 15 mL against 20 ml is another amount of the method
    _, pairs = _pairs("加入0.2 g硫酸铜、3 g硫酸钾及15 mL硫酸，加热消解。",
                      "Add 10 g of potassium sulfate, 0,5 g of copper sulfate and 20 ml of sulfuric acid, and digest.")
    assert (15.0, 20.0, Verdict.DIFFERENT) in pairs and (3.0, 10.0, Verdict.DIFFERENT) in pairs
    # a content of the contaminant stays a ceiling
    _, pairs = _pairs("铅 0.2 mg/kg", "lead 0.1 mg/kg")
    assert pairs == [(0.2, 0.1, Verdict.LOOSER)]


def test_a_reagent_named_before_its_amount_against_an_amount_added_is_no_ceiling():
    # (fixproc34) '加稀硫酸溶液3 mL' names the reagent before its amount, so the reader sees no step's setting there;
    # against 'add 2 ml of dilute sulfuric acid' (an amount a step adds) the two are amounts of the method: different
    _, pairs = _pairs("取供试液10 mL，加稀硫酸溶液3 mL，摇匀。",
                      "To 10 ml of the test solution add 2 ml of dilute sulfuric acid and mix.")
    assert (3.0, 2.0, Verdict.DIFFERENT) in pairs
    # a contaminant's content stays a ceiling, whatever is added beside it
    _, pairs = _pairs("加入硫酸2 mL。铅 0.2 mg/kg", "Add 2 ml of sulfuric acid. Lead 0.1 mg/kg")
    assert (0.2, 0.1, Verdict.LOOSER) in pairs
