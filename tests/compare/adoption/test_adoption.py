"""Linking (declared, number convention, title similarity) and the rate arithmetic, on catalogues built here."""

from __future__ import annotations

import csv

import pytest

from compare.adoption.rate import ADOPTED_IDT, ADOPTED_MOD, CANDIDATE, NEQ_ONLY, NOT_ADOPTED, assess
from compare.adoption.links import DECLARED, NUMBER, SIMILARITY, UNKNOWN
from compare.adoption.catalogue import read_catalogue

INTERNATIONAL = [
    ["reference", "title", "ics", "status"],
    ["ISO 9001:2015", "Quality management systems — Requirements", "03.120.10", "current"],
    ["ISO 9001:2008", "Quality management systems — Requirements", "03.120.10", "withdrawn"],
    ["ISO 14001:2015", "Environmental management systems — Requirements with guidance for use", "13.020.10",
     "current"],
    ["ISO 286-1:2010", "GPS — ISO code system for tolerances on linear sizes — Part 1", "17.040.10", "current"],
    ["ISO 3166-1:2020", "Codes for the representation of names of countries — Part 1: Country code", "01.140.20",
     "current"],
    ["ISO 22000:2018", "Food safety management systems — Requirements for any organization in the food chain",
     "67.020", "current"],
    ["ISO 31-1:1992", "Quantities and units — Part 1: Space and time", "01.060", "withdrawn"],
    ["ISO 8601-1:2019", "Date and time — Representations for information interchange — Part 1", "01.140.30",
     "current"],
    ["ISO 7000:2019", "Graphical symbols for use on equipment — Registered symbols", "01.080.20", "current"],
]
DOMESTIC = [
    ["标准号", "标准名称", "状态", "采标情况"],
    ["GB/T 19001-2016", "质量管理体系 要求", "现行", "IDT ISO 9001:2015"],
    ["GB/T 19001-2008", "质量管理体系 要求", "废止", "idt ISO 9001:2008"],
    ["GB/T 24001-2016", "环境管理体系 要求及使用指南", "现行", "等同采用 ISO 14001:2015"],
    ["GB/T 1800.1-2020", "线性尺寸公差ISO代号体系 第1部分", "现行", "MOD ISO 286-1:2010"],
    ["GB/T 2659.1-2022", "国家和地区代码", "现行", "非等效采用 ISO 3166-1:2020"],
    ["GB/T 22000-2006", "食品安全管理体系 食品链中各类组织的要求", "现行", "IDT ISO 22000:2005"],
    ["GB 3102.1-1993", "空间和时间的量和单位", "现行", "eqv ISO 31-1:1992"],
    ["GB/T 16273.1-2008", "设备用图形符号 通用符号", "废止", "MOD ISO 7000:2019"],
]


def catalogue(tmp_path, name, rows, side):
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return read_catalogue(path, side)


def run(tmp_path, international, domestic, **kwargs):
    return assess(catalogue(tmp_path, "i.csv", international, "international"),
                  catalogue(tmp_path, "d.csv", domestic, "domestic"), **kwargs)


@pytest.fixture
def result(tmp_path):
    return run(tmp_path, INTERNATIONAL, DOMESTIC)


def status_of(result, key):
    return next(o for o in result.outcomes if o.standard.key == key)


def test_only_idt_and_mod_by_current_standards_count(result):
    overall = result.overall
    # In scope: the current edition of 7 standards (ISO 9001:2008 and ISO 31-1 are withdrawn).
    assert overall.in_scope == 7
    assert (overall.idt, overall.mod, overall.neq, overall.not_adopted) == (3, 1, 1, 2)
    assert overall.rate == round(100 * 4 / 7, 1)
    assert status_of(result, "ISO 3166-1").status == NEQ_ONLY       # NEQ is reported, not counted
    assert status_of(result, "ISO 7000").status == NOT_ADOPTED      # only a withdrawn GB adopted it
    assert status_of(result, "ISO 286-1").status == ADOPTED_MOD


def test_target_and_adoptions_needed(result):
    overall = result.overall
    assert not overall.meets_target
    assert overall.needed == 6 - 4      # 85 % of 7 is 5.95, so 6 adoptions are needed


def test_outdated_edition_counts_but_is_flagged(result):
    food = status_of(result, "ISO 22000")
    assert food.status == ADOPTED_IDT and food.outdated
    assert "2005" in food.outdated_reason and "ISO 22000:2018" in food.outdated_reason
    assert result.overall.outdated == 1
    assert result.overall.current_edition_rate == round(100 * 3 / 7, 1)
    assert not status_of(result, "ISO 9001").outdated


def test_per_field_figures_and_gap_order(result):
    fields = {f.field: f for f in result.fields}
    assert set(fields) == {"01", "03", "13", "17", "67"}
    assert (fields["01"].in_scope, fields["01"].adopted, fields["01"].neq) == (3, 0, 1)
    assert fields["03"].rate == 100.0 and fields["03"].meets_target
    assert [o.standard.label for o in result.gaps] == ["ISO 3166-1:2020", "ISO 7000:2019", "ISO 8601-1:2019"]


def test_withdrawn_editions_and_stray_declarations_are_noted(result):
    messages = {(i.kind, i.number) for i in result.issues}
    assert ("withdrawn", "ISO 31-1:1992") in messages
    assert ("edition", "ISO 9001:2008") in messages
    assert ("withdrawn", "GB/T 19001-2008") in messages
    assert ("not_in_scope", "GB 3102.1-1993") in messages
    assert ("historic_degree", "GB 3102.1-1993") in messages
    links = status_of(result, "ISO 9001").links
    assert [(x.domestic.label, x.counts) for x in links] == [("GB/T 19001-2016", True), ("GB/T 19001-2008", False)]


def test_idt_wins_over_neq_and_iso_finds_iso_iec(tmp_path):
    result = run(tmp_path, [
        ["reference", "title", "ics", "status"],
        ["ISO/IEC 27001:2022", "Information security management systems — Requirements", "35.030", "current"],
    ], [
        ["标准号", "标准名称", "状态", "采标情况"],
        ["GB/T 1-2020", "信息安全 参考", "现行", "NEQ ISO/IEC 27001:2022"],
        ["GB/T 2-2023", "信息安全管理体系 要求", "现行", "IDT ISO 27001:2022"],   # 'ISO' for 'ISO/IEC'
    ])
    outcome = result.outcomes[0]
    assert outcome.status == ADOPTED_IDT and outcome.best.domestic.label == "GB/T 2-2023"
    assert result.overall.rate == 100.0


def test_edition_checks_for_undated_and_newer_references(tmp_path):
    result = run(tmp_path, [
        ["reference", "title", "ics", "status"],
        ["IEC 60335-1:2020", "Household and similar electrical appliances — Safety — Part 1", "13.120", "current"],
        ["ISO 780:1997", "Packaging — Pictorial marking for handling of goods", "55.200", "current"],
    ], [
        ["标准号", "标准名称", "状态", "采标情况"],
        ["GB 4706.1-2005", "家用和类似用途电器的安全 第1部分：通用要求", "现行", "IDT IEC 60335-1"],
        ["GB/T 191-2008", "包装储运图示标志", "现行", "MOD ISO 780:2015"],
    ])
    appliances = status_of(result, "IEC 60335-1")
    assert appliances.outdated and "predates" in appliances.outdated_reason
    assert not status_of(result, "ISO 780").outdated
    assert any(i.kind == "edition" and "newer" in i.message for i in result.issues)


def test_number_convention_links_with_degree_from_a_degree_only_note(tmp_path):
    result = run(tmp_path, [
        ["reference", "title", "ics", "status"],
        ["ISO/IEC 17065:2012", "Conformity assessment — Requirements for bodies certifying products", "03.120.20",
         "current"],
        ["ISO 14004:2016", "Environmental management systems — General guidelines on implementation", "13.020.10",
         "current"],
    ], [
        ["标准号", "标准名称", "状态", "采标情况"],
        ["GB/T 27065-2015", "合格评定 产品、过程和服务认证机构要求", "现行", "IDT"],
        ["GB/T 24004-2017", "环境管理体系 通用实施指南", "现行", ""],
    ])
    certification = status_of(result, "ISO/IEC 17065")
    assert certification.status == ADOPTED_IDT and certification.best.route == NUMBER
    assert "GB/T 27000–27099" in certification.best.evidence
    guidelines = status_of(result, "ISO 14004")
    assert guidelines.status == CANDIDATE and guidelines.best.degree == UNKNOWN
    assert result.overall.adopted == 1 and result.overall.candidate == 1


SIMILAR_INTERNATIONAL = [
    ["reference", "title", "ics", "status"],
    ["ISO 31000:2018", "Risk management — Guidelines", "03.100.01", "current"],
    ["ISO 26000:2010", "Guidance on social responsibility", "03.100.02", "current"],
    ["ISO 9001:2015", "Quality management systems — Requirements", "03.120.10", "current"],
    ["ISO 13943:2017", "Fire safety — Vocabulary", "13.220.01", "current"],
]
SIMILAR_DOMESTIC = [
    ["标准号", "标准名称", "状态", "采标情况"],
    ["GB/T 24353-2022", "风险管理 指南", "现行", ""],
    ["GB/T 36000-2015", "社会责任指南", "现行", "MOD"],
    ["GB/T 19001-2016", "质量管理体系 要求", "现行", "IDT ISO 9001:2015"],
    ["GB/T 5907.1-2014", "消防词汇 第1部分：通用术语", "废止", ""],
]


def test_similarity_links_titles_across_languages(tmp_path, encoder):
    result = run(tmp_path, SIMILAR_INTERNATIONAL, SIMILAR_DOMESTIC, encode=encoder.encode,
                 encoder_name=encoder.name)
    risk = status_of(result, "ISO 31000")
    assert risk.status == CANDIDATE and risk.best.route == SIMILARITY
    assert risk.best.domestic.label == "GB/T 24353-2022" and risk.best.score >= 70
    social = status_of(result, "ISO 26000")
    assert social.status == ADOPTED_MOD and social.best.domestic.label == "GB/T 36000-2015"
    assert status_of(result, "ISO 9001").best.route == DECLARED
    # The only fire-safety standard is withdrawn: it is never proposed.
    assert status_of(result, "ISO 13943").status == NOT_ADOPTED
    assert result.similarity.startswith("on")


def test_similarity_needs_an_encoder_and_respects_the_minimum(tmp_path, encoder):
    without = run(tmp_path, SIMILAR_INTERNATIONAL, SIMILAR_DOMESTIC)
    strict = run(tmp_path, SIMILAR_INTERNATIONAL, SIMILAR_DOMESTIC, encode=encoder.encode, min_score=99)
    for result in (without, strict):
        assert all(link.route != SIMILARITY for o in result.outcomes for link in o.links)
        assert status_of(result, "ISO 31000").status == NOT_ADOPTED
