"""Thirty-third round (fixleft33): one value the domestic clause states with no word of kind, below a ceiling the
international clause sets ('频率50 Hz' against 'frequencies up to and including 60 Hz'), is another requirement, not a
lower maximum (compare.indicators.verdicts._one_value_under_a_ceiling)."""

from __future__ import annotations

from compare.indicators.verdicts import compare_clauses


def _frequency_pairs(domestic, international):
    pairs = compare_clauses(domestic, international).pairs
    return [p for p in pairs if p.domestic is not None and p.international is not None
            and p.domestic.unit == "Hz" and p.international.unit == "Hz"]


def test_a_fixed_frequency_against_a_ceiling_is_different():
    found = _frequency_pairs("本标准适用于额定电压12 kV、频率50 Hz的户内交流真空断路器。",
                             "The circuit-breakers are intended for service frequencies up to and including 60 Hz.")
    assert [p.verdict for p in found] == ["different"]


def test_the_same_frequency_against_a_ceiling_stays_consistent():
    found = _frequency_pairs("本标准适用于额定电压12 kV、频率60 Hz的户内交流真空断路器。",
                             "The circuit-breakers are intended for service frequencies up to and including 60 Hz.")
    assert [p.verdict for p in found] == ["consistent"]
