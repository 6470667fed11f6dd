"""The one termbase: concepts named by clauses (matching) and by parameter names (indicator pairing), and a
user's own CSV reaching both."""

from __future__ import annotations

from compare.core.model import Clause
from compare.core.vocabulary import Verdict
from compare.indicators.verdicts import compare_clauses
from compare.matching.lists import rerank_hits
from compare.terms.termbase import load_termbase

DOMESTIC = "钢丝直径不小于2.0 mm，护套厚度不小于1.0 mm。"
INTERNATIONAL = "The sheath thickness shall be at least 1.8 mm and the wire diameter at least 1.1 mm."


def user_termbase(tmp_path):
    path = tmp_path / "my_terms.csv"
    path.write_text("concept,zh,en\nwire_diameter,钢丝直径,wire diameter\nsheath_thickness,护套厚度,sheath thickness\n",
                    encoding="utf-8")
    return load_termbase(str(path))


def test_a_concept_in_a_user_termbase_changes_matching_and_indicator_pairing(tmp_path):
    mine = user_termbase(tmp_path)
    # Matching: the candidate naming the user's concept overtakes one the encoder put first.
    clauses = {1: Clause(1, "IEC 1", "1", "The conductor resistance shall not exceed 5 ohm.", "en", "international"),
               2: Clause(2, "IEC 1", "2", "The wire diameter shall be at least 2.0 mm.", "en", "international")}
    hits = [(1, 0.80), (2, 0.74)]
    assert [c for c, _ in rerank_hits("钢丝直径不小于2.0 mm", hits, clauses, top_k=2)] == [1, 2]
    assert [c for c, _ in rerank_hits("钢丝直径不小于2.0 mm", hits, clauses, top_k=2, termbase=mine)] == [2, 1]
    # Indicator pairing: without the concepts the limits pair by closeness of value, wrongly; with them, by name.
    built_in = compare_clauses(DOMESTIC, INTERNATIONAL)
    assert [(p.domestic.value, p.international.value) for p in built_in.pairs] == [(2.0, 1.8), (1.0, 1.1)]
    own = compare_clauses(DOMESTIC, INTERNATIONAL, termbase=mine)
    assert [(p.domestic.value, p.international.value) for p in own.pairs] == [(2.0, 1.1), (1.0, 1.8)]
    assert [(p.domestic.concept, p.international.concept, p.verdict) for p in own.pairs] == [
        ("wire_diameter", "wire_diameter", Verdict.STRICTER), ("sheath_thickness", "sheath_thickness", Verdict.LOOSER)]


def test_a_concept_for_matching_only_reaches_matching_and_never_the_indicator_reader(tmp_path):
    # The same two concepts as above, marked "matching": the candidate naming them still overtakes the encoder's
    # first, in the concepts both clauses name, the lexical channel's words and the identifiers, while the reader
    # pairs the limits exactly as with the built-in termbase (by closeness of value, not by name).
    from compare.terms.identifiers import identifiers_in
    from compare.terms.lexicon import load_cedict, query_words

    path = tmp_path / "matching_terms.csv"
    path.write_text("concept,parent,field,role,zh,en\n"
                    "wire_diameter,,cables,matching,钢丝直径,wire diameter|strand diameter\n"
                    "sheath_thickness,,cables,Matching,护套厚度,sheath thickness\n", encoding="utf-8")
    mine = load_termbase(str(path))
    clauses = {1: Clause(1, "IEC 1", "1", "The conductor resistance shall not exceed 5 ohm.", "en", "international"),
               2: Clause(2, "IEC 1", "2", "The wire diameter shall be at least 2.0 mm.", "en", "international")}
    hits = [(1, 0.80), (2, 0.74)]
    assert [c for c, _ in rerank_hits("钢丝直径不小于2.0 mm", hits, clauses, top_k=2, termbase=mine)] == [2, 1]
    assert mine.matching.concepts_in("钢丝直径不小于2.0 mm") == {"wire_diameter"}
    assert {"strand", "wire", "diameter"} <= set(query_words("钢丝直径不小于2.0 mm", load_cedict(), mine))
    assert "wire_diameter" in identifiers_in("钢丝直径不小于2.0 mm", mine)
    # the reader's termbase has neither concept
    assert mine.concept_of("钢丝直径") is None and mine.concepts_in("钢丝直径 护套厚度") == frozenset()
    assert mine.hits("钢丝直径") == load_termbase().hits("钢丝直径")
    built_in, own = compare_clauses(DOMESTIC, INTERNATIONAL), compare_clauses(DOMESTIC, INTERNATIONAL, termbase=mine)
    assert [(p.domestic.value, p.international.value, p.domestic.concept) for p in own.pairs] == \
        [(p.domestic.value, p.international.value, p.domestic.concept) for p in built_in.pairs] == \
        [(2.0, 1.8, None), (1.0, 1.1, None)]
    # the built-in termbase's concepts reach matching too
    assert set(load_termbase().concepts) < set(load_termbase().matching.concepts)


