"""Names that share one value 'each' (`compare.indicators.each_pair`, thirtieth round)."""
from compare.indicators.each_pair import two_definite_names, without_opening_phrase
from compare.indicators.extract import extract


def _read(text):
    return [(i.parameter, str(i.comparator), i.value, i.unit) for i in extract(text).indicators]


def test_opening_phrase_is_no_name():
    assert without_opening_phrase(["For toys", "lead", "arsenic"]) == ["lead", "arsenic"]
    assert without_opening_phrase(["In use", "At rest", "x", "y"]) == ["x", "y"]
    assert without_opening_phrase(["lead", "cadmium", "mercury"]) == ["lead", "cadmium", "mercury"]
    assert without_opening_phrase(["Information", "lead"]) == ["Information", "lead"]  # 'In' opens a word only


def test_two_definite_names_need_each():
    left = "the total lead content and the total cadmium content shall each not exceed "
    assert two_definite_names(left, False) == ["total lead content", "total cadmium content"]
    left = "the a.c. touch current and the a.c. earth current shall not exceed "
    assert two_definite_names(left, True) == ["a.c. touch current", "a.c. earth current"]
    assert two_definite_names(left, False) == []  # no word says each holds it
    assert two_definite_names("the length of the sample and the width shall each be ", False) == []


def test_opening_phrase_takes_no_share_of_the_value():
    read = _read("For toys, lead and arsenic shall not exceed 25 mg/kg each.")
    assert sorted(p for p, *_ in read) == ["arsenic", "lead"]
    assert all(v == 25 and u == "mg/kg" and c == "max" for _, c, v, u in read)


def test_two_definite_names_each_take_the_value():
    read = _read("Under dry conditions, the a.c. touch current and the a.c. earth current shall each not exceed 50 µA.")
    assert [(p, c, v, u) for p, c, v, u in read] == [("a.c. touch current", "max", 50, "µA"),
                                                      ("a.c. earth current", "max", 50, "µA")]


def test_two_plain_words_stay_one_reading():
    # 'the warp and the weft': two words of no known quantity, directions of one fabric's strength
    assert len(_read("The warp and the weft shall each be at least 300 N.")) == 1


# ---- a count per a unit written 'number/…' (units._number_per) and the emission count as a ceiling (list_limits)

def test_number_per_distance_is_a_count_per_distance():
    from compare.indicators.units import normalise
    norm = normalise(2.0, "number/km")
    assert norm.known and norm.dimension == normalise(2.0, "#/km").dimension
    assert not normalise(2.0, "km/number").known


def test_particle_count_per_distance_in_a_heading_is_a_ceiling():
    read = _read("CO (mg/km): 500; PN (number/km): 8,0 × 10^11.")
    assert ("PN", "max", 8.0e11, "number/km") in read


# ---- a rating that names the item the limit is of (item_ratings)

def test_rating_of_the_item_is_a_condition_not_a_value():
    read = extract("For a 7,5 kW two-pole pump the efficiency shall be at least 88 %.").indicators
    assert [(str(i.comparator), i.value, i.unit) for i in read] == [("min", 88, "%")]
    assert [c.value for c in read[0].conditions] == [7.5]
    read = extract("The flash point shall be above 60 °C for a 20 kg drum.").indicators
    assert [(str(i.comparator), i.value, i.unit) for i in read] == [("min", 60, "°C")]


def test_a_duration_after_for_a_stays_a_value():
    assert len(extract("The leakage current shall not exceed 5 mA for a 10 s interval.").indicators) == 2


def test_a_rating_alone_stays_read():
    assert [i.value for i in extract("Rated for a 16 A circuit.").indicators] == [16]


def test_rating_for_each_amount_is_a_condition():
    read = extract("The drip rate shall be 2 to 4 mL/h for each 50 cm² of exposed surface.").indicators
    assert [(str(i.comparator), i.low, i.high, i.unit) for i in read] == [("range", 2, 4, "mL/h")]


# ---- the number of a class (item_ratings.class_label_before, class_numbers)

def test_class_number_takes_no_name_after_it():
    from compare.indicators.item_ratings import class_label_before
    assert class_label_before("For property class 10.9", len("For property class "))
    assert not class_label_before("The mass is 10.9", len("The mass is "))
    read = _read("For strength grade 10.9 the minimum proof stress is 830 MPa.")
    assert [(c, v, u) for _, c, v, u in read] == [("min", 830, "MPa")]
