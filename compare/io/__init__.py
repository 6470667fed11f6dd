"""The files users bring and take away: readers (CSV, XLSX, JSONL), writers (JSONL, CSV), the one xlsx cell module,
the review workbook and its reader, TMX, and atomic file writing."""
