"""The /v1 endpoints in-process: health, ingest, match, search with filters, standards, compare, statistics."""

from __future__ import annotations

import io

import pytest

from tests.api.api_fixtures import DOMESTIC, INTERNATIONAL, TEXTILE_TERMS
from tests.api.api_support import AUTH, running_app


@pytest.fixture(scope="module")
def client(tmp_path_factory, encoder):
    with running_app(tmp_path_factory.mktemp("store"), encoder) as c:
        yield c


def test_health_reports_encoder_and_counts(client):
    body = client.get("/v1/health").json()
    assert body["status"] == "ok"
    assert body["encoder"] == "use-multilingual-v3"
    assert body["clauses"] == {"domestic": len(DOMESTIC), "international": len(INTERNATIONAL)}


def test_match_finds_the_cross_language_counterpart(client):
    body = client.post("/v1/match", json={"text": "谷物中铅（以Pb计）的限量为0.2 mg/kg。", "top_k": 3}).json()
    assert body["lang"] == "zh" and body["target_side"] == "international"
    assert len(body["matches"]) == 3
    best = body["matches"][0]
    assert (best["standard"], best["clause"]) == ("CXS 193-1995", "Lead 1")
    scores = [m["score"] for m in body["matches"]]
    assert scores == sorted(scores, reverse=True) and all(0 <= s <= 100 for s in scores)


def test_match_english_searches_domestic_side(client):
    body = client.post("/v1/match", json={"text": INTERNATIONAL[4]["text"]}).json()
    assert body["target_side"] == "domestic"
    assert body["matches"][0]["standard"] == "GB 4706.1-2005"


def test_match_min_score_drops_weak_hits(client):
    everything = client.post("/v1/match", json={"text": "谷物中铅的限量", "top_k": 6}).json()["matches"]
    cut = (everything[0]["score"] + everything[-1]["score"]) / 2
    kept = client.post("/v1/match", json={"text": "谷物中铅的限量", "top_k": 6, "min_score": cut}).json()["matches"]
    assert 0 < len(kept) < len(everything)
    assert all(m["score"] >= cut for m in kept)


def test_match_batch_keeps_order_and_echoes_numbers(client):
    items = [{"text": d["text"], "standard": d["standard"], "clause": d["clause"]} for d in DOMESTIC]
    results = client.post("/v1/match/batch", json={"items": items, "top_k": 2}).json()["results"]
    assert [r["row"] for r in results] == [1, 2, 3, 4]
    assert [(r["standard"], r["clause"]) for r in results] == [(d["standard"], d["clause"]) for d in DOMESTIC]
    assert results[3]["matches"][0]["standard"] == "IEC 60335-1:2020"


def test_search_filters_by_body_and_standard(client):
    q = "泄漏电流不应超过0.75 mA"
    by_body = client.get("/v1/search", params={"q": q, "body": "iso", "top_k": 5}).json()["matches"]
    assert by_body and {m["standard"] for m in by_body} == {"ISO 712:2009"}
    by_std = client.get("/v1/search", params={"q": q, "standard": "CXS 193-1995", "top_k": 10}).json()["matches"]
    assert len(by_std) == 3 and {m["standard"] for m in by_std} == {"CXS 193-1995"}
    same_side = client.get("/v1/search", params={"q": q, "side": "domestic"}).json()
    assert same_side["target_side"] == "domestic"
    assert same_side["matches"][0]["standard"] == "GB 4706.1-2005"


def test_search_with_compare_attaches_indicator_verdicts(client):
    body = client.get("/v1/search", params={"q": DOMESTIC[0]["text"], "top_k": 1, "compare": "true"}).json()
    best = body["matches"][0]
    assert best["standard"] == "CXS 193-1995" and best["verdict"] == "consistent" and best["consistency"] == 100
    assert [i["verdict"] for i in best["indicators"]] == ["consistent"]
    assert best["indicators"][0]["domestic"]["value"] == best["indicators"][0]["international"]["value"] == 0.2
    plain = client.get("/v1/search", params={"q": DOMESTIC[0]["text"], "top_k": 1}).json()["matches"][0]
    assert "verdict" not in plain or plain["verdict"] is None


def test_batch_with_compare_gives_the_cli_shape(client):
    items = [{"text": DOMESTIC[1]["text"], "standard": "GB 2762-2022", "clause": "4.2"}]
    result = client.post("/v1/match/batch", json={"items": items, "top_k": 3, "compare": True}).json()["results"][0]
    cadmium = next(m for m in result["matches"] if m["clause"] == "Cadmium 2")
    assert cadmium["verdict"] == "stricter"  # 0.2 mg/kg in GB 2762 against 0.4 mg/kg in Codex


def test_compare_two_clauses(client):
    def compare(d: int, i: int) -> dict:
        return client.post("/v1/compare", json={"domestic": DOMESTIC[d]["text"],
                                                "international": INTERNATIONAL[i]["text"]}).json()

    lead, cadmium, nitrate = compare(0, 0), compare(1, 1), compare(2, 3)
    assert (lead["overall"], lead["score"]) == ("consistent", 100.0)
    assert cadmium["overall"] == "stricter"
    assert nitrate["overall"] == "different"  # as N against as NO3-: another basis, neither stricter nor looser
    assert lead["similarity"] > compare(0, 5)["similarity"]


def test_compare_with_no_indicator_in_either_clause_gives_no_verdict(client):
    """POST /v1/compare said 'consistent', score 100, where the web page and the workbook say no indicator."""
    body = client.post("/v1/compare", json={"domestic": "本标准规定了预包装食品的标签要求。",
                                            "international": "This standard specifies food labelling."})
    assert body.status_code == 200
    assert {k: body.json()[k] for k in ("overall", "score", "indicators")} == {"overall": "none", "score": None,
                                                                               "indicators": []}


def test_compare_uses_the_store_termbase(client):
    """POST /v1/compare pairs indicators with the terms of the served store's termbase.csv, as `match` does."""
    body = {"domestic": "顶破强力不小于250 N，断裂强力不小于300 N。",
            "international": "Breaking force: min. 250 N. Bursting strength: min. 300 N."}
    termbase = client.app.state.services.store.path / "termbase.csv"
    termbase.write_text(TEXTILE_TERMS, encoding="utf-8")
    try:
        answer = client.post("/v1/compare", json=body).json()
    finally:
        termbase.unlink()
    assert {(p["domestic"]["parameter"], p["international"]["parameter"].lower()) for p in answer["indicators"]} \
        == {("顶破强力", "bursting strength"), ("断裂强力", "breaking force")}


def test_match_with_compare_uses_the_store_termbase(tmp_path, encoder):
    """POST /v1/match with compare (answered in batches) pairs indicators with the store's own terms too."""
    international = "Breaking force: min. 250 N. Bursting strength: min. 300 N."
    with running_app(tmp_path / "store", encoder) as c:
        assert c.post("/v1/clauses", json={"clauses": [{"standard": "ISO 13938-1:2019", "clause": "5",
                                                        "text": international}]}, headers=AUTH).status_code == 200
        (c.app.state.services.store.path / "termbase.csv").write_text(TEXTILE_TERMS, encoding="utf-8")
        answer = c.post("/v1/match", json={"text": "顶破强力不小于250 N，断裂强力不小于300 N。",
                                           "compare": True}).json()
    indicators = answer["matches"][0]["indicators"]
    assert {(p["domestic"]["parameter"], p["international"]["parameter"].lower()) for p in indicators} \
        == {("顶破强力", "bursting strength"), ("断裂强力", "breaking force")}


def test_get_standard_with_a_slash_in_its_number(client):
    client.post("/v1/clauses", json={"clauses": [{"standard": "GB/T 1800.1-2020", "clause": "3.2",
                                                  "text": "公差带由基本偏差和标准公差等级组成。"}]}, headers=AUTH)
    body = client.get("/v1/standards/GB/T 1800.1-2020").json()
    assert body["number"] == "GB/T 1800.1-2020" and body["body"] == "GB/T" and body["side"] == "domestic"
    assert [c["clause"] for c in body["clauses"]] == ["3.2"]


