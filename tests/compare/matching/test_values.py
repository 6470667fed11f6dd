"""The numbers the matching signal compares are values, not the digits of designations, symbols and codes
(compare/matching/values.py)."""

from compare.matching.signals import fuse_numbers_many, numbers_in
from compare.matching.values import values_in


def test_digits_of_designations_symbols_and_codes_are_not_values():
    assert values_in("食品中黄曲霉毒素B₁限量指标：花生及其制品 20 μg/kg") == frozenset({20.0})
    assert values_in("Aflatoxins, total (B1 + B2 + G1 + G2): peanuts, ML 15 µg/kg") == frozenset({15.0})
    assert values_in("Japan: alpha-2 code JP, alpha-3 code JPN, numeric code 392") == frozenset({392.0})
    assert values_in("average road surface luminance 0,50 cd/m²") == frozenset({0.5})
    assert values_in("the inclusive ranges 0x0000 to 0xD7FF and 0xE000 to 10FFFF") == frozenset()
    assert values_in("强度等级为TC17、TC15、TB20") == frozenset()
    assert values_in("PM2.5 annual mean 5 μg/m³; SO2 24-hour mean 40 μg/m³") == frozenset({5.0, 24.0, 40.0})


def test_values_standing_alone_are_read_as_numbers_in_reads_them():
    for text in ("Weigh 1 g ± 0,1 g and heat at 105 °C to 110 °C for 1,5 h.", "铅（以Pb计）限量为1.0 mg/kg",
                 "the spring hammer of IEC 60068-2-75, impact energy 0,5 J", "volume resistivity ≥ 10¹¹ Ω·cm",
                 "GB 2762 lead in meat 0.2 mg/kg", "湿度 50 %，允差 ±5 %"):
        assert values_in(text) == numbers_in(text), text


def test_a_shared_designation_digit_no_longer_lifts_a_candidate():
    """The numbers signal read with `values_in`: a candidate sharing only the 1 of B₁ / B1 gains nothing, so the
    candidate ranked first by similarity stays first; read with every number it is overtaken."""
    query = "黄曲霉毒素B₁限量：花生 20 μg/kg"
    hits = [[(1, 0.60), (2, 0.59)]]
    texts = {1: "Aflatoxins, total: peanuts 15 μg/kg", 2: "Aflatoxins (B1 + B2): maize 4 μg/kg"}
    every = fuse_numbers_many([query], hits, lambda ids: {i: numbers_in(texts[i]) for i in ids}, 0.1)
    values = fuse_numbers_many([query], hits, lambda ids: {i: values_in(texts[i]) for i in ids}, 0.1, read=values_in)
    assert [cid for cid, _ in every[0]] == [2, 1]
    assert [cid for cid, _ in values[0]] == [1, 2]
