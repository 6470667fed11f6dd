"""A filtration or a shielding stated as the thickness of a metal that does as much ('mm Al', 'mm Cu', 'mm Pb'):
the metal's equivalent, a quantity of its own, read whole after the number (fixunit34)."""

from compare.indicators.extract import extract
from compare.indicators.units import normalise, reads_as_unit


def test_metal_equivalents_are_quantities_of_their_own():
    aluminium = normalise(3.0, "mm Al")
    assert aluminium.known and aluminium.dimension == "[aluminium_equivalent]"
    assert normalise(3.0, "mmAl").dimension == aluminium.dimension
    assert normalise(0.35, "mm Pb").dimension == "[lead_equivalent]"
    assert normalise(0.2, "mm Cu").dimension == "[copper_equivalent]"
    assert normalise(3.0, "mm").dimension == "[length]"  # a plain thickness is still a length
    assert reads_as_unit("mm Al") and reads_as_unit("mm Pb")


def test_the_metal_stays_with_the_value():
    [filtration] = extract("The inherent filtration of the tube assembly shall be at least 1,5 mm Al.").indicators
    assert filtration.value == 1.5 and filtration.unit == "mm Al"
    assert filtration.normalized.dimension == "[aluminium_equivalent]"
    [apron] = extract("防护围裙的铅当量应不小于0.35 mm Pb。").indicators
    assert apron.value == 0.35 and apron.unit == "mm Pb"


def test_a_metal_named_before_a_noun_is_no_equivalent():
    # '3 mm铝板' written with the symbol ('3 mm Al板'): a plate of aluminium 3 mm thick, a length.
    thickness = extract("试样为厚度3 mm Al板。").indicators[0]
    assert thickness.unit == "mm" and thickness.normalized.dimension == "[length]"
