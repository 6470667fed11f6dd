"""Finding counterparts: search with filters, list matching, margin scoring, ranking, 1:1 assignment, hybrid
signals, alignment of two standards, and reconciliation decisions."""
