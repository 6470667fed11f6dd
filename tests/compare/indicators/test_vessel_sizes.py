"""A Chinese method names its vessels by their size ('置于250 mL具塞锥形瓶中', '用1 cm比色皿'); the other clause often
names the vessel alone ('into a stoppered conical flask'). The size says which vessel a step uses: the reading stays
listed, missing on the other side, with a note, and the overall verdict is taken without it. Texts written for these
tests (other methods and fields than the cases that showed the problem)."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses, vessel_of_its_size


def _consistent_with_one_set_aside(domestic: str, international: str):
    """The comparison, once its overall verdict is 'consistent' with one reading set aside; and that reading."""
    result = compare_clauses(domestic, international)
    assert result.overall == Verdict.CONSISTENT
    (aside,) = [p for p in result.pairs if not p.counted]
    assert aside.verdict == Verdict.MISSING_INTERNATIONAL
    return result, aside.domestic


def test_the_capacity_of_a_flask_is_no_amount_the_other_clause_lacks():
    result, size = _consistent_with_one_set_aside(
        "称取5.0 g试样，置于250 mL具塞锥形瓶中，加入100 mL水，振荡30 min。",
        "Weigh 5,0 g of the test sample into a stoppered conical flask, add 100 ml of water and shake for 30 min.")
    assert size.value == 250 and "具塞锥形瓶" in " ".join(result.notes)


def test_the_light_path_of_a_cell_is_no_requirement_of_its_own():
    _, size = _consistent_with_one_set_aside("显色后用1 cm比色皿于540 nm处测定吸光度。",
                                             "After colour development, measure the absorbance at 540 nm in a cell.")
    assert size.unit == "cm"


def test_a_volumetric_flask_after_an_aliquot_and_an_amount_before_its_vessel():
    _, size = _consistent_with_one_set_aside(
        "移取10.0 mL滤液于50 mL容量瓶中，用水定容。",
        "Pipette 10,0 ml of the filtrate into a volumetric flask and dilute to the mark with water.")
    assert size.value == 50
    # The water named between the volume and the beaker is what the volume measures: an amount, no vessel's size.
    text = "将试样转移至盛有200 mL水的烧杯中，煮沸5 min。"
    assert [vessel_of_its_size(ind, text) for ind in extract_indicators(text)] == ["", ""]
    text = "置于干燥的150 mL高型烧杯中"
    assert [vessel_of_its_size(ind, text) for ind in extract_indicators(text)] == ["高型烧杯"]
