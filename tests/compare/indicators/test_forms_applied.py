"""A sentence saying which form of their substance a clause's limits apply to ('The ML applies to methylmercury.')
gives the limits before it that form (compare.indicators.extract.form_the_limits_apply_to). The texts are written
for these tests."""

from __future__ import annotations

from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses


def _forms(text: str) -> list[tuple[str | None, float | None]]:
    return [(i.form, i.value) for i in extract_indicators(text)]


def test_the_limits_before_the_sentence_take_the_form_it_names():
    assert _forms("Mercury — maximum levels: predatory fish 1.0 mg/kg; other fish 0.5 mg/kg. "
                  "The ML applies to methylmercury.") == [("methylmercury", 1.0), ("methylmercury", 0.5)]
    result = compare_clauses("皮革中六价铬不得超过3 mg/kg。",
                             "Chromium in leather: 3 mg/kg. The limit applies to hexavalent chromium.")
    assert [(str(p.verdict), p.reason) for p in result.pairs] == [("consistent", "same limit")]


def test_a_product_or_state_named_so_changes_no_form():
    assert _forms("Lead: fruit juices 0.03 mg/kg. The ML applies to the product as consumed.") == [(None, 0.03)]
    # a limit after the sentence is left as read
    assert _forms("The ML applies to methylmercury. Cadmium: 0.05 mg/kg.") == [(None, 0.05)]
