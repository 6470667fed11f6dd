"""The domain: clauses, matching, indicator comparison, adoption statistics, and the file formats users bring."""
