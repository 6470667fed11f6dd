"""Identifiers a clause names, in either language: chemical elements, ions, common contaminants and food
commodities (from a small bilingual glossary), and codes with digits (NO3, B1, IT7, H7, g6). Sentence encoders blur short
names ("氟化物" lands nearer to "nitrite" than to "fluoride"); exact identifiers do not."""

from __future__ import annotations

import re
import unicodedata

# English canonical name -> Chinese names. General chemistry and food-contaminant vocabulary; longer
# names are matched first so that 亚硝酸盐 (nitrite) is not read as 硝酸盐 (nitrate).
GLOSSARY: dict[str, tuple[str, ...]] = {
    "aluminium": ("铝",), "antimony": ("锑",), "arsenic": ("砷",), "barium": ("钡",), "beryllium": ("铍",),
    "boron": ("硼",), "cadmium": ("镉",), "calcium": ("钙",), "chromium": ("铬",), "cobalt": ("钴",),
    "copper": ("铜",), "iron": ("铁",), "lead": ("铅",), "magnesium": ("镁",), "manganese": ("锰",),
    "mercury": ("汞",), "methylmercury": ("甲基汞",), "molybdenum": ("钼",), "nickel": ("镍",),
    "potassium": ("钾",), "selenium": ("硒",), "silver": ("银",), "sodium": ("钠",), "thallium": ("铊",),
    "tin": ("锡",), "uranium": ("铀",), "zinc": ("锌",), "iodine": ("碘",), "chlorine": ("氯",),
    "fluoride": ("氟化物",), "chloride": ("氯化物",), "cyanide": ("氰化物",), "sulfate": ("硫酸盐",),
    "sulfide": ("硫化物",), "nitrate": ("硝酸盐",), "nitrite": ("亚硝酸盐",), "ammonia": ("氨", "氨氮"),
    "bromate": ("溴酸盐",), "chlorite": ("亚氯酸盐",), "chlorate": ("氯酸盐",), "chloroform": ("三氯甲烷", "氯仿"),
    "benzene": ("苯",), "formaldehyde": ("甲醛",), "phosphate": ("磷酸盐",), "silica": ("二氧化硅",),
    "aflatoxin": ("黄曲霉毒素",), "deoxynivalenol": ("脱氧雪腐镰刀菌烯醇",), "ochratoxin": ("赭曲霉毒素",),
    "patulin": ("展青霉素",), "zearalenone": ("玉米赤霉烯酮",), "fumonisin": ("伏马毒素",),
    "benzo[a]pyrene": ("苯并[a]芘", "苯并(a)芘"), "melamine": ("三聚氰胺",),
    # common food commodities (Codex and GB tables are organised by them)
    "apple": ("苹果",), "pear": ("梨",), "grape": ("葡萄",), "tomato": ("番茄", "西红柿"), "potato": ("马铃薯", "土豆"),
    "rice": ("大米", "稻谷", "糙米"), "wheat": ("小麦",), "maize": ("玉米",), "barley": ("大麦",), "rye": ("黑麦",),
    "peanut": ("花生",), "milk": ("乳", "牛奶"), "egg": ("蛋",), "tea": ("茶叶",), "fish": ("鱼",),
    "citrus": ("柑橘",), "cabbage": ("甘蓝", "卷心菜"), "soybean": ("大豆",), "juice": ("果汁", "果蔬汁"),
}
_EN_FORMS = {"tomatoes": "tomato", "potatoes": "potato", "corn": "maize", "milks": "milk", "juices": "juice",
             "peanuts": "peanut", "eggs": "egg", "soybeans": "soybean", "aluminum": "aluminium", "sulphate": "sulfate", "sulphide": "sulfide", "aflatoxins": "aflatoxin",
             "fumonisins": "fumonisin", "fluorides": "fluoride", "nitrates": "nitrate", "nitrites": "nitrite"}
_ZH_TERMS = sorted(((zh, en) for en, names in GLOSSARY.items() for zh in names), key=lambda t: -len(t[0]))
_EN_WORD = re.compile(r"[a-z][a-z\[\]]*")
_CODE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{1,3}\d{1,3}[A-Za-z]?)(?![A-Za-z0-9])")


def identifiers_in(text: str) -> frozenset[str]:
    """The identifiers a clause names, as canonical lower-case strings."""
    folded = unicodedata.normalize("NFKC", text)
    found = {code.lower() for code in _CODE.findall(folded)}
    rest = folded
    for zh, en in _ZH_TERMS:
        if zh in rest:
            found.add(en)
            rest = rest.replace(zh, " ")
    for word in _EN_WORD.findall(folded.lower()):
        word = _EN_FORMS.get(word, word)
        if word not in GLOSSARY and word.endswith("s"):
            word = word[:-1]  # apples, grapes, pears
        if word in GLOSSARY:
            found.add(word)
    return frozenset(found)

