"""Synthetic but realistic clauses for benchmarks: limits of real contaminants in real foods, in the
wording of Codex/ISO (English) and GB (Chinese), with varied values and clause numbers."""

from __future__ import annotations

import csv
import random
from pathlib import Path

SUBSTANCES = [("lead", "铅", "Pb"), ("cadmium", "镉", "Cd"), ("mercury", "汞", "Hg"), ("inorganic arsenic", "无机砷", "As"),
              ("tin", "锡", "Sn"), ("chromium", "铬", "Cr"), ("nickel", "镍", "Ni"), ("aflatoxin B1", "黄曲霉毒素B1", ""),
              ("ochratoxin A", "赭曲霉毒素A", ""), ("deoxynivalenol", "脱氧雪腐镰刀菌烯醇", ""), ("patulin", "展青霉素", ""),
              ("zearalenone", "玉米赤霉烯酮", ""), ("imidacloprid", "吡虫啉", ""), ("acetamiprid", "啶虫脒", ""),
              ("chlorpyrifos", "毒死蜱", ""), ("carbendazim", "多菌灵", ""), ("glyphosate", "草甘膦", ""),
              ("nitrate", "硝酸盐", "NO3"), ("nitrite", "亚硝酸盐", "NO2"), ("fluoride", "氟化物", "")]
FOODS = [("cereal grains", "谷物"), ("polished rice", "大米"), ("husked rice", "糙米"), ("wheat", "小麦"),
         ("maize", "玉米"), ("leafy vegetables", "叶菜蔬菜"), ("brassica vegetables", "芸薹类蔬菜"),
         ("potatoes", "马铃薯"), ("tomatoes", "番茄"), ("apples", "苹果"), ("grapes", "葡萄"), ("citrus fruits", "柑橘"),
         ("fruit juices", "果汁"), ("raw milk", "生乳"), ("infant formula", "婴幼儿配方食品"), ("meat of cattle", "畜肉"),
         ("poultry meat", "禽肉"), ("edible offal", "畜禽内脏"), ("fish", "鱼类"), ("bivalve molluscs", "双壳贝类"),
         ("edible oils", "食用植物油"), ("peanuts", "花生"), ("tea", "茶叶"), ("canned foods", "罐头食品"),
         ("drinking water", "生活饮用水"), ("natural mineral water", "饮用天然矿泉水"), ("wine", "葡萄酒"),
         ("soybeans", "大豆"), ("edible fungi", "食用菌"), ("eggs", "蛋类")]
EN_TEMPLATES = [
    "{s}: the maximum level for {f} is {v} {u}.",
    "{S} in {f} shall not exceed {v} {u}.",
    "The ML for {s} in {f} is {v} {u}; it applies to the product as marketed.",
    "Maximum residue limit of {s} in {f}: {v} {u}.",
    "{f} shall not contain more than {v} {u} of {s}.",
]
ZH_TEMPLATES = [
    "{f}中{s}{b}的限量为{v} {u}。",
    "{s}{b}限量：{f} {v} {u}。",
    "{f}中{s}含量应不超过{v} {u}。",
    "{f}中{s}{b}≤{v} {u}。",
    "{s}在{f}中的最大残留限量：{v} {u}。",
]
UNITS = ["mg/kg", "μg/kg", "mg/L"]


def _value(rng: random.Random) -> str:
    return rng.choice(["0.01", "0.02", "0.05", "0.1", "0.2", "0.3", "0.5", "1", "2", "5", "10", "20", "50", "100"])


def international_rows(n: int, seed: int = 1) -> list[list[str]]:
    rng = random.Random(seed)
    rows = [["standard", "clause", "text"]]
    for i in range(n):
        s, _, _ = rng.choice(SUBSTANCES)
        f, _ = rng.choice(FOODS)
        text = rng.choice(EN_TEMPLATES).format(s=s, S=s[0].upper() + s[1:], f=f, v=_value(rng), u=rng.choice(UNITS))
        rows.append([f"ISO {20000 + i // 40}", f"{i % 40 // 10 + 4}.{i % 10 + 1}", text])
    return rows


def domestic_rows(m: int, seed: int = 2) -> list[list[str]]:
    rng = random.Random(seed)
    rows = [["标准号", "条款号", "条款内容"]]
    for i in range(m):
        s, zs, sym = rng.choice(SUBSTANCES)
        _, zf = rng.choice(FOODS)
        basis = f"（以{sym}计）" if sym and rng.random() < 0.5 else ""
        text = rng.choice(ZH_TEMPLATES).format(s=zs, f=zf, b=basis, v=_value(rng), u=rng.choice(UNITS))
        rows.append([f"GB {30000 + i // 40}-2024", f"{i % 40 // 10 + 4}.{i % 10 + 1}", text])
    return rows


def write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path
