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

# Longest cell read from a file, in characters (the JSON API caps clause text at the same number). A clause is
# a paragraph; a longer cell is cut to this with a note, so one cell cannot take the memory of a whole server.
MAX_CELL_CHARS = 20_000
