"""Standard numbers: spellings catalogues use, normalised to one form; editions share an edition-free key."""

from __future__ import annotations

import pytest

from compare.terms.stdnumber import find_numbers, parse_number, split_double_number


@pytest.mark.parametrize("written, normalised, key, year", [
    ("GB/T 19113-2003", "GB/T 19113-2003", "GB/T 19113", 2003),
    ("GB/T 19113—2003", "GB/T 19113-2003", "GB/T 19113", 2003),           # em dash, as printed on covers
    ("GB/T 19113–2003", "GB/T 19113-2003", "GB/T 19113", 2003),           # en dash
    ("ＧＢ／Ｔ　１９１１３－２００３", "GB/T 19113-2003", "GB/T 19113", 2003),  # full-width
    ("gb/t19113一2003", "GB/T 19113-2003", "GB/T 19113", 2003),            # CJK 'one' typed for a dash
    ("GBT 19001-2016", "GB/T 19001-2016", "GB/T 19001", 2016),
    ("GB 3102.1-93", "GB 3102.1-1993", "GB 3102.1", 1993),
    ("GB/T 1800.1-2020", "GB/T 1800.1-2020", "GB/T 1800.1", 2020),
    ("ISO/IEC 27001:2022", "ISO/IEC 27001:2022", "ISO/IEC 27001", 2022),
    ("ISO/IEC 27001：2022", "ISO/IEC 27001:2022", "ISO/IEC 27001", 2022),  # full-width colon
    ("ISO 712:2009", "ISO 712:2009", "ISO 712", 2009),
    ("ISO 712", "ISO 712", "ISO 712", None),
    ("ISO9001-2015", "ISO 9001:2015", "ISO 9001", 2015),
    ("IEC 60068-2-78", "IEC 60068-2-78", "IEC 60068-2-78", None),         # a part, not a year
    ("IEC 60335-1:2004 (ed 4.1)", "IEC 60335-1:2004 (ed 4.1)", "IEC 60335-1", 2004),
    ("IEC 60335-1:2010+A1:2013", "IEC 60335-1:2010+A1:2013", "IEC 60335-1", 2010),
    ("ISO 9001:2015/Amd 1:2024", "ISO 9001:2015/Amd 1:2024", "ISO 9001", 2015),
    ("ISO/TS 22002-1:2009", "ISO/TS 22002-1:2009", "ISO/TS 22002-1", 2009),
    ("ISO/IEC TR 29110-1:2016", "ISO/IEC TR 29110-1:2016", "ISO/IEC TR 29110-1", 2016),
    ("ISO/IEC Guide 21-1:2005", "ISO/IEC Guide 21-1:2005", "ISO/IEC Guide 21-1", 2005),
    ("CXS 193-1995", "CXS 193-1995", "CXS 193", 1995),
])
def test_numbers_are_normalised(written, normalised, key, year):
    number = parse_number(written)
    assert number is not None
    assert (str(number), number.key, number.year) == (normalised, key, year)


def test_two_editions_share_a_key_but_not_a_label():
    old, new, undated = parse_number("ISO 712:2009"), parse_number("ISO 712:2024"), parse_number("ISO 712")
    assert old.key == new.key == undated.key
    assert str(old) != str(new)


def test_sides_follow_the_body():
    assert parse_number("ISO 9001:2015").is_international
    assert parse_number("CXS 193-1995").is_international
    assert not parse_number("GB/T 19001-2016").is_international


@pytest.mark.parametrize("text", ["", "质量管理体系", "见5.2", "12.5 mg/kg"])
def test_non_numbers_give_none(text):
    assert parse_number(text) is None


def test_double_number_splits_into_domestic_and_international():
    domestic, international = split_double_number("GB/T 19001—2016/ISO 9001:2015")
    assert (str(domestic), str(international)) == ("GB/T 19001-2016", "ISO 9001:2015")
    assert split_double_number("GB/T 1800.1-2020")[1] is None


def test_numbers_are_found_in_free_text_but_clause_references_are_not():
    found = find_numbers("修改采用ISO 286-1:2010《GPS》和 ISO 286-2:2010，见5.2；参见GB/T 191-2008")
    assert [str(n) for n in found] == ["ISO 286-1:2010", "ISO 286-2:2010", "GB/T 191-2008"]
