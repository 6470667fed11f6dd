"""Matching on the shipped sample data: the right counterpart first for at least 90 % of the domestic list."""

from __future__ import annotations

import csv

import pytest

from compare.matching.lists import match_rows, search_text
from compare.io.readers import open_table
from compare.terms.termbase import load_termbase, term_agreement
from tests.conftest import DATA


def answer_key():
    with (DATA / "domestic_clauses.csv").open(encoding="utf-8") as fh:
        return [(r["counterpart_standard"], r["counterpart_clause"]) for r in csv.DictReader(fh)]


def test_domestic_list_finds_the_right_counterpart_first(sample_store, encoder):
    results = list(match_rows(open_table(DATA / "domestic_list.xlsx").rows(), sample_store, encoder, top_k=5))
    key = answer_key()
    assert len(results) == len(key) == 52
    assert [r.row.row for r in results] == list(range(1, 53))
    first = [(r.matches[0].clause.standard, r.matches[0].clause.clause) for r in results]
    accuracy = sum(f == k for f, k in zip(first, key)) / len(key)
    in_top5 = sum(k in [(c.clause.standard, c.clause.clause) for c in r.matches] for r, k in zip(results, key))
    print(f"sample data: accuracy@1 {accuracy:.3f}, recall@5 {in_top5 / len(key):.3f}")
    assert accuracy >= 0.90
    assert all(r.target_side == "international" for r in results)
    assert all(0 <= c.score <= 100 for r in results for c in r.matches)
    assert all(a.score >= b.score for r in results for a, b in zip(r.matches, r.matches[1:]))


def test_the_termbase_signal_is_what_lifts_accuracy(sample_store, encoder):
    from compare.matching.ranking import Ranking

    rows = list(open_table(DATA / "domestic_list.xlsx").rows())
    key = answer_key()

    def accuracy(weight, method="margin"):
        # the lexical channel off: the termbase alone is measured
        results = match_rows(rows, sample_store, encoder, top_k=1, term_weight=weight,
                             ranking=Ranking(method=method, lexical=0.0))
        return sum((r.matches[0].clause.standard, r.matches[0].clause.clause) == k for r, k in zip(results, key))

    raw, margin, with_terms = accuracy(0.0, "cosine"), accuracy(0.0), accuracy(0.4)
    print(f"sample data, right counterpart first: raw cosine {raw}/52, margin {margin}/52, "
          f"margin + termbase {with_terms}/52")
    assert with_terms > margin >= raw


def test_an_english_clause_finds_its_chinese_counterpart(sample_store, encoder):
    result = search_text("Lead: the maximum level for cereal grains is 0.2 mg/kg", sample_store, encoder, top_k=3)
    assert result.target_side == "domestic"
    best = result.matches[0].clause
    assert best.lang == "zh" and best.standard == "GB 2762-2022" and "谷物" in best.text


def test_termbase_finds_concepts_in_both_languages():
    tb = load_termbase()
    zh = tb.concepts_in("无机砷（以As计）限量：糙米 0.2 mg/kg")
    en = tb.concepts_in("Arsenic, inorganic: husked rice, maximum level 0.35 mg/kg")
    assert {"inorganic_arsenic", "arsenic", "husked_rice", "rice"} <= zh
    assert zh == en
    assert "cadmium" not in tb.concepts_in("Leakage currents shall not exceed 0.75 mA")
    assert tb.concepts_in("Leakage currents shall not exceed 0.75 mA") >= {"leakage_current"}
    assert term_agreement(frozenset(), frozenset()) == 0.0
    assert term_agreement(frozenset({"lead"}), frozenset({"lead", "milk"})) == 0.5


