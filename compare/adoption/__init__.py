"""The international-standard adoption rate: catalogues, links from international standards to their domestic
adoptions, the rate per ICS field against the Outline's target, and the adoption workbook."""
