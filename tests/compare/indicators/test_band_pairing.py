"""Limits keyed by a band of another quantity pair with the limit keyed by the same band or a point inside it
(twenty-eighth round, bands28): texts of other fields than the open sets' cases."""

from compare.indicators.extract import extract


def _conditions(text):
    return [i.conditions for i in extract(text).indicators]


def test_band_agreement_of_one_row():
    from compare.indicators.band_pairing import band_agreement

    bands = "Minimum clearance: 100 kW < P ≤ 200 kW: 0,8 m; 200 kW < P ≤ 400 kW: 1,2 m."
    points = "最小间距：P=200 kW时0.8 m，P=400 kW时1.2 m。"
    one, other = _conditions(bands), _conditions(points)
    texts = (bands, points)
    assert len(one) == 2 and len(other) == 2
    # (a point inside its band: one row)
    assert band_agreement(one[0], other[0], texts) and band_agreement(one[1], other[1], texts)
    assert not band_agreement(one[0], other[1], texts)  # (400 kW is another row's)
    assert band_agreement(one[0], one[0]) and not band_agreement(one[0], one[1])  # (bands: no text needed)
    assert not band_agreement(one[0], other[0])  # (without the texts, points are not compared)
    assert not band_agreement(one[0], (), texts)  # (no condition on one side: nothing said)


def test_a_bound_at_a_band_end_is_another_row():
    from compare.indicators.band_pairing import band_agreement

    # ('宽度小于50.0 mm时' is the open row below 50 mm, not a point of the band 50 mm to 56 mm)
    bounds = "宽度小于50.0 mm时，拉力不小于16 N；宽度为50.0 mm～56.0 mm时，拉力不小于18 N；宽度大于56.0 mm时，拉力不小于22 N。"
    bands = ("Pull: 16 N for widths less than 50,0 mm, 18 N for widths from 50,0 mm to 56,0 mm, 22 N for widths greater "
             "than 56,0 mm.")
    mine, theirs = _conditions(bounds), _conditions(bands)
    assert len(mine) == 3 and len(theirs) == 3
    texts = (bounds, bands)
    assert band_agreement(mine[1], theirs[1], texts)  # (the same band)
    assert not band_agreement(mine[0], theirs[1], texts) and not band_agreement(mine[2], theirs[1], texts)


def test_two_points_are_left_to_the_rest_of_the_pairing():
    from compare.indicators.band_pairing import band_agreement

    text = "at 20 °C: 5 mPa·s"
    a = _conditions(text)[0]
    assert a and not band_agreement(a, a, (text, text))


def test_a_row_keyed_by_a_band_pairs_with_the_row_keyed_by_its_point():
    from compare.core.vocabulary import Verdict
    from compare.indicators.verdicts import compare_clauses

    # (the first row's value, 0,9 s, paired with the lone limit of 6 s, whose name was closer, before the band
    # weighed: 'stricter', and the other side's 0,9 s left without a partner)
    result = compare_clauses(
        "表3 TN系统的最长保持时间：Un=127 V时0.9 s，Un=220 V时0.5 s，Un=380 V时0.3 s，Un>380 V时0.15 s。"
        "配电回路和只供给固定式设备的终端回路，允许的保持时间不超过6 s。",
        "Table 3 — Maximum holding times for final circuits not exceeding 20 A, TN systems, a.c.: 50 V < Un ≤ 127 V: "
        "0,9 s; 127 V < Un ≤ 220 V: 0,5 s; 220 V < Un ≤ 380 V: 0,3 s; Un > 380 V: 0,15 s. In TN systems, a holding "
        "time not exceeding 6 s is permitted for distribution circuits and for circuits not covered by 5.2.1.")
    paired = {(p.domestic.value, p.international.value) for p in result.pairs if p.domestic and p.international}
    assert {(0.9, 0.9), (0.5, 0.5), (0.3, 0.3), (0.15, 0.15), (6.0, 6.0)} <= paired
    assert all(p.verdict != Verdict.STRICTER for p in result.pairs)