def test_a_user_termbase_adds_terms(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text("concept,zh,en\nrated_frequency,额定频率,rated frequency\n", encoding="utf-8")
    assert "rated_frequency" in load_termbase(str(path)).concepts_in("额定频率为50 Hz")
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    from compare.core.errors import InputFileError

    with pytest.raises(InputFileError, match="concept, zh, en"):
        load_termbase(str(bad))


def test_termbase_pattern_finds_the_longest_term_as_an_alternation_would():
    # The terms are compiled into a trie-shaped pattern for speed; it must find exactly what a plain
    # longest-first alternation of the same terms finds, on clause text of both languages.
    import re

    from compare.terms.termbase import _CJK, Termbase, trie_pattern

    tb = load_termbase()
    zh_terms = sorted((t for t in tb._lookup if _CJK.search(t)), key=len, reverse=True)
    en_terms = sorted((t for t in tb._lookup if not _CJK.search(t)), key=len, reverse=True)
    plain = Termbase(concepts=tb.concepts, parents=tb.parents, _lookup=tb._lookup, _symbols=tb._symbols,
                     _zh=re.compile("|".join(map(re.escape, zh_terms)), re.IGNORECASE),
                     _en=re.compile(r"(?<![A-Za-z0-9])(" + "|".join(map(re.escape, en_terms))
                                    + r")(?:s|es)?(?![A-Za-z0-9])", re.IGNORECASE))
    texts = [row["text"] for name in ("domestic_clauses.csv", "international_clauses.csv")
             for row in csv.DictReader((DATA / name).open(encoding="utf-8"))]
    texts += [t.upper() + "s" for t in tb._lookup] + [" ".join(tb._lookup), "".join(zh_terms)]
    assert len(texts) > 600
    assert [tb._find(t) for t in texts] == [plain._find(t) for t in texts]
    assert re.fullmatch(trie_pattern(["ab", "abc", "b"]), "abc") and not re.fullmatch(trie_pattern([]), "")


def test_stored_concepts_are_kept_until_the_store_changes(small_store, encoder):
    """The concepts of stored clauses are read once and kept across runs, and read again after an ingest
    changes the side (a clause replaced under the same number gets its new text's concepts)."""
    from compare.matching.lists import stored_concepts
    from compare.store import ClauseRecord
    from compare.terms.grow import store_termbase

    termbase = store_termbase(small_store.path)
    lead = small_store.find_clause("CXS 193-1995", "Lead-1")
    first = stored_concepts(small_store, termbase)([lead.id])
    assert first[lead.id] == termbase.concepts_in(lead.text) and first[lead.id]
    assert stored_concepts(small_store, termbase)([lead.id]) == first
    small_store.ingest([ClauseRecord(standard="CXS 193-1995", clause="Lead-1", lang="en", side="international",
                                     text="Test specimens shall be conditioned at 23 °C")], encoder)
    again = small_store.find_clause("CXS 193-1995", "Lead-1")
    assert stored_concepts(small_store, termbase)([again.id]).get(again.id) == termbase.concepts_in(again.text)
    assert termbase.concepts_in(again.text) != first[lead.id]


def test_stored_numbers_are_read_once_until_the_store_changes(small_store, encoder, monkeypatch):
    """The numbers of stored clauses (the numbers signal) are worked out once across batches and runs, and again
    for a clause an ingest replaced."""
    from compare.matching.lists import stored_numbers
    from compare.matching.signals import numbers_in
    from compare.store import ClauseRecord

    reads = []
    texts = small_store.texts
    monkeypatch.setattr(small_store, "texts", lambda ids: reads.append(set(ids)) or texts(ids))
    lead = small_store.find_clause("CXS 193-1995", "Lead-1")
    assert stored_numbers(small_store)([lead.id]) == {lead.id: numbers_in(lead.text)} and reads == [{lead.id}]
    assert stored_numbers(small_store)([lead.id]) == {lead.id: numbers_in(lead.text)} and len(reads) == 1
    small_store.ingest([ClauseRecord(standard="CXS 193-1995", clause="Lead-1", lang="en", side="international",
                                     text="Test specimens shall be conditioned at 23 °C")], encoder)
    again = small_store.find_clause("CXS 193-1995", "Lead-1")
    assert stored_numbers(small_store)([again.id]) == {again.id: frozenset({23.0})} and len(reads) == 2


def test_half_the_concepts_shared_does_not_outweigh_a_clearly_closer_clause():
    """The termbase re-rank at its default weight: a candidate naming half the query's concepts (lead, not
    cereal) passes one 0.05 closer by cosine that names none, but not one 0.15 closer (at the former weight of
    0.4 it passed both: a shared generic concept outweighed the encoder as the store grew)."""
    from compare.core.model import Clause
    from compare.matching.lists import TERM_WEIGHT, rerank_hits

    query = "谷物中铅的最大限量"
    lead_only = Clause(1, "ISO 1", "1", "Lead: maximum level 0.02 mg/kg.", "en", "international")
    other = Clause(2, "ISO 2", "1", "Maximum levels of the contaminants listed below.", "en", "international")
    clauses = {1: lead_only, 2: other}
    assert rerank_hits(query, [(2, 0.60), (1, 0.55)], clauses, top_k=2)[0][0] == 1
    assert rerank_hits(query, [(2, 0.70), (1, 0.55)], clauses, top_k=2)[0][0] == 2
    assert rerank_hits(query, [(2, 0.70), (1, 0.55)], clauses, top_k=2, weight=0.4)[0][0] == 1
    assert TERM_WEIGHT < 0.3
