"""Numbers both clauses carry: each value read once, however a standard writes it."""

import pytest

from compare.matching.signals import fuse_numbers, numbers_in


def test_a_power_of_ten_is_one_value_however_it_is_written():
    written = ["PN 6.0×10¹¹ 个/km", "PN 6,0 × 10^11 #/km", "number of particles 6,0 x 10¹¹ per km", "6.0E11 per km"]
    assert {numbers_in(text) for text in written} == {frozenset({6e11})}
    assert numbers_in("菌落总数 ≤ 2×10⁶ CFU/g") == {2e6}
    assert numbers_in("insulation resistance at least 10⁹ Ω; 10⁻³ mol/L") == {1e9, 1e-3}
    # not the year, clause or plain numbers beside it
    assert numbers_in("ISO 16000-3:2011, 5.2: 10 samples, 1 000 mg/km, 12,1 Ω") == {16000, 3, 2011, 5.2, 10, 1000, 12.1}


def test_a_text_that_writes_decimal_commas_groups_thousands_only_with_a_space():
    # ISO 10555-1 Table 1 and its Chinese adoption: the same four diameters
    iso = "0,550 mm up to 0,750 mm: 3 N; 0,750 mm up to 1,150 mm: 5 N; 1,150 mm up to 1,850 mm: 10 N"
    gb = "≥0.550 mm～<0.750 mm | 3 N；≥0.750 mm～<1.150 mm | 5 N；≥1.150 mm～<1.850 mm | 10 N"
    assert numbers_in(iso) == numbers_in(gb) == {0.55, 0.75, 1.15, 1.85, 3, 5, 10}
    assert numbers_in("1 150,5 m; 2,5 m") == {1150.5, 2.5}
    assert numbers_in("2,4 GHz band (2 400 MHz to 2 483,5 MHz)") == {2.4, 2400, 2483.5}
    # a lone 0 before a comma is a decimal whatever else the text writes
    assert numbers_in("0,124 mg") == {0.124}
    # a text with no decimal comma keeps the comma as a thousands separator
    assert numbers_in("1,000 mg and 0.5 mg; 12,500 units") == {1000, 0.5, 12500}


def test_a_grouped_number_is_one_value_at_a_sentence_end_or_before_its_decimals():
    # standard voltages and ductile iron pipe sizes, each ending its sentence with a grouped number
    assert numbers_in("nominal voltage (V): 230/400; 400/690; 1 000.") == {230, 400, 690, 1000}
    assert numbers_in("7 % for DN 1 100 to DN 2 600.") == {7, 1100, 2600}
    assert numbers_in("1 000.5 g and 1,000.5 g") == {1000.5}


def test_a_full_width_comma_separates_the_items_of_a_list():
    # a motor standard's preferred frame sizes: a list of three-digit numbers is not one number grouped in thousands
    assert numbers_in("优先系列为：56，63，71，80，90，100，112，132，160，180，200，225。") == \
        {56, 63, 71, 80, 90, 100, 112, 132, 160, 180, 200, 225}
    # nor is a comma between two values a decimal mark
    assert numbers_in("A级 | 3 520，20；B级 | 352 000，2 900。") == {3520, 20, 352000, 2900}


def test_the_reading_before_powers_stays_available():
    # as the growth benchmark's first answer key was built: the superscript glued to its 10, '^' a separator
    assert numbers_in("6,0 × 10¹¹ per km", powers=False) == {6.0, 1011}
    assert numbers_in("6,0 × 10^11 #/km", powers=False) == {6.0, 10, 11}


def test_two_quotes_of_one_limit_now_share_their_numbers():
    query = "PN 6.0×10¹¹ 个/km; PM 4.5 mg/km"
    texts = {1: "PM 4,5 mg/km, PN 6,0 × 10^11 #/km", 2: "PM 4,5 mg/km, PN 6,0 × 10¹¹ per km", 3: "PM 3,0 mg/km"}
    fused = fuse_numbers(query, [(3, 0.50), (1, 0.49), (2, 0.48)], texts, 0.1)
    assert [cid for cid, _ in fused][:2] == [1, 2]
    assert fused[0][1] - fused[1][1] == pytest.approx((0.49 - 0.48) / 1.1)  # both share all the query's numbers
