"""The standard a row belongs to as a prior over the other side's standards (compare/matching/standards.py)."""

from __future__ import annotations

import numpy as np
import pytest

from compare.core.errors import StdcompareError
from compare.core.model import InputRow
from compare.matching.lists import match_rows
from compare.matching.ranking import Ranking
from compare.matching.standards import StandardPrior, declared_documents
from compare.store.ingest import ClauseRecord
from compare.store.store import Store

# what each dimension of the keyword encoder stands for, in both languages
CONCEPTS = [("rice", "稻", "大米"), ("maize", "corn", "玉米"), ("moisture", "水分"), ("not more than", "maximum", "不超过"),
            ("quality", "质量"), ("salt", "食用盐")]


class KeywordEncoder:
    """A bag of CONCEPTS as unit vectors (one more dimension for text naming none): deterministic, no model."""

    name, dimension = "keywords-test", len(CONCEPTS) + 1

    def encode(self, texts, role="document"):
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for i, text in enumerate(texts):
            folded = text.lower()
            for j, words in enumerate(CONCEPTS):
                out[i, j] = sum(folded.count(w) for w in words)
            out[i, -1] = 0.2
            out[i] /= np.linalg.norm(out[i])
        return out


INTERNATIONAL = [
    ClauseRecord("CXS 198-1995", "3.1.1", "Moisture content: 15 % m/m.", "en", "international", "Standard for Rice"),
    ClauseRecord("CXS 153-1985", "3.2.1", "Moisture content: not more than 15.0 %, maximum.", "en", "international",
                 "Standard for Maize (Corn)"),
    ClauseRecord("CXS 150-1985", "3.1", "Food grade salt: NaCl not less than 97 %.", "en", "international",
                 "Standard for Food Grade Salt"),
    ClauseRecord("ISO 9001:2015", "8.5.1", "Control of production and service provision.", "en", "international",
                 "Quality management systems — Requirements"),
]
RICE = "水分含量不超过14.5 %。"  # a rice standard's clause that never says rice


@pytest.fixture()
def store(tmp_path):
    with Store.open(tmp_path / "store", create=True) as store:
        store.ingest(INTERNATIONAL + [ClauseRecord("GB/T 1354-2018", "4.1", RICE, "zh", "domestic", "大米")],
                     KeywordEncoder())
        yield store


def first_standards(store, rows, weight):
    ranking = Ranking(standards=weight, lexical=0.0, numbers=0.0, documents=0.0)
    return [r.matches[0].clause.standard for r in match_rows(rows, store, KeywordEncoder(), ranking=ranking,
                                                             term_weight=0.0, target_side="international")]


def test_the_title_of_a_rows_standard_brings_the_counterpart_standard_first(store):
    row = InputRow(1, 1, RICE, standard="GB/T 1354-2018", title="大米 质量指标")
    # the maize clause says "not more than" as the row does: first on the clause alone
    assert first_standards(store, [row], 0.0) == ["CXS 153-1985"]
    assert first_standards(store, [row], 0.3) == ["CXS 198-1995"]


def test_a_row_without_a_title_takes_the_title_the_store_holds_for_its_standard(store):
    row = InputRow(1, 1, RICE, standard="GB/T 1354-2018")
    assert first_standards(store, [row], 0.3) == ["CXS 198-1995"]
    # another standard the store does not hold, no title: nothing to go on
    assert first_standards(store, [InputRow(1, 1, RICE, standard="GB 1350-2009")], 0.3) == ["CXS 153-1985"]


def test_a_row_naming_no_standard_is_left_as_it_is(store):
    rows = [InputRow(1, 1, RICE, title="大米"), InputRow(2, 2, RICE, standard="Tatoeba cmn", title="大米")]
    assert first_standards(store, rows, 0.3) == ["CXS 153-1985", "CXS 153-1985"]


def test_the_prior_is_soft_a_clause_far_nearer_still_leads(store):
    # the salt clause against the rice standard's title: the rice clause gains 0.3 but is nowhere near salt
    row = InputRow(1, 1, "食用盐：氯化钠不少于97 %。", standard="GB/T 1354-2018", title="大米")
    assert first_standards(store, [row], 0.3) == ["CXS 150-1985"]


def test_a_declared_adoption_is_a_prior_of_one_without_any_title(store):
    prior = StandardPrior(store, "international", KeywordEncoder(), 0.1)
    row = InputRow(1, 1, "生产和服务提供的控制", standard="GB/T 19001-2016/ISO 9001:2015")
    assert declared_documents(row) == ["ISO 9001"]
    (found,) = prior.priors([row])
    assert found["ISO 9001"] == 1.0
    noted = InputRow(1, 1, "x", standard="GB/T 2918-2018", title="塑料 试样状态调节和试验的标准环境 (ISO 291:2008, MOD)")
    assert declared_documents(noted) == ["ISO 291"]


def test_titles_within_the_spread_share_the_prior_falling_from_the_best(store):
    prior = StandardPrior(store, "international", KeywordEncoder(), 0.1, spread=2.0)
    (found,) = prior.priors([InputRow(1, 1, RICE, standard="GB/T 1354-2018", title="大米 质量")])
    assert found["CXS 198"] == 1.0
    assert 0 < found["ISO 9001"] < 1.0  # "quality" is half the row's title
    (narrow,) = StandardPrior(store, "international", KeywordEncoder(), 0.1, spread=0.01).priors(
        [InputRow(1, 1, RICE, standard="GB/T 1354-2018", title="大米")])
    assert narrow == {"CXS 198": 1.0}


def test_the_weight_is_checked():
    with pytest.raises(StdcompareError):
        Ranking(standards=1.5)
    # off by default: measured, no gain (docs/matching-quality.md, "Eighth round: the standard a clause belongs to")
    assert Ranking().standards == 0.0
