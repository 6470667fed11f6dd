"""A classification whose rows the counterpart states as requirements, value for value (thirty-seventh round,
`compare.indicators.classes_restated`), with clause pairs written for these tests."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.extract import extract
from compare.indicators.verdicts import compare_clauses


def pairs_of(domestic, international):
    result = compare_clauses(domestic, international)
    return result.overall, sorted(((p.verdict, p.domestic and p.domestic.value, p.international and p.international.value)
                                   for p in result.pairs), key=lambda pair: (pair[1] is None, pair[1] or 0))


GUARDRAILS = "护栏按抗冲击性能分类：轻型500 J；中型1 000 J；重型2 000 J。"


def test_classes_named_by_words_are_read_when_the_counterpart_states_their_values():
    # Alone, the classification's rows are no requirement.
    assert extract(GUARDRAILS).indicators == ()
    overall, pairs = pairs_of(GUARDRAILS, "Impact resistance of guardrails: light, 500 J; medium, 1 000 J; "
                                          "heavy, 2 000 J.")
    assert overall == Verdict.CONSISTENT
    assert pairs == [(Verdict.CONSISTENT, 500.0, 500.0), (Verdict.CONSISTENT, 1000.0, 1000.0),
                     (Verdict.CONSISTENT, 2000.0, 2000.0)]
    # Either way round: the English side the classification, the Chinese side the requirements.
    overall, pairs = pairs_of("防护栏的抗冲击性能：轻型0.5 kJ；中型1 kJ；重型2 kJ。",
                              "Guardrails are classified by impact resistance: light, 500 J; medium, 1 000 J; "
                              "heavy, 2 000 J.")
    assert overall == Verdict.CONSISTENT and len(pairs) == 3


def test_rows_with_other_values_stay_unread():
    # A classification by other bands than the counterpart's requirements says no requirement of its own.
    overall, pairs = pairs_of(GUARDRAILS, "Impact resistance of guardrails: light, 400 J; medium, 800 J; "
                                          "heavy, 1 600 J.")
    assert all(p[1] is None for p in pairs)


def test_rows_that_describe_the_members_of_a_class_stay_unread():
    # The groups of a seat are the children it takes, by their own mass: who belongs, no requirement on the seat.
    overall, pairs = pairs_of("座椅按儿童体重分为以下组别：甲组，体重小于12 kg的儿童；乙组，体重为12 kg～20 kg的儿童。",
                              "Seat group A for children of a weight less than 12 kg; group B for children of a "
                              "weight from 12 kg to 20 kg.")
    assert all(p[1] is None for p in pairs)


def test_class_indices_named_by_their_values_stay_a_designation():
    # The values name the classes on both sides (a designation): nothing to compare.
    overall, pairs = pairs_of("电能表的准确度等级用等级指数表示，等级指数为：0.2、0.5、1、2。",
                              "The accuracy classes of meters shall be designated by the following class indices: "
                              "0,2 – 0,5 – 1 – 2.")
    assert all(p[1] is None for p in pairs)