def test_a_concept_for_matching_only_is_never_a_broader_concept_of_the_reader(tmp_path):
    # A reader's concept under a broader one for matching only keeps no broader concept in the reader's termbase;
    # matching sees both.
    path = tmp_path / "terms.csv"
    path.write_text("concept,parent,field,role,zh,en\n"
                    "cylinder_kind,,pressure equipment,matching,气瓶,gas cylinder\n"
                    "cylinder_wall,cylinder_kind,pressure equipment,,瓶体壁厚,cylinder wall thickness\n",
                    encoding="utf-8")
    mine = load_termbase(str(path))
    assert mine.lineage("cylinder_wall") == ("cylinder_wall",) and mine.concept_of("瓶体壁厚") == "cylinder_wall"
    assert mine.matching.concepts_in("瓶体壁厚") == {"cylinder_wall", "cylinder_kind"}
    assert mine.concepts_in("气瓶的瓶体壁厚") == {"cylinder_wall"}


def test_parameter_concepts_pass_over_context_and_prefer_the_substance():
    tb = load_termbase()
    assert tb.concept_of("test voltage for basic insulation") == "test_voltage"
    assert tb.concept_of("基本绝缘的试验电压") == "test_voltage"
    assert tb.concept_of("大米中镉的限量") == "cadmium"  # rice is context
    assert tb.concept_of("脂肪中铅") == "lead"  # fat is a component: the substance wins
    assert tb.concept_of("脂肪") == "fat_content"
    assert tb.concept_of("no concept here") is None


def test_forms_pair_with_their_substance_and_differ():
    tb = load_termbase()
    assert tb.related("inorganic_arsenic", "arsenic") and tb.forms_differ("inorganic_arsenic", "arsenic")
    assert tb.related("ambient_temperature", "temperature") and not tb.forms_differ("ambient_temperature",
                                                                                    "temperature")
    assert not tb.related("aflatoxin_b1", "aflatoxin_m1")  # siblings are other substances
    assert tb.concept_of("黄曲霉毒素B1") == "aflatoxin_b1"  # found whatever the case of the code


def test_the_store_termbase_reaches_indicator_pairing_in_matches(tmp_path):
    # `terms import` grows <store>/termbase.csv; matching reads it (compare.terms.grow.store_termbase) and the
    # list pipeline hands the same termbase to attach_comparisons, so pairing sees the user's concepts too.
    from compare.core.model import Candidate, InputRow, MatchResult
    from compare.matching.lists import attach_comparisons
    from compare.terms.grow import store_termbase

    (tmp_path / "termbase.csv").write_text("concept,zh,en\nwire_diameter,钢丝直径,wire diameter\n"
                                           "sheath_thickness,护套厚度,sheath thickness\n", encoding="utf-8")
    clause = Clause(1, "IEC 1", "1", INTERNATIONAL, "en", "international")
    result = MatchResult(row=InputRow(row=1, line=2, text=DOMESTIC), lang="zh", target_side="international",
                         matches=(Candidate(clause, score=90.0, similarity=0.9),))
    (plain,) = attach_comparisons([result])
    (own,) = attach_comparisons([result], termbase=store_termbase(tmp_path))
    assert [p.domestic.value for p in plain.matches[0].comparison.pairs] == [2.0, 1.0]
    assert [(p.domestic.concept, p.international.value) for p in own.matches[0].comparison.pairs] == [
        ("wire_diameter", 1.1), ("sheath_thickness", 1.8)]


