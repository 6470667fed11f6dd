"""Policy numbers in one place: defaults users see, thresholds, and the Outline's target.

Settings (api/settings.py) and command-line options may override the defaults; the code below them takes the
values as plain arguments.
"""

from __future__ import annotations

# Counterparts listed per query (CAT tools show at most five hits by default).
TOP_K = 5
# Score (0-100) below which a row of a result workbook has "no counterpart found".
THRESHOLD = 50.0
# Score below which a candidate is never called a match: reconciliation, adoption title links, TMX of best
# matches (the CAT tools' usual minimum).
MATCH_SCORE = 70.0
# Largest list `match` reads, and largest file `ingest` reads.
MAX_ROWS = 100_000
MAX_INGEST_ROWS = 2_000_000
# Longest document (pages) read into clauses; IEC 60335-1 runs to about 300 pages.
MAX_DOCUMENT_PAGES = 1_000

# The National Standardization Development Outline (2021): international-standard adoption rate above 85 %.
ADOPTION_TARGET_PERCENT = 85.0
ADOPTION_TARGET_SOURCE = "National Standardization Development Outline (2021) / 《国家标准化发展纲要》"

# Weight of the lexical channel (compare/matching/lexical_index.py): similarity + weight x BM25 of the query's
# English words scaled to the best of the shortlist, divided by 1 + weight. Measured with bench/bench_growth.py
# (docs/matching-quality.md, "The lexical channel in match and search"): 0.1 helps or ties on every set and store
# size; 0.2 helps the standards sets more but costs Tatoeba 2 points at 10x. 0 switches the channel off.
LEXICAL_WEIGHT = 0.1
# Clauses the lexical channel adds to each dense shortlist: the best by BM25 of the query's English words over
# the whole side, that the encoder did not put among the nearest (then ranked with the shortlist, by every signal).
# 10 chosen on the development parts of bench/bench_growth.py (docs/matching-quality.md, "Candidates by words over
# the whole side").
LEXICAL_CANDIDATES = 10
# How much of each shortlisted clause the query's English words account for (the idf-weighted share of its words
# they hold; compare/matching/lexical.py, `coverage`), for queries naming a termbase concept only: similarity +
# weight x (coverage - the first hit's coverage), after the termbase re-rank (the first hit keeps its score). 0.1
# chosen on the development parts of bench/bench_growth.py (docs/matching-quality.md, "Seventeenth round"). 0: off; nothing without the lexical channel.
COVERAGE_WEIGHT = 0.1

# A second encoder re-scoring the dense shortlist (compare/matching/second_encoder.py), off unless a model is
# named: each candidate loses SECOND_WEIGHT x how far its second-encoder cosine falls below the shortlist's best.
# 2 was chosen for e5 on the development parts of the sets of bench/bench_growth.py (half of Tatoeba, the sample
# list and the alignment set, the dev-derived industrial pairs): of 0.5-10, the most right first there at 1x and 10x
# together, and on no set fewer than without the second encoder; measured on the test parts and the whole curve in
# docs/matching-quality.md ("A second encoder on the shortlist"). Not on by default: encoding with it is far too
# slow for the 10,000-row list target.
SECOND_MODEL = ""
SECOND_WEIGHT = 2.0
# Numbers both clauses carry (compare/matching/signals.py), added to the shortlist's similarity in `match`:
# (similarity + weight x share of shared values) / (1 + weight). Alone at first it cost the sample list clauses at
# 1x (counterparts differ in value on purpose); beside the lexical candidates and the termbase at 0.2, 0.05 lifts
# the standards sets as the store grows and costs no floor (docs/matching-quality.md, "Candidates by words over the
# whole side"). 0.1 since the margin's scale is the query side's (2026-12-04; chosen with TERM_WEIGHT 0.25 on the
# development parts of bench/bench_growth.py at 1x and 10x: docs/matching-quality.md, "Thirteenth round"). 0: off.
NUMBERS_WEIGHT = 0.1
# Rows of one standard in a list: a candidate from a document that none of the standard's other rows has first
# loses this much (cosine scale; compare/matching/documents.py). 0: off.
DOCUMENTS_WEIGHT = 0.1
# The standard a row belongs to (compare/matching/standards.py): a candidate gains this x the prior of its standard
# (1 for a declared adoption or the stored title nearest the row's standard title). 0: off.
STANDARDS_WEIGHT = 0.0

# Longest cell read from a file, in characters (the JSON API caps clause text at the same number). A clause is
# a paragraph; a longer cell is cut to this with a note, so one cell cannot take the memory of a whole server.
MAX_CELL_CHARS = 20_000
