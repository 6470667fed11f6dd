"""The language of a clause: Chinese when Chinese characters make up a fair share of its letters."""

import pytest

from compare.core.text import detect_language


@pytest.mark.parametrize("text, lang", [
    ("The rated voltage shall not exceed 250 V.", "en"),
    ("", "en"),
    ("≤0.2 mg/kg; 25 °C ± 2 °C", "en"),  # letters of neither script count for Chinese
    ("铅（以Pb计）≤0.2 mg/kg", "zh"),  # mixed scripts: a share, not presence
    ("电动机的额定功率应不小于 0.75 kW", "zh"),
    ("See GB 4706.1 clause 7 (标志和说明) for the marking requirements of appliances", "en"),  # a few characters
    ("𠀀 test", "en"),  # a character outside the ranges counted
    ("试 test", "zh"),  # one character weighs as much as four letters
    ("试 tests", "en"),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang
