"""TMX 1.4 export: confirmed pairs (and optionally best matches) over HTTP and from the CLI."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from api.cli import app as cli
from compare.core.model import Clause
from compare.io.pairs import Pair
from compare.io.tmx import XML_LANG, pairs_to_tmx
from tests.api.api_fixtures import DOMESTIC, INTERNATIONAL
from tests.api.api_support import AUTH, running_app

CONFIRM = [("GB 2762-2022", "4.1", "CXS 193-1995", "Lead 1"), ("GB 4706.1-2005", "16.2", "IEC 60335-1:2020", "16.2")]


def texts_by_key() -> dict[tuple[str, str], str]:
    return {(c["standard"], c["clause"]): c["text"] for c in DOMESTIC + INTERNATIONAL}


def check_tmx(raw: bytes) -> list[ET.Element]:
    """Parse a TMX document, check its header and the shape of every unit; return the units."""
    root = ET.fromstring(raw)
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    for attribute in ("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"):
        assert header.get(attribute), attribute
    assert header.get("srclang") == "zh-CN" and header.get("segtype") == "paragraph"
    units = root.findall("body/tu")
    texts = texts_by_key()
    for tu in units:
        tuvs = tu.findall("tuv")
        assert [t.get(XML_LANG) for t in tuvs] == ["zh-CN", "en"]
        for tuv in tuvs:
            props = {p.get("type"): p.text for p in tuv.findall("prop")}
            assert set(props) == {"x-standard", "x-clause"}
            assert tuv.find("seg").text == texts[(props["x-standard"], props["x-clause"])]
    return units


def unit_keys(tu: ET.Element) -> tuple[str, ...]:
    return tuple(p.text for tuv in tu.findall("tuv") for p in tuv.findall("prop"))


@pytest.fixture(scope="module")
def store_with_reviews(tmp_path_factory, encoder):
    store = tmp_path_factory.mktemp("store")
    with running_app(store, encoder) as client:
        for d_std, d_cl, i_std, i_cl in CONFIRM:
            body = {"domestic_standard": d_std, "domestic_clause": d_cl, "international_standard": i_std,
                    "international_clause": i_cl, "decision": "confirmed", "reviewer": "王工"}
            assert client.post("/v1/reviews", json=body, headers=AUTH).status_code == 200
        rejected = {"domestic_standard": "GB 2762-2022", "domestic_clause": "4.2", "international_standard":
                    "CXS 193-1995", "international_clause": "Lead 1", "decision": "rejected"}
        assert client.post("/v1/reviews", json=rejected, headers=AUTH).status_code == 200
        assert client.post("/v1/reviews", json=rejected).status_code == 401
        yield store, client


def test_export_confirmed_pairs(store_with_reviews):
    _, client = store_with_reviews
    response = client.get("/v1/export.tmx")
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/x-tmx+xml")
    units = check_tmx(response.content)
    assert [unit_keys(u) for u in units] == [tuple(k) for k in CONFIRM]
    stats = client.get("/v1/statistics").json()
    assert stats["confirmed_pairs"] == 2 and stats["reviews"] == {"confirmed": 2, "rejected": 1}
    # Lead 0.2 mg/kg both sides, leakage current 0.75 mA both sides: every indicator at the international level.
    assert stats["consistency"]["pairs"] == 2 and stats["consistency"]["counts"]["consistent"] == 2
    assert stats["consistency"]["at_international_level"] == 1.0
    assert len(client.get("/v1/reviews", params={"decision": "rejected"}).json()) == 1


def test_export_with_top_pairs(store_with_reviews):
    _, client = store_with_reviews
    units = check_tmx(client.get("/v1/export.tmx", params={"top": "true", "min_score": 0}).content)
    keys = [unit_keys(u) for u in units]
    assert keys[:2] == [tuple(k) for k in CONFIRM]
    domestic = [k[:2] for k in keys]
    assert len(domestic) == len(set(domestic)) == len(DOMESTIC)  # every domestic clause once, confirmed ones kept
    sources = [u.find("prop[@type='x-source']").text for u in units]
    assert sources == ["confirmed"] * 2 + ["top"] * (len(DOMESTIC) - 2)
    # best matches are marked as counterparts (not translations); confirmed pairs are not
    relations = [u.find("prop[@type='x-relation']") for u in units]
    assert relations[:2] == [None, None] and all(r.text == "counterpart" for r in relations[2:])
    assert all("not a confirmed translation" in u.find("note").text for u in units[2:])
    strict = check_tmx(client.get("/v1/export.tmx", params={"top": "true", "min_score": 99}).content)
    assert len(strict) == 2


def test_reviews_steer_later_matches(store_with_reviews):
    _, client = store_with_reviews
    item = {"text": DOMESTIC[1]["text"], "standard": "GB 2762-2022", "clause": "4.2"}
    before = client.post("/v1/match/batch", json={"items": [item], "top_k": 6}).json()["results"][0]["matches"]
    # The rejected pair (GB 2762-2022 4.2 -> CXS 193-1995 Lead 1) is left out of this row's matches.
    assert "Lead 1" not in [m["clause"] for m in before]
    confirm = {"domestic_standard": "GB 2762-2022", "domestic_clause": "4.2", "international_standard":
               "ISO 712:2009", "international_clause": "9.2", "decision": "confirmed", "reviewer": "李工"}
    recorded = client.post("/v1/reviews", json=confirm, headers=AUTH).json()
    assert recorded["query"] == "clause:GB 2762-2022|4.2" and recorded["source"] == "api: 李工"
    after = client.post("/v1/match/batch", json={"items": [item], "top_k": 6}).json()["results"][0]["matches"]
    assert (after[0]["standard"], after[0]["clause"], after[0]["confirmed"]) == ("ISO 712:2009", "9.2", True)
    # Undo, so the other tests see the pairs of CONFIRM only.
    client.post("/v1/reviews", json={**confirm, "decision": "rejected"}, headers=AUTH)
    unknown = client.post("/v1/reviews", json={**confirm, "international_clause": "99"}, headers=AUTH)
    assert unknown.status_code == 404 and "99" in unknown.json()["error"]["message"]


def test_cli_export_tmx(store_with_reviews, tmp_path):
    store, _ = store_with_reviews
    out = tmp_path / "pairs.tmx"
    result = CliRunner().invoke(cli, ["export-tmx", "--store", str(store), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 translation unit" in result.output
    assert [unit_keys(u) for u in check_tmx(out.read_bytes())] == [tuple(k) for k in CONFIRM]
    bad = CliRunner().invoke(cli, ["export-tmx", "--store", str(store), "--output", str(tmp_path / "x.txt")])
    assert bad.exit_code == 2 and ".tmx" in bad.output


def test_tmx_keeps_xml_valid_with_control_characters():
    zh = Clause(id=1, standard="GB 1-2000", clause="1", text="含\x0b控制符 <和> & 号", lang="zh", side="domestic")
    en = Clause(id=2, standard="ISO 1:2000", clause="1", text="with \x0c control & <tags>", lang="en",
                side="international")
    root = ET.fromstring(pairs_to_tmx([Pair(domestic=zh, international=en, source="confirmed")]))
    segs = [s.text for s in root.iter("seg")]
    assert segs == ["含 控制符 <和> & 号", "with   control & <tags>"]


def test_cli_export_tmx_with_nothing_to_export_says_so(tmp_path):
    """With no confirmed pair (a store freshly matched, nothing reviewed) `export-tmx` wrote a TMX with no unit and
    'wrote 0 translation unit(s)', which a translator then loaded into the CAT tool. It is now refused, saying
    how pairs get confirmed, and nothing is written."""
    from compare.store.store import Store

    store = tmp_path / "store"
    Store.open(store, create=True).close()
    out = tmp_path / "pairs.tmx"
    result = CliRunner().invoke(cli, ["export-tmx", "--store", str(store), "--output", str(out)])
    assert result.exit_code == 2 and not out.exists()
    assert "no pair has been confirmed" in result.output and "stdcompare review" in result.output
    result = CliRunner().invoke(cli, ["export-tmx", "--store", str(store), "--output", str(out), "--top"])
    assert result.exit_code == 2 and not out.exists() and "no domestic clause has a match" in result.output


def test_a_confirmed_pair_whose_limits_differ_is_marked(tmp_path, encoder):
    """A reviewer confirms a counterpart, not a translation of its numbers: GB 2762 4.2 (镉 0.2 mg/kg) confirmed
    against CXS 193 Cadmium 2 (0.4 mg/kg) went into the TMX unmarked, and a CAT tool would offer '0.4' as the
    translation of '0.2'. Such a unit is now marked (x-values differ) with a note naming the two values; a pair
    whose values agree is not."""
    store = tmp_path / "store"
    with running_app(store, encoder) as client:
        for d_cl, i_cl in (("4.1", "Lead 1"), ("4.2", "Cadmium 2")):
            body = {"domestic_standard": "GB 2762-2022", "domestic_clause": d_cl, "international_standard":
                    "CXS 193-1995", "international_clause": i_cl, "decision": "confirmed"}
            assert client.post("/v1/reviews", json=body, headers=AUTH).status_code == 200
        lead, cadmium = check_tmx(client.get("/v1/export.tmx").content)
    assert lead.find("prop[@type='x-values']") is None and lead.find("note") is None
    assert cadmium.find("prop[@type='x-values']").text == "differ"
    note = cadmium.find("note").text
    assert note.startswith("the values differ (≤ 0.2 mg/kg (as Cd) | ≤ 0.4 mg/kg") and "not a translation" in note
    out = tmp_path / "pairs.tmx"
    result = CliRunner().invoke(cli, ["export-tmx", "--store", str(store), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "note: 1 confirmed pair(s) have limits that differ" in result.stderr