def test_terms_looked_for_only_where_one_can_start_are_found_as_before():
    # The compiled patterns start with a look-ahead for the terms' first characters (speed): without it, the
    # same matches, on every term written in its own case, in capitals and in running text of both languages.
    import csv
    import re
    from pathlib import Path

    from compare.terms.termbase import _CJK, trie_pattern

    termbase = load_termbase()
    terms = list(termbase._lookup)
    zh = re.compile(trie_pattern(t for t in terms if _CJK.search(t)), re.IGNORECASE)
    en = re.compile(r"(?<![A-Za-z0-9])(" + trie_pattern(t for t in terms if not _CJK.search(t))
                    + r")(?:s|es)?(?![A-Za-z0-9])", re.IGNORECASE)
    assert termbase._zh.pattern != zh.pattern and termbase._en.pattern != en.pattern
    data = Path(__file__).resolve().parents[3] / "data"
    with (data / "international_clauses.csv").open(encoding="utf-8") as fh:
        clauses = [row["text"] for row in csv.DictReader(fh)]
    with (data / "domestic_clauses.csv").open(encoding="utf-8") as fh:
        clauses += [row["text"] for row in csv.DictReader(fh)]
    texts = clauses + [f"x{t}y {t.upper()}s, ({t.title()}es)" for t in terms] + [" ".join(terms), "".join(terms)]
    for text in texts:
        assert [m.span() for m in termbase._zh.finditer(text)] == [m.span() for m in zh.finditer(text)], text
        assert [m.span(1) for m in termbase._en.finditer(text)] == [m.span(1) for m in en.finditer(text)], text


def test_chinese_terms_are_found_in_mixed_and_folded_text_and_english_text_keeps_its_concepts():
    # English text is not scanned for Chinese terms; text is read after NFKC folding, so Kangxi radicals
    # (⼤⽶, written with U+2F24 and U+2F76) are the ideographs of 大米 and still name rice.
    tb = load_termbase()
    assert tb.concepts_in("Lead in polished rice") == {"lead", "rice", "cereals"}
    assert tb.concepts_in("Lead in ⼤⽶ shall not exceed 0.2 mg/kg") == {"lead", "rice", "cereals"}
    assert tb.concepts_in("大米中Pb的限量") >= {"rice", "lead"}
    assert tb.hits("Lead in ⼤⽶") == [(0, 4, "lead"), (8, 10, "rice")]
    assert tb.concepts_in("Sheath thickness of 2.0 mm") == frozenset()


