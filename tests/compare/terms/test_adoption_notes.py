"""Adoption notes in Chinese and English, alone or combined, and notes that cannot be read."""

from __future__ import annotations

import pytest

from compare.terms.adoption_notes import IDT, MOD, NEQ, parse_note


@pytest.mark.parametrize("note, degree, numbers", [
    ("IDT ISO 19113:2002", IDT, ["ISO 19113:2002"]),
    ("idt", IDT, []),
    ("MOD", MOD, []),
    ("NEQ", NEQ, []),
    ("等同采用 ISO 712:2009", IDT, ["ISO 712:2009"]),
    ("本标准等同采用ISO/IEC17025:2005《检测和校准实验室能力的通用要求》", IDT, ["ISO/IEC 17025:2005"]),
    ("修改采用", MOD, []),
    ("非等效采用", NEQ, []),
    ("非等效采用 ISO 3166-1:2013", NEQ, ["ISO 3166-1:2013"]),
    ("ISO/IEC 27001:2022, IDT", IDT, ["ISO/IEC 27001:2022"]),
    ("(ISO 780:1997，MOD)", MOD, ["ISO 780:1997"]),
    ("IEC 60335-1:2004 (ed 4.1), IDT", IDT, ["IEC 60335-1:2004 (ed 4.1)"]),
    ("MOD ISO 286-1:2010, ISO 286-2:2010", MOD, ["ISO 286-1:2010", "ISO 286-2:2010"]),
    ("Identical to ISO 9001:2015", IDT, ["ISO 9001:2015"]),
    ("not equivalent to ISO 5:1990", NEQ, ["ISO 5:1990"]),
])
def test_notes_give_degree_and_references(note, degree, numbers):
    parsed = parse_note(note)
    assert parsed.degree == degree
    assert [str(r.number) for r in parsed.references] == numbers
    assert all(r.degree == degree for r in parsed.references)
    assert parsed.problem == ""


def test_each_reference_takes_the_degree_of_its_own_segment():
    parsed = parse_note("ISO 1:2000 IDT; ISO 2:2001 MOD")
    assert [(str(r.number), r.degree) for r in parsed.references] == [("ISO 1:2000", IDT), ("ISO 2:2001", MOD)]
    assert parsed.degree is None  # no single degree for the whole note


def test_historic_degrees_are_read_and_remarked():
    eqv = parse_note("eqv ISO 31-1:1992")
    assert eqv.degree == MOD and "eqv" in eqv.remarks[0]
    assert parse_note("等效采用 ISO 31-1:1992").degree == MOD
    assert parse_note("非等效采用").degree == NEQ       # '非等效' must not be read as '等效'
    assert parse_note("参照采用 ISO 5:1990").degree == NEQ


def test_unparseable_note_is_kept_verbatim_with_a_problem():
    parsed = parse_note("  详见前言  ")
    assert parsed.raw == "详见前言"
    assert not parsed.is_readable and not parsed.is_empty
    assert "no degree" in parsed.problem


def test_number_without_degree_is_readable_but_flagged():
    parsed = parse_note("ISO 9001:2015")
    assert parsed.is_readable and parsed.degree is None
    assert parsed.references[0].degree is None
    assert "no degree" in parsed.problem


def test_amendment_sheet_is_not_a_modification():
    assert parse_note("含第1号修改单").degree is None


@pytest.mark.parametrize("empty", ["", "无", "—", "/", "N/A"])
def test_empty_markers_mean_no_note(empty):
    parsed = parse_note(empty)
    assert parsed.is_empty and parsed.problem == "" and not parsed.references
