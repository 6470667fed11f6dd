"""An amount after 'in'/'per' is the reference of the amounts after it ('per 100 ml … 60 kcal'), never of a
temperature or a time ('Pour in 100 ml of water at 23 °C ± 1 °C': the water's volume and its temperature,
extract.amount_of_reference); and '一次' with no bound before it is 'once', as 'one' is in English
(clausetext.once), no count a clause on the other side could state alike. Sentences written for these tests; no
encoder."""

from __future__ import annotations

from compare.indicators.clausetext import once
from compare.indicators.extract import amount_of_reference, extract


def _readings(text: str) -> list[tuple[str, float | None, float | None, str]]:
    return [(str(i.comparator), i.value, i.tolerance, i.unit) for i in extract(text).indicators]


def test_a_temperature_or_a_time_is_never_per_an_amount() -> None:
    assert not amount_of_reference("[temperature]") and not amount_of_reference("[time]")
    assert amount_of_reference("[mass]")
    assert _readings("Fill in 250 ml of the solution at 40 °C ± 2 °C.") == [
        ("equal", 250.0, None, "ml"), ("tolerance", 40.0, 2.0, "°C")]
    assert _readings("Put in 50 g of sand for 10 min.") == [("equal", 50.0, None, "g"), ("equal", 10.0, None, "min")]
    # an amount per the reference is still read so
    assert [unit for *_, unit in _readings("Per 100 ml: energy not less than 60 kcal.")] == ["kcal/100 ml"]
    # a reference no value comes after stays one: its number listed unread
    assert extract("Values apply per 100 ml.").unread == ("100",)


def test_once_is_no_count() -> None:
    assert once("每隔5 min搅拌一次。", 9) and once("往复一次，", 2)
    assert not once("每秒不超过一次。", 5)  # after a bound: one, the highest rate
    assert not once("一次电流", 0)
    assert not once("每班检查一次。", 4)  # once a shift: a frequency, a count per shift
    assert _readings("在（40±1）℃下保持2 h，每隔15 min搅拌一次。") == [
        ("tolerance", 40.0, 1.0, "℃"), ("equal", 2.0, None, "h"), ("equal", 15.0, None, "min")]
    assert [value for _, value, *_ in _readings("弯曲速率每秒不超过一次。")] == [1.0]