def test_standards_fields_terms_name_one_concept_in_both_languages():
    # Terms of the fields the industrial set covers, as their standards write them in each language: a Chinese
    # clause and its international counterpart name the same concept, which neither the encoder nor the
    # dictionary's glosses tie together (麻痹性贝类毒素 is the saxitoxin group; 菌落总数 is ISO 17516's total aerobic
    # mesophilic microorganisms).
    tb = load_termbase()
    both = [("麻痹性贝类毒素（PSP）≤ 4 MU/g", "Saxitoxin (STX) group: ≤ 0,8 mg of saxitoxin equivalent per kg", "paralytic_shellfish_toxins"),
            ("腹泻性贝类毒素（DSP）≤ 0.05 MU/g", "Okadaic acid (OA) group: ≤ 0,16 mg per kg", "diarrhetic_shellfish_toxins"),
            ("普通硅酸盐水泥初凝不小于45 min", "Initial setting time: ≥ 60 min", "initial_setting_time"),
            ("挥发酸（以乙酸计）≤ 1.2 g/L", "Maximum volatile acid content: 1,2 g/l", "volatile_acidity"),
            ("酒精度（20 ℃）≥ 7.0 %vol", "The actual alcoholic strength of wine shall not be less than 8,5 % vol", "alcoholic_strength"),
            ("食醋总酸 ≥ 3.5 g/100 mL", "The total acid content of vinegar shall be not less than 50 g/l", "total_acid"),
            ("菌落总数不得大于500 CFU/g", "total aerobic mesophilic microorganisms ≤ 1 × 10² CFU per g", "colony_count"),
            ("冲击吸收性能：传递到头模的力不应超过4 900 N", "Shock absorption: the force transmitted to the headform", "headform"),
            ("有机肥料中总砷 ≤ 15 mg/kg", "Contaminants in an organic fertiliser shall not exceed", "organic_fertiliser"),
            ("色漆中可溶性铅 ≤ 90 mg/kg", "any paint that contains a total lead concentration exceeding 90 ppm", "paint")]
    for zh, en, concept in both:
        assert concept in tb.concepts_in(zh) & tb.concepts_in(en), (zh, en)
    # a field's context (the product, the test) is never the quantity limited: the force is, or nothing
    assert tb.concept_of("耐穿刺性能") is None and tb.concept_of("Resistance to penetration") is None
    assert tb.concept_of("有机肥料中总砷") == "arsenic"
    assert tb.concept_of("Contaminants in cosmetic products: lead") == "lead"
    # the longest term wins: 冲击吸收能量 is still the impact energy of a Charpy test, 'total acid number' an acid value
    assert tb.concept_of("冲击吸收能量") == "impact_energy" and tb.concept_of("total acid number") == "acid_value"


def test_field_concepts_for_matching_name_both_sides_and_leave_the_reader_as_it_was():
    # Fields of the later indicator files (pharmacopoeia, blood, dust at work, seeds, pressure equipment): both
    # sides name the concept for matching, while the reader names the parameter as before.
    tb = load_termbase()
    both = [("片剂崩解时限 15 min", "Uncoated tablets: disintegration within 15 min", "disintegration"),
            ("呼尘 PC-TWA 0.7 mg/m³", "respirable dust, 8-hour time-weighted average", "respirable_dust"),
            ("水压试验压力为公称工作压力的1.5倍", "the hydraulic test pressure shall be 1,5 times", "hydraulic_test"),
            ("种子净度不低于98.0 %", "analytical purity: at least 98 % pure seed", "analytical_purity"),
            ("空气洁净度 ISO 5 级", "air cleanliness class ISO 5", "cleanliness")]
    for zh, en, concept in both:
        assert concept in tb.matching.concepts_in(zh) & tb.matching.concepts_in(en), (zh, en)
        assert concept not in tb.concepts_in(zh) | tb.concepts_in(en), (zh, en)
    assert tb.concept_of("水压试验压力") == "test_pressure" and tb.concept_of("胸围") is None
    # 洁净度 (cleanliness) is no seed purity (净度), in matching either
    assert "analytical_purity" not in tb.matching.concepts_in("洁净度-微生物 ≤300 CFU")
    # two concepts the reader reads better with: earth leakage current apart from other leakage currents, total dust
    assert tb.concept_of("对地漏电流") == "earth_leakage_current" and tb.concept_of("总尘") == "total_dust"
    assert tb.related("earth_leakage_current", "leakage_current")


def test_a_field_term_puts_its_counterpart_first_where_the_encoder_did_not():
    # Matching: the wine clause on volatile acid overtakes the wine clause on sulphur dioxide the encoder put first.
    clauses = {1: Clause(1, "OIV", "1", "Total sulphur dioxide: 150 mg/l for red wines.", "en", "international"),
               2: Clause(2, "OIV", "2", "Maximum volatile acid content: 1,2 g/l expressed as acetic acid.", "en",
                         "international")}
    hits = [(1, 0.70), (2, 0.66)]
    assert [c for c, _ in rerank_hits("葡萄酒挥发酸（以乙酸计）≤ 1.2 g/L", hits, clauses, top_k=2)] == [2, 1]