def test_ingest_file_upload_then_delete(client):
    csv_text = "标准号,条款号,条款内容\nGB 2761-2017,4.1,花生及其制品中黄曲霉毒素B1的限量为20 μg/kg。\n"
    files = {"file": ("list.csv", io.BytesIO(csv_text.encode("utf-8")), "text/csv")}
    body = client.post("/v1/ingest", files=files, headers=AUTH).json()
    assert body["added"] == 1 and body["ingested"] == 1
    found = client.get("/v1/search", params={"q": INTERNATIONAL[2]["text"], "top_k": 1}).json()["matches"]
    assert found[0]["standard"] == "GB 2761-2017"
    deleted = client.delete("/v1/standards/GB 2761-2017", headers=AUTH).json()
    assert deleted == {"number": "GB 2761-2017", "clauses_removed": 1}
    assert client.get("/v1/standards/GB 2761-2017").status_code == 404
    after = client.get("/v1/search", params={"q": INTERNATIONAL[2]["text"], "top_k": 10}).json()["matches"]
    assert "GB 2761-2017" not in {m["standard"] for m in after}


def test_statistics_counts(client):
    stats = client.get("/v1/statistics").json()
    assert stats["standards"]["international"] == 4
    assert stats["clauses"]["international"] == len(INTERNATIONAL)
    assert stats["target"]["adoption_rate"] == 85.0
    assert stats["consistency"] is None  # no confirmed pairs yet
    assert set(stats["jobs"]) == {"queued", "running", "done", "failed"}


def test_openapi_documents_every_field(client):
    schema = client.get("/openapi.json").json()
    undocumented = []
    for name, component in schema["components"]["schemas"].items():
        if name.startswith(("HTTPValidationError", "ValidationError", "Body_")):
            continue  # FastAPI's own shapes
        for field, spec in component.get("properties", {}).items():
            if not spec.get("description"):
                undocumented.append(f"{name}.{field}")
    assert undocumented == []
    assert "/v1/match" in schema["paths"] and "/reconcile" in schema["paths"]


def test_matching_while_ingesting_stays_consistent(tmp_path, encoder):
    import threading

    with running_app(tmp_path / "store", encoder) as c:
        failures: list[str] = []

        def reader():
            for _ in range(15):
                r = c.post("/v1/match", json={"text": DOMESTIC[0]["text"], "top_k": 3})
                if r.status_code != 200 or r.json()["matches"][0]["standard"] != "CXS 193-1995":
                    failures.append(r.text)

        def writer():
            for batch in range(5):
                rows = [{"standard": f"ISO {9000 + batch}", "clause": str(i), "text": f"Clause {i} of part {batch}."}
                        for i in range(20)]
                r = c.post("/v1/clauses", json={"clauses": rows}, headers=AUTH)
                if r.status_code != 200:
                    failures.append(r.text)

        threads = [threading.Thread(target=reader) for _ in range(3)] + [threading.Thread(target=writer)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert failures == []
        assert c.get("/v1/health").json()["clauses"]["international"] == len(INTERNATIONAL) + 100


def test_match_batch_can_rank_items_as_a_list(client, monkeypatch):
    import api.http.routes.match

    seen = []
    real = api.http.routes.match.match_rows

    def spy(*args, **kwargs):
        seen.append(kwargs["ranking"].one_to_one)
        return real(*args, **kwargs)

    monkeypatch.setattr(api.http.routes.match, "match_rows", spy)
    items = [{"text": d["text"]} for d in DOMESTIC] + [{"text": DOMESTIC[0]["text"]}]
    as_list = client.post("/v1/match/batch", json={"items": items, "one_to_one": True}).json()["results"]
    alone = client.post("/v1/match/batch", json={"items": items}).json()["results"]
    assert seen == [True, False]
    assert len(as_list) == len(alone) == 5
    # Every item keeps its candidates; only their order may change.
    for a, b in zip(as_list, alone):
        assert {(m["standard"], m["clause"]) for m in a["matches"]} == {(m["standard"], m["clause"]) for m in b["matches"]}
    assert client.post("/v1/match/batch", json={"items": items, "one_to_one": "maybe"}).status_code == 422
