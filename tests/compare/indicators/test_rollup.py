"""Standard-level roll-up and the suggested degree of correspondence."""

from compare.indicators.verdicts import compare_clauses
from compare.indicators.rollup import roll_up, roll_up_matches, suggest_degree

GB_2762 = [("谷物中铅（以Pb计）≤0.2 mg/kg", "Lead, cereal grains: maximum level 0.2 mg/kg"),
           ("大米中镉（以Cd计）≤0.2 mg/kg", "Cadmium in polished rice: maximum level 0.4 mg/kg"),
           ("鱼类中铅限量为0.5 mg/kg", "Lead, fish: maximum level 0.3 mg/kg"),
           ("婴儿配方食品中铅的限量为0.08 mg/kg（以固态产品计）",
            "Lead in infant formula: maximum level 0.01 mg/kg (as consumed)"),
           ("马铃薯中镉（以Cd计）不超过0.1 mg/kg", "Cadmium in potato: maximum level 0.1 mg/kg")]


def test_roll_up_counts_and_shares():
    result = roll_up((compare_clauses(d, i) for d, i in GB_2762), domestic="GB 2762-2022",
                     international="CXS 193-1995")
    assert result.clauses == 5 and result.indicators == 5
    assert result.counts["consistent"] == 2
    assert result.counts["stricter"] == 1 and result.counts["looser"] == 1 and result.counts["different"] == 1
    assert result.share("consistent") == 0.4
    assert result.at_international_level == 0.6
    assert result.degree == "NEQ"  # fewer than half the indicators kept as they are
    data = result.to_dict()
    assert data["suggested_degree"] == "NEQ" and data["shares"]["looser"] == 0.2
    assert any("looser" in r and "铅" in r for r in data["reasons"])


def test_identical_indicators_suggest_idt():
    pairs = [("对于Ⅰ类便携式器具，泄漏电流不应大于0.75 mA", "class I portable appliances: leakage current 0.75 mA max."),
             ("基本绝缘的试验电压为1 250 V", "The test voltage for basic insulation is 1 250 V")]
    result = roll_up(compare_clauses(d, i) for d, i in pairs)
    assert result.degree == "IDT"
    assert "no technical deviation" in result.reasons[-1]


def test_mostly_kept_with_deviations_suggests_mod():
    degree, reasons = suggest_degree({"consistent": 7, "stricter": 2, "missing_international": 1})
    assert degree == "MOD"
    assert reasons[0] == "7 of 10 indicators consistent (70 %)"
    assert any("2 stricter" in r for r in reasons) and any("1 missing international" in r for r in reasons)


def test_missing_counts_as_a_deviation_and_nothing_to_compare_suggests_no_degree():
    assert suggest_degree({"consistent": 3, "missing_domestic": 1})[0] == "MOD"
    degree, reasons = suggest_degree({})
    assert degree == "—" and "no key technical indicators" in reasons[0] and "no degree is suggested" in reasons[0]


def test_roll_up_matches_groups_best_matches_by_standard_pair():
    from compare.matching.lists import attach_comparisons
    from compare.core.model import Candidate, Clause, InputRow, MatchResult

    def result(row, standard, text, counterpart, side="international"):
        clause = Clause(id=row, standard=standard, clause="1", text=counterpart, lang="en", side=side)
        return MatchResult(row=InputRow(row=row, line=row + 1, text=text, standard="GB 2762-2022"), lang="zh",
                           target_side=side, matches=(Candidate(clause, 80.0, 0.8),))

    results = attach_comparisons([result(1, "CXS 193-1995", *GB_2762[0]), result(2, "CXS 193-1995", *GB_2762[1]),
                                  result(3, "WHO GDWQ", "铅≤0.01 mg/L", "Lead: 10 μg/l")])
    first, second = roll_up_matches(results)
    assert (first.domestic, first.international, first.clauses) == ("GB 2762-2022", "CXS 193-1995", 2)
    assert first.counts["consistent"] == 1 and first.counts["stricter"] == 1 and first.degree == "MOD"
    assert (second.international, second.degree) == ("WHO GDWQ", "IDT")


def test_indicators_read_on_one_side_only_suggest_no_degree():
    """A pair whose indicators were all missing on one side was suggested NEQ ('0 of 3 consistent'): nothing
    had been compared, so that was a judgement the comparison never made."""
    degree, reasons = suggest_degree({"missing_international": 3}, {"missing_international": ["铅", "镉"]})
    assert degree == "—"
    assert reasons[0].startswith("3 indicators read on one side only (3 missing international (e.g. 铅, 镉))")
    assert "nothing was compared" in reasons[0] and "judge the degree from the text" in reasons[0]
    assert suggest_degree({"missing_domestic": 1, "missing_international": 2})[0] == "—"
    # beside compared indicators, one read on one side only is still a deviation (an addition or an omission)
    assert suggest_degree({"consistent": 1, "missing_international": 1})[0] == "MOD"
    assert suggest_degree({"consistent": 1, "missing_international": 2})[0] == "NEQ"
