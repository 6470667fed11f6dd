"""Quantities bounded by their nature, whatever the wording: the units and symbols of lighting floors, the concepts and
termbase fields limited as ceilings. Read by the verdicts (compare/indicators/verdicts.py: a value with no bound word
on both sides) and by the reader (compare/indicators/list_limits.py: a value in a list of limits), so kept below both
(moved here from verdicts.py in the thirtieth round)."""

from __future__ import annotations

import re

# Units that measure one quantity only, a floor by nature: a value in lux is an illuminance, whatever its row is
# named ('业余比赛、专业训练 300 lx' under a head '水平照度', 'class II 200 lx'). (Not cd/m², a luminance, which a glare
# limit bounds from above.)
FLOOR_UNITS = re.compile(r"^\s*(?:lx|lux|勒克斯)\s*$", re.I)


# The general colour rendering index named by its symbol alone ('Ra 80', '显色指数Ra 80', 'Operating theatre: Ra 90'), a
# floor, as the index it names; a roughness written 'Ra' carries its unit ('Ra 3,2 µm') and is no index.
RENDERING_SYMBOL = re.compile(r"(?<![A-Za-z])Ra\s*$")
# An illuminance uniformity named by its symbol alone ('U0 0.60', 'Uo 0,40', the least over the mean illuminance), a
# floor; a cable's rated voltage U0 carries its unit ('U0 0,6 kV') and is no uniformity.
UNIFORMITY_SYMBOL = re.compile(r"(?<![A-Za-z])U[0₀o]\s*$")


# Quantities whose requirement is a ceiling whatever the wording ('泄漏电流为0.75 mA' / 'the leakage current is
# 0.5 mA', 'UGR 19' / 'UGRL 16', '滚球半径为45 m' / 'rolling sphere radius r = 30 m': a smaller sphere reaches more
# of the structure, the higher class of protection): a lower value is the more demanding one. Substances limited as
# contaminants, residues or pollutants are ceilings too ('铅的限量为0.2 mg/kg' / 'the ML for lead is 0.1 mg/kg').
# The pollution load of a waste water is limited as a ceiling too (the thirty-first round, multi30 probe): suspended
# solids, the biochemical and the chemical oxygen demand of an effluent ('一级标准：pH 6～9、悬浮物70 mg/L、五日生化需氧量20
# mg/L'; the open sets key them maxima in every case, dev2 E012, E013, dev4 G028, dev5 H031, dev7 T061, T084; the
# termbase files them under water, with the floors of water quality, dissolved oxygen among them).
CEILINGS_BY_NATURE = frozenset({"leakage_current", "touch_current", "protective_conductor_current",
                                "harmonic_current", "standby_power", "unified_glare_rating", "rolling_sphere_radius",
                                "suspended_solids", "biochemical_oxygen_demand", "chemical_oxygen_demand"})
CEILING_FIELDS = frozenset({"contaminant", "mycotoxin", "pesticide", "veterinary drug", "pollutant"})
