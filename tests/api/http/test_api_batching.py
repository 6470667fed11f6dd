"""Searches answered together (api/http/batching.py) answer each text as the CLI's `search` answers it alone:
the same counterparts, order, scores and JSON, whatever else shares the batch."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

from typer.testing import CliRunner

from api.cli import app as cli_app
from api.http.schemas import MatchOut
from compare.io.writers import result_to_dict
from compare.matching.lists import attach_comparisons
from compare.matching.search import SearchFilters, search_filtered
from compare.store import Store
from tests.api.api_support import AUTH, running_app

MORE = [  # beyond the fixture clauses, so that every query has near rivals to be ranked against
    {"standard": "CXS 193-1995", "clause": "Lead 4", "text": "Lead in pulses: maximum level 0.1 mg/kg."},
    {"standard": "CXS 193-1995", "clause": "Cadmium 5", "text": "Cadmium in wheat grain: maximum level 0.2 mg/kg."},
    {"standard": "IEC 60335-1:2020", "clause": "13.2",
     "text": "The leakage current at operating temperature shall not exceed 0.25 mA for class II appliances."},
    {"standard": "WHO GDWQ 2022", "clause": "Nitrite", "text": "Nitrite (as NO2-) in drinking water: guideline "
                                                               "value 3 mg/L."},
]

# (text, top_k, side): Chinese and English texts, two top_k values and a side given, all in one batch
QUERIES = [
    ("谷物中铅的限量为0.2 mg/kg", 3, None),
    ("漏电流不应超过0.75 mA", 5, None),
    ("Cadmium in polished rice, maximum 0.4 mg/kg", 3, None),
    ("生活饮用水中硝酸盐（以N计）不得超过10 mg/L", 5, None),
    ("大米中镉的限量为0.2 mg/kg", 5, None),
    ("谷物中铅的限量为0.2 mg/kg", 5, None),  # the same text with another top_k
    ("Leakage current of class I appliances", 2, "domestic"),
    ("饮用水中亚硝酸盐的限值", 4, "international"),
]


def _as_api(result: dict) -> dict:
    return MatchOut.model_validate(result).model_dump(mode="json")


def _post_all(client, bodies: list[dict]) -> list[dict]:
    def post(body: dict) -> dict:
        response = client.post("/v1/match", json=body)
        assert response.status_code == 200, response.text
        return response.json()

    with ThreadPoolExecutor(len(bodies)) as pool:
        return list(pool.map(post, bodies))


def test_a_batch_of_requests_answers_as_the_cli_search(tmp_path, encoder):
    store = tmp_path / "store"
    # one batch of exactly these requests: it closes when the last arrives (the wait is far longer)
    with running_app(store, encoder, http_max_batch=len(QUERIES), http_batch_wait_ms=100) as client:
        client.app.state.services.searches.max_wait_s = 60
        assert client.post("/v1/clauses", json={"clauses": MORE, "side": "international"},
                           headers=AUTH).status_code == 200
        before = client.app.state.services.searches.batches
        answers = _post_all(client, [{"text": t, "top_k": k, "side": s} for t, k, s in QUERIES])
        assert client.app.state.services.searches.batches == before + 1  # all of them in one batch
    for (text, top_k, side), answer in zip(QUERIES, answers):
        args = ["search", text, "--store", str(store), "--top-k", str(top_k), "--json"]
        cli = CliRunner().invoke(cli_app, args + (["--side", side] if side else []))
        assert cli.exit_code == 0, cli.output
        from_cli = json.loads(cli.stdout)
        assert len(from_cli["matches"]) == min(top_k, 10 if from_cli["target_side"] == "international" else 4)
        # the whole JSON (in the API's shape, which adds its optional fields): counterparts, order, scores...
        assert answer == _as_api(from_cli)


def test_a_batch_shortlisted_in_bfloat16_answers_as_the_cli_search(tmp_path, encoder):
    """A side of 110 clauses, more than a search ranks (30), so the server's exact index shortlists the batch
    (with torch's bfloat16 product where it can, the default) before scoring the shortlist exactly: each
    answer is still what the CLI's `search` gives that text alone (one query: the float32 product)."""
    import embeddings.index

    substances = ["Lead", "Cadmium", "Mercury", "Arsenic", "Tin", "Nitrite", "Nitrate", "Aflatoxin B1",
                  "Patulin", "Ochratoxin A"]
    foods = ["cereal grains", "husked rice", "polished rice", "wheat flour", "fresh vegetables", "leafy vegetables",
             "fruit juices", "milk", "fish", "drinking water", "infant formula"]
    clauses = [{"standard": f"CXS {100 + i}-2020", "clause": f"{j + 1}",
                "text": f"{substance} in {food}: maximum level {0.05 * (i + j + 1):.2f} mg/kg."}
               for i, substance in enumerate(substances) for j, food in enumerate(foods)]
    queries = ["谷物中铅的限量为0.2 mg/kg", "大米中镉的限量为0.2 mg/kg", "鱼类中汞的限量为0.5 mg/kg",
               "生活饮用水中硝酸盐不得超过10 mg/L", "牛奶中黄曲霉毒素的限量", "果汁中展青霉素的限量为50 μg/kg",
               "新鲜蔬菜中锡的限量", "小麦粉中赭曲霉毒素A的限量为5 μg/kg"]
    store = tmp_path / "store"
    with running_app(store, encoder, fill=False, http_max_batch=len(queries), http_batch_wait_ms=100) as client:
        client.app.state.services.searches.max_wait_s = 60
        assert client.post("/v1/clauses", json={"clauses": clauses, "side": "international"},
                           headers=AUTH).json()["added"] == len(clauses) == 110
        answers = _post_all(client, [{"text": text, "top_k": 5} for text in queries])
        with_bfloat16 = embeddings.index._bfloat16 is not None
    try:
        import torch  # noqa: F401
    except ImportError:
        assert not with_bfloat16
    with Store.open(store) as db:  # the CLI's `search` of each text alone (its library call)
        for text, answer in zip(queries, answers):
            alone = search_filtered(text, db, encoder, top_k=5, filters=SearchFilters())
            assert answer == _as_api(result_to_dict(alone)) and len(answer["matches"]) == 5


def test_a_batch_keeps_each_requests_min_score_and_comparison(tmp_path, encoder):
    store = tmp_path / "store"
    bodies = [{"text": "谷物中铅的限量为0.2 mg/kg", "top_k": 5, "min_score": 40},
              {"text": "谷物中铅的限量为0.2 mg/kg", "top_k": 5, "compare": True},
              {"text": "大米中镉的限量为0.2 mg/kg", "top_k": 5}]
    with running_app(store, encoder, http_max_batch=len(bodies), http_batch_wait_ms=100) as client:
        client.app.state.services.searches.max_wait_s = 60
        answers = _post_all(client, bodies)
        client.app.state.services.searches.max_wait_s = 0  # the search alone: no company to wait for
        search = client.get("/v1/search", params={"q": "谷物中铅的限量为0.2 mg/kg", "top_k": 5, "min_score": 40})
        assert search.status_code == 200
    with Store.open(store) as db:
        for body, answer in zip(bodies, answers):
            result = search_filtered(body["text"], db, encoder, top_k=5,
                                     filters=SearchFilters(min_score=body.get("min_score", 0)))
            if body.get("compare"):
                result = next(attach_comparisons([result], encoder))
            assert answer == _as_api(result_to_dict(result))
    assert answers[0]["matches"] and all(m["score"] >= 40 for m in answers[0]["matches"])
    assert len(answers[0]["matches"]) < len(answers[1]["matches"]) == 5
    assert all(m["verdict"] for m in answers[1]["matches"]) and answers[2]["matches"][0]["verdict"] is None
    assert search.json() == answers[0]  # GET /v1/search answers as POST /v1/match


def test_an_empty_text_is_refused_before_it_joins_a_batch(tmp_path, encoder):
    with running_app(tmp_path / "store", encoder) as client:
        response = client.post("/v1/match", json={"text": "   "})
        assert response.status_code == 400
        assert "empty" in response.json()["error"]["message"]
        assert client.post("/v1/match", json={"text": "谷物中铅的限量"}).status_code == 200


def test_the_clients_of_the_last_batch_are_waited_for(monkeypatch):
    """Clients that send one search after another do not split into two groups taking turns: a search that
    waited while the last batch was answered is joined by the next search of that batch's client (arriving
    within the wait), not answered alone before it. Before, the batches were 1, 1, 1 here."""
    import asyncio
    import threading

    from api.http import batching
    from compare.core.model import MatchResult

    release, slow_started, sizes = threading.Event(), threading.Event(), []

    def fake_match_rows(rows, store, encoder, **options):
        sizes.append(len(rows))
        if rows[0].text == "first":
            slow_started.set()
            assert release.wait(30)
        return iter([MatchResult(row=row, lang="en", target_side="domestic", matches=()) for row in rows])

    monkeypatch.setattr(batching, "match_rows", fake_match_rows)
    searches = batching.SearchBatcher(store=None, encoder=None, max_wait_s=1.0)

    async def scenario() -> None:
        first = asyncio.ensure_future(searches.match("first", top_k=1))
        assert await asyncio.to_thread(slow_started.wait, 30)
        other = asyncio.ensure_future(searches.match("other client", top_k=1))
        await asyncio.sleep(1.5)  # it has waited longer than max_wait when the first batch is answered
        release.set()
        await asyncio.wait_for(first, timeout=10)
        await asyncio.sleep(0.2)  # the first client's next search comes a little later, within max_wait
        await asyncio.wait_for(searches.match("first client again", top_k=1), timeout=10)
        await asyncio.wait_for(other, timeout=10)

    try:
        asyncio.run(scenario())
    finally:
        release.set()
        searches.close()
    assert sizes == [1, 2]
