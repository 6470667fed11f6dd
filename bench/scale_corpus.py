"""Standard-like clause text at scale, for bench/bench_scale.py: English international clauses and Chinese
domestic queries written from templates over real vocabularies.

Vocabularies: the contaminants, foods and units of bench/synthetic.py; the pesticides, residue definitions and
foods of GB 2763.1-2022 (the shared gb2763-mrl data, /work/shared/data/gb2763-mrl, used when present and
skipped politely when not); and hand-written lists of electrical, materials and test-method quantities with the
units and value ranges such clauses use. Every generated English clause is distinct; the generator stops with a
clear message if the vocabularies cannot give as many distinct clauses as asked.
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import FOODS, SUBSTANCES, UNITS, ZH_TEMPLATES  # noqa: E402  (bench/synthetic.py)

SHARED_MRL = Path(os.environ.get("STDCOMPARE_SHARED_DATA", "/work/shared/data")) / "gb2763-mrl" / \
    "gb2763_1_2022_mrls_usda_en.json"

LIMIT_VALUES = ["0.001", "0.002", "0.005", "0.01", "0.02", "0.03", "0.05", "0.1", "0.2", "0.3", "0.5", "1", "1.5",
                "2", "3", "5", "7", "10", "15", "20", "30", "50", "100", "200"]
FOOD_TEMPLATES = [
    "{S}: the maximum level for {f} is {v} {u}.",
    "{S} in {f} shall not exceed {v} {u}.",
    "The ML for {s} in {f} is {v} {u}; it applies to the product as marketed.",
    "Maximum residue limit of {s} in {f}: {v} {u}.",
    "{F} shall not contain more than {v} {u} of {s}.",
    "The maximum residue limit (MRL) of {s} in {f} is {v} {u}, expressed as {r}.",
    "For {f}, the level of {s} shall be not greater than {v} {u} ({r}).",
    "{S} (residue definition: {r}) in {f}: MRL {v} {u}{t}.",
    "When determined by the method in {m}, the {s} content of {f} shall not exceed {v} {u}.",
    "The limit for {s} applies to {f} on a {b} basis and is {v} {u}.",
]
BASES = ["fresh weight", "dry weight", "whole commodity", "edible portion", "as consumed", "fat"]
METHODS = ["ISO 6579-1", "ISO 16050", "EN 15662", "ISO 15141", "AOAC 2007.01", "EN 14083", "ISO 27085",
           "ISO 11885", "EN 13806", "ISO 17294-2"]

PRODUCTS = ["household electric kettles", "electric irons", "vacuum cleaners", "dishwashers", "washing machines",
            "room air conditioners", "refrigerating appliances", "microwave ovens", "induction hobs", "hair dryers",
            "electric blankets", "instantaneous water heaters", "storage water heaters", "battery chargers",
            "portable power tools", "luminaires for road lighting", "LED modules", "power supply units",
            "information technology equipment", "audio and video apparatus", "cable reels", "plugs and sockets",
            "switches for fixed installations", "residual current devices", "circuit-breakers", "power cords",
            "electric fences", "sauna heating appliances", "aquarium heaters", "electric toys",
            "photovoltaic inverters", "electric vehicle chargers", "low-voltage switchgear", "surge protective devices",
            "uninterruptible power systems", "medical electrical equipment", "smoke alarms", "electric motors",
            "transformers for general use", "heat pumps"]
ELECTRICAL = [
    ("insulation resistance", "not less than", ["0.5", "1", "2", "5", "7", "10", "50", "100"], "MΩ"),
    ("leakage current", "not more than", ["0.25", "0.5", "0.75", "1", "3.5", "5", "10"], "mA"),
    ("electric strength test voltage", "of", ["500", "1000", "1250", "1500", "2500", "3000", "3750", "4000"], "V"),
    ("temperature rise of the windings", "not more than", ["40", "55", "60", "75", "80", "95", "105"], "K"),
    ("creepage distance", "at least", ["1.5", "2", "2.5", "3", "4", "5", "6.3", "8"], "mm"),
    ("clearance", "at least", ["0.5", "1", "1.5", "2", "3", "4", "5.5"], "mm"),
    ("resistance of the protective earthing conductor", "not more than", ["0.05", "0.1", "0.2", "0.5"], "Ω"),
    ("surface temperature of accessible parts", "not more than", ["45", "55", "60", "70", "85", "100"], "°C"),
    ("standby power", "not more than", ["0.3", "0.5", "1", "2"], "W"),
    ("sound power level", "not more than", ["45", "55", "65", "75", "85"], "dB(A)"),
]
ELECTRICAL_TEMPLATES = [
    "For {p}, the {q} shall be {c} {v} {u}.",
    "The {q} of {p}, measured after the humidity treatment, shall be {c} {v} {u}.",
    "{P} shall be so constructed that the {q} is {c} {v} {u} under normal operation.",
    "Compliance is checked by measurement: the {q} of {p} is {c} {v} {u} at {t} °C.",
    "During the test, the {q} of {p} shall be {c} {v} {u}.",
]
MATERIALS = ["polyethylene pipes", "unplasticized PVC profiles", "steel wire ropes", "hot-rolled steel plates",
             "aluminium alloy extrusions", "copper conductors", "float glass", "ceramic tiles", "gypsum boards",
             "portland cement", "ready-mixed concrete", "wood-based panels", "plywood", "paper and board",
             "cotton woven fabrics", "polyester yarns", "natural rubber latex", "adhesive tapes", "geotextiles",
             "bituminous membranes", "mineral wool insulation", "thermoplastic elastomers", "nylon 66 resins",
             "epoxy coatings", "stainless steel bars", "cast iron pipes", "titanium sheets", "carbon fibre laminates",
             "glass fibre reinforced plastics", "leather for footwear"]
MATERIAL_PROPERTIES = [
    ("tensile strength", "at least", ["20", "35", "50", "120", "235", "355", "450", "600"], "MPa"),
    ("elongation at break", "not less than", ["2", "5", "10", "15", "25", "50", "300"], "%"),
    ("density", "of", ["0.91", "0.94", "1.2", "1.38", "2.5", "7.85"], "g/cm³"),
    ("water absorption", "not more than", ["0.5", "3", "6", "10", "20"], "%"),
    ("moisture content", "not more than", ["5", "8", "10", "12", "15"], "%"),
    ("ash content on a dry basis", "not more than", ["0.5", "1", "3", "5", "10"], "%"),
    ("thermal conductivity at 10 °C", "not more than", ["0.032", "0.035", "0.040", "0.045"], "W/(m·K)"),
    ("flexural modulus", "at least", ["800", "1500", "2500", "9000", "20000"], "MPa"),
    ("thickness tolerance", "within ±", ["0.05", "0.1", "0.2", "0.5", "1"], "mm"),
    ("mass per unit area", "at least", ["80", "120", "200", "300", "500"], "g/m²"),
]
MATERIAL_TEMPLATES = [
    "The {q} of {p} shall be {c} {v} {u}.",
    "When tested in accordance with {m}, {p} shall have a {q} {c} {v} {u}.",
    "{P}: {q}, {c} {v} {u} (see Table {n}).",
    "Each test specimen of {p} shall show a {q} {c} {v} {u}.",
]
METHOD_TEMPLATES = [
    "Dry the test portion of {p} at {t} °C ± 2 °C for {h} h and weigh to the nearest 0.1 mg.",
    "Condition the specimens of {p} at {t} °C and 50 % relative humidity for at least {h} h before testing.",
    "Take at least {h} laboratory samples of {p} and reduce each to a test portion of about {v} g.",
    "Heat the crucible containing {p} in a muffle furnace at {t} °C for {h} h, cool in a desiccator and weigh.",
]


def _shared_mrls() -> list[dict]:
    """The GB 2763.1-2022 limits of the shared data, or [] (with a note) when it is not on this machine."""
    if not SHARED_MRL.is_file():
        print(f"note: {SHARED_MRL} not found; the pesticide vocabulary of GB 2763.1 is left out", file=sys.stderr)
        return []
    return json.loads(SHARED_MRL.read_text(encoding="utf-8"))


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def international_clauses(n: int, seed: int = 7) -> list[tuple[str, str, str]]:
    """`n` distinct English clauses as (standard number, clause number, text)."""
    rng = random.Random(seed)
    mrls = _shared_mrls()
    substances = [(s, f"{s}" if not sym else f"{s} (as {sym})") for s, _, sym in SUBSTANCES]
    substances += sorted({(r["pesticide"], r["residue"]) for r in mrls})
    foods = sorted({f for f, _ in FOODS} | {r["food"].strip().lower() for r in mrls if len(r["food"]) > 2})
    seen: set[str] = set()
    out: list[tuple[str, str, str]] = []
    attempts = 0
    while len(out) < n:
        attempts += 1
        if attempts > 20 * n + 10_000:
            raise SystemExit(f"the vocabularies gave only {len(out)} distinct clauses of the {n} asked; "
                             "ask for fewer distinct clauses")
        family = rng.random()
        if family < 0.5:
            s, r = rng.choice(substances)
            f = rng.choice(foods)
            text = rng.choice(FOOD_TEMPLATES).format(
                s=s, S=_cap(s), f=f, F=_cap(f), r=r, v=rng.choice(LIMIT_VALUES), u=rng.choice(UNITS),
                m=rng.choice(METHODS), b=rng.choice(BASES), t=" (temporary)" if rng.random() < 0.2 else "")
        elif family < 0.75:
            q, c, values, u = rng.choice(ELECTRICAL)
            p = rng.choice(PRODUCTS)
            text = rng.choice(ELECTRICAL_TEMPLATES).format(p=p, P=_cap(p), q=q, c=c, v=rng.choice(values), u=u,
                                                           t=rng.choice(["20", "23", "25", "40"]))
        elif family < 0.95:
            q, c, values, u = rng.choice(MATERIAL_PROPERTIES)
            p = rng.choice(MATERIALS)
            text = rng.choice(MATERIAL_TEMPLATES).format(p=p, P=_cap(p), q=q, c=c, v=rng.choice(values), u=u,
                                                         m=rng.choice(METHODS), n=rng.randint(1, 12))
        else:
            p = rng.choice(MATERIALS + [f for f, _ in FOODS])
            text = rng.choice(METHOD_TEMPLATES).format(p=p, t=rng.choice(["60", "103", "105", "550", "900"]),
                                                       h=rng.choice(["1", "2", "4", "16", "24"]),
                                                       v=rng.choice(["5", "10", "50", "100"]))
        if text in seen:
            continue
        seen.add(text)
        i = len(out)
        block = i // 50  # 50 clauses to a standard
        body = ("ISO", "IEC", "CXS")[block % 3]
        out.append((f"{body} {10000 + block}:{2000 + block % 23}", f"{i % 50 // 10 + 4}.{i % 10 + 1}", text))
    return out


def domestic_queries(n: int, seed: int = 8) -> list[str]:
    """`n` Chinese clause texts (limits of contaminants in foods, worded as GB standards word them)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        s, zs, sym = rng.choice(SUBSTANCES)
        _, zf = rng.choice(FOODS)
        basis = f"（以{sym}计）" if sym and rng.random() < 0.5 else ""
        out.append(rng.choice(ZH_TEMPLATES).format(s=zs, f=zf, b=basis, v=rng.choice(LIMIT_VALUES),
                                                   u=rng.choice(UNITS)))
    return out
