"""Verdicts of pairs read and paired right (thirty-ninth round, fixverdict39): a condition one clause states as a
value of its own (conditions_stated_apart). Clauses of my own writing."""

from __future__ import annotations

from compare.indicators.verdicts import compare_clauses


def _verdicts(domestic: str, international: str) -> list[tuple]:
    return [(p.domestic.value if p.domestic else None, p.international.value if p.international else None,
             str(p.verdict)) for p in compare_clauses(domestic, international).pairs]


# ------------------------------------------------------------------------------- conditions stated as values


def test_the_scope_of_a_table_read_as_a_condition_on_one_side_only():
    # ('至500 mm' reaches IT7 as its condition; 'up to 500 mm' is a value of its own in the English)
    pairs = _verdicts("表2 公称尺寸至500 mm的公差数值：公称尺寸大于6 mm至10 mm：IT7为15 μm，IT8为22 μm。",
                      "Table 2 — Values of tolerances for nominal sizes up to 500 mm: nominal size above 6 mm up to "
                      "and including 10 mm: IT7 15 µm; IT8 22 µm.")
    assert (15.0, 15.0, "consistent") in pairs
    assert (22.0, 22.0, "consistent") in pairs


def test_a_swept_band_and_a_modulating_frequency_attached_apart():
    pairs = _verdicts("试验应在80 MHz～1 GHz频率范围内，以3 V/m的场强进行，调制为1 kHz、80%的正弦调幅。",
                      "The test shall be made at 3 V/m over the frequency range 80 MHz to 1 GHz, using 80 % "
                      "amplitude modulation with a 1 kHz sine wave.")
    assert (80.0, 80.0, "consistent") in pairs
    assert all(verdict == "consistent" for *_, verdict in pairs)


def test_a_condition_the_other_clause_does_not_write_still_sets_the_limits_apart():
    # (0.50 m is a value of the Chinese clause, so the English condition goes; 0.85 m is not written in the English
    # clause at all: the two heights stay on different conditions)
    pairs = _verdicts("护栏扶手外缘与井道壁之间的水平自由距离不超过0.85 m时，护栏高度不应小于0.70 m。"
                      "底坑应能容纳0.50 m×0.60 m×1.0 m的长方体。",
                      "The balustrade height shall be at least 0,70 m where the free distance is up to 0,50 m.")
    assert (0.7, 0.7, "different") in pairs


def test_conditions_that_differ_and_are_not_stated_elsewhere_stay_apart():
    assert _verdicts("在280 ℃时连续工作不少于30 min。", "The fan shall operate at 300 °C for at least 30 min.") == \
        [(30.0, 30.0, "different")]
