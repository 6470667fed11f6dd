"""The encoder in a child process gives what the encoder gives in this one, and fails with a message."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from embeddings import EncoderError
from embeddings.process import EncoderProcess

TEXTS = ["谷物中铅（以Pb计）的限量为0.2 mg/kg", "Lead in cereal grains: maximum level 0.2 mg/kg", "", "插座额定电流 16 A"]


def test_same_vectors_as_in_process(encoder):
    with EncoderProcess(threads=1) as remote:
        assert (remote.name, remote.dimension) == (encoder.name, encoder.dimension)
        got = remote.encode(TEXTS, role="query")
        assert got.shape == (4, encoder.dimension) and got.dtype == np.float32
        assert np.allclose(got, encoder.encode(TEXTS, role="query"), atol=1e-5)
        assert remote.encode([]).shape == (0, encoder.dimension)


def test_several_threads_share_one_process(encoder):
    expected = encoder.encode(TEXTS)
    with EncoderProcess(threads=1) as remote:
        results: list = [None] * 4

        def work(i: int) -> None:
            results[i] = remote.encode(TEXTS[i:] + TEXTS[:i])

        threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    for i, got in enumerate(results):
        assert np.allclose(got, np.roll(expected, -i, axis=0), atol=1e-5)


@pytest.mark.slow
def test_a_model_that_cannot_load_is_reported(tmp_path):
    remote = EncoderProcess(str(tmp_path / "no-such-model"))
    with pytest.raises(EncoderError, match="no-such-model"):
        remote.name
    remote.close()


@pytest.mark.slow
def test_a_closed_encoder_says_so():
    remote = EncoderProcess(threads=1)
    assert remote.dimension == 512
    remote.close()
    with pytest.raises(EncoderError):
        remote.encode(["text"])
