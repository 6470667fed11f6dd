"""The rule an adoption rate is computed under: bodies that count, levels that adopt, degrees that count."""

from __future__ import annotations

import csv

import pytest

from compare.adoption.catalogue import read_catalogue
from compare.adoption.rate import ADOPTED_IDT, NEQ_ONLY, OTHER_LEVEL, assess
from compare.adoption.report import result_to_dict
from compare.core.adoption_rule import (INDUSTRY, NATIONAL, RULE_2025, RULE_ANY_BODY, RuleError, level_of,
                                   rule_from)
from compare.core.vocabulary import Degree
from compare.terms.stdnumber import parse_number

INTERNATIONAL = [
    ["reference", "title", "ics", "status"],
    ["ISO 9001:2015", "Quality management systems — Requirements", "03.120.10", "current"],
    ["ISO/IEC 17025:2017", "General requirements for the competence of testing and calibration laboratories",
     "03.120.20", "current"],
    ["ITU-T X.509:2019", "Information technology — Public-key and attribute certificate frameworks", "35.040",
     "current"],
    ["ISO 13485:2016", "Medical devices — Quality management systems", "11.040.01", "current"],
    ["ISO 3166-1:2020", "Codes for the representation of names of countries — Part 1", "01.140.20", "current"],
    ["CXS 193-1995", "General standard for contaminants and toxins in food and feed", "67.220", "current"],
]
DOMESTIC = [
    ["标准号", "标准名称", "状态", "采标情况"],
    ["GB/T 19001-2016", "质量管理体系 要求", "现行", "IDT ISO 9001:2015"],
    ["GB/T 27025-2019", "检测和校准实验室能力的通用要求", "现行", "ISO/IEC 17025:2017, IDT"],
    ["YY/T 0287-2017", "医疗器械 质量管理体系 用于法规的要求", "现行", "IDT ISO 13485:2016"],
    ["GB/T 2659.1-2022", "世界各国和地区及其行政区划名称代码 第1部分", "现行", "NEQ ISO 3166-1:2020"],
    ["GB 2762-2022", "食品安全国家标准 食品中污染物限量", "现行", "MOD CXS 193-1995"],
]


def catalogue(tmp_path, name, rows, side):
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return read_catalogue(path, side)


def run(tmp_path, **kwargs):
    return assess(catalogue(tmp_path, "i.csv", INTERNATIONAL, "international"),
                  catalogue(tmp_path, "d.csv", DOMESTIC, "domestic"), **kwargs)


def test_2025_rule_is_the_default_and_leaves_codex_outside_the_rate(tmp_path):
    result = run(tmp_path)
    assert result.rule == RULE_2025
    in_rate = {o.standard.key for o in result.outcomes}
    assert "CXS 193" not in in_rate
    assert [o.standard.key for o in result.outside] == ["CXS 193"]
    # The Codex counterpart is still linked (useful for comparison), just not counted.
    assert result.outside[0].best.domestic.label == "GB 2762-2022"
    # ISO, a joint ISO/IEC number and ITU are all in the rate.
    assert {"ISO 9001", "ISO/IEC 17025", "ISO 3166-1", "ISO 13485"} <= in_rate
    assert result.overall.in_scope == 5


def test_only_national_standards_adopt_under_the_2025_rule(tmp_path):
    result = run(tmp_path)
    by_key = {o.standard.key: o for o in result.outcomes}
    assert by_key["ISO 9001"].status == ADOPTED_IDT
    # An industry standard (YY/T) adopting ISO 13485 IDT is listed but does not count.
    assert by_key["ISO 13485"].status == OTHER_LEVEL
    assert not by_key["ISO 13485"].adopted
    assert result.overall.other_level == 1


def test_neq_never_counts(tmp_path):
    result = run(tmp_path)
    outcome = next(o for o in result.outcomes if o.standard.key == "ISO 3166-1")
    assert outcome.status == NEQ_ONLY and not outcome.adopted
    with pytest.raises(RuleError, match="NEQ"):
        rule_from(degrees="IDT,MOD,NEQ")


def test_rate_under_the_2025_rule_and_under_the_old_counting(tmp_path):
    now = run(tmp_path).overall
    # In the rate: ISO 9001, ISO/IEC 17025, ITU-T X.509, ISO 13485, ISO 3166-1; adopted: 9001 and 17025.
    assert (now.in_scope, now.adopted, now.rate) == (5, 2, 40.0)
    assert not now.meets_target and now.needed == 3
    before = run(tmp_path, rule=RULE_ANY_BODY).overall
    # Counting every body and level: CXS 193 (MOD by GB 2762) and ISO 13485 (IDT by YY/T) count too.
    assert (before.in_scope, before.adopted, before.rate) == (6, 4, 66.7)


def test_a_configured_rule(tmp_path):
    rule = rule_from(bodies="ISO,IEC,ITU,CXS", levels="national,industry")
    result = run(tmp_path, rule=rule)
    assert result.overall.in_scope == 6 and result.overall.adopted == 4
    assert rule_from(bodies="*").bodies == ()
    assert rule_from() is RULE_2025
    with pytest.raises(RuleError, match="unknown domestic level"):
        rule_from(levels="provincial")


def test_levels_from_numbers():
    assert level_of(parse_number("GB/T 19001-2016").body) == NATIONAL
    assert level_of(parse_number("GB 2762-2022").body) == NATIONAL
    assert level_of(parse_number("YY/T 0287-2017").body) == INDUSTRY
    assert level_of(None) == ""  # a number that does not parse adopts nothing: it is listed on the Notes sheet
    assert RULE_2025.degrees == (Degree.IDT, Degree.MOD)


def test_json_states_the_rule_and_the_standards_outside(tmp_path):
    data = result_to_dict(run(tmp_path))
    assert data["rule"]["bodies"] == ["ISO", "IEC", "ITU"]
    assert data["rule"]["levels"] == ["national"]
    assert "NEQ" in data["rule"]["description"]
    assert [o["standard"] for o in data["outside_rate"]] == ["CXS 193-1995"]
    assert data["overall"]["meets_target"] is False
