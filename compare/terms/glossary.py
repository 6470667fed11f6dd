"""A small zh/en glossary of the quantities standards limit: a cheap first signal for pairing parameters
across languages before the encoder is asked. Each concept maps to the names it is written under."""

from __future__ import annotations

import functools
import re

# concept -> names (English and Chinese). A longer name wins over a shorter one it contains
# (亚硝酸盐 over 硝酸盐, methylmercury over mercury), so both can be listed.
CONCEPTS: dict[str, tuple[str, ...]] = {
    # contaminants (GB 2762 / CXS 193)
    "lead": ("lead", "铅"),
    "cadmium": ("cadmium", "镉"),
    "mercury": ("mercury", "total mercury", "汞", "总汞"),
    "methylmercury": ("methylmercury", "methyl mercury", "甲基汞"),
    "arsenic": ("arsenic", "total arsenic", "砷", "总砷"),
    "inorganic arsenic": ("inorganic arsenic", "无机砷"),
    "tin": ("tin", "inorganic tin", "锡", "无机锡"),
    "chromium": ("chromium", "铬"),
    "nickel": ("nickel", "镍"),
    "aluminium": ("aluminium", "aluminum", "铝"),
    "copper": ("copper", "铜"),
    "zinc": ("zinc", "锌"),
    "iron": ("iron", "铁"),
    "manganese": ("manganese", "锰"),
    "selenium": ("selenium", "硒"),
    "boron": ("boron", "硼"),
    "barium": ("barium", "钡"),
    "antimony": ("antimony", "锑"),
    "uranium": ("uranium", "铀"),
    "fluoride": ("fluoride", "氟化物"),
    "nitrate": ("nitrate", "硝酸盐"),
    "nitrite": ("nitrite", "亚硝酸盐"),
    "cyanide": ("cyanide", "氰化物"),
    "bromate": ("bromate", "溴酸盐"),
    "chlorite": ("chlorite", "亚氯酸盐"),
    "chlorate": ("chlorate", "氯酸盐"),
    "aflatoxin b1": ("aflatoxin b1", "黄曲霉毒素b1"),
    "aflatoxin m1": ("aflatoxin m1", "黄曲霉毒素m1"),
    "total aflatoxins": ("total aflatoxins", "aflatoxins, total", "aflatoxins total", "黄曲霉毒素总量"),
    "ochratoxin a": ("ochratoxin a", "赭曲霉毒素a"),
    "deoxynivalenol": ("deoxynivalenol", "don", "脱氧雪腐镰刀菌烯醇"),
    "zearalenone": ("zearalenone", "玉米赤霉烯酮"),
    "patulin": ("patulin", "展青霉素"),
    "fumonisins": ("fumonisins", "伏马毒素"),
    "benzo[a]pyrene": ("benzo[a]pyrene", "苯并[a]芘"),
    "melamine": ("melamine", "三聚氰胺"),
    "histamine": ("histamine", "组胺"),
    # pesticides (GB 2763 / Codex MRLs)
    "acetamiprid": ("acetamiprid", "啶虫脒"),
    "glufosinate": ("glufosinate", "glufosinate-ammonium", "草铵膦"),
    "imidacloprid": ("imidacloprid", "吡虫啉"),
    "oxamyl": ("oxamyl", "杀线威"),
    "chlorpyrifos": ("chlorpyrifos", "毒死蜱"),
    "glyphosate": ("glyphosate", "草甘膦"),
    "carbendazim": ("carbendazim", "多菌灵"),
    "abamectin": ("abamectin", "阿维菌素"),
    "cypermethrin": ("cypermethrin", "氯氰菊酯"),
    "2,4-d": ("2,4-d", "2,4-滴"),
    "paraquat": ("paraquat", "百草枯"),
    "difenoconazole": ("difenoconazole", "苯醚甲环唑"),
    "thiamethoxam": ("thiamethoxam", "噻虫嗪"),
    "chlorantraniliprole": ("chlorantraniliprole", "氯虫苯甲酰胺"),
    "azoxystrobin": ("azoxystrobin", "嘧菌酯"),
    "acceptable daily intake": ("acceptable daily intake", "adi", "每日允许摄入量"),
    # drinking water (GB 5749 / WHO guidelines)
    "turbidity": ("turbidity", "浑浊度", "浊度"),
    "ph": ("ph", "ph值"),
    "total hardness": ("total hardness", "总硬度"),
    "total dissolved solids": ("total dissolved solids", "溶解性总固体"),
    "chloroform": ("chloroform", "三氯甲烷"),
    "free chlorine": ("free chlorine", "游离氯"),
    "benzene": ("benzene", "苯"),
    "formaldehyde": ("formaldehyde", "甲醛"),
    "microcystin-lr": ("microcystin-lr", "微囊藻毒素-lr"),
    "total coliforms": ("total coliforms", "总大肠菌群"),
    "escherichia coli": ("escherichia coli", "e. coli", "大肠埃希氏菌"),
    "colony count": ("total bacterial count", "colony count", "菌落总数"),
    # electrical appliances (GB 4706.1 / IEC 60335-1)
    "rated voltage": ("rated voltage", "额定电压"),
    "rated current": ("rated current", "额定电流"),
    "rated power input": ("rated power input", "rated power", "额定输入功率", "额定功率"),
    "leakage current": ("leakage current", "泄漏电流"),
    "electric strength": ("electric strength", "电气强度"),
    "insulation resistance": ("insulation resistance", "绝缘电阻"),
    "creepage distance": ("creepage distance", "creepage distances", "爬电距离"),
    "clearance": ("clearance", "clearances", "电气间隙"),
    "temperature rise": ("temperature rise", "温升"),
    "cross-sectional area": ("cross-sectional area", "nominal cross-sectional area", "横截面积", "截面积"),
    "test voltage": ("test voltage", "试验电压"),
    "earth resistance": ("resistance of the earthing connection", "earthing resistance", "接地电阻"),
    "supply cord length": ("supply cord length", "length of the supply cord", "电源软线长度"),
    "frequency": ("frequency", "频率"),
    # limits and fits (GB/T 1800 / ISO 286)
    "standard tolerance": ("standard tolerance", "标准公差"),
    "upper deviation": ("upper limit deviation", "upper deviation", "上极限偏差", "上偏差"),
    "lower deviation": ("lower limit deviation", "lower deviation", "下极限偏差", "下偏差"),
    "fundamental deviation": ("fundamental deviation", "基本偏差"),
    "nominal size": ("nominal size", "公称尺寸"),
    "surface roughness": ("surface roughness", "表面粗糙度"),
    # test conditions and food composition
    "temperature": ("temperature", "ambient temperature", "温度", "环境温度"),
    "relative humidity": ("relative humidity", "相对湿度"),
    "test duration": ("test duration", "duration", "试验时间", "持续时间"),
    "moisture": ("moisture", "water content", "水分"),
    "protein": ("protein", "蛋白质"),
    "fat": ("fat", "脂肪"),
    "ash": ("ash", "灰分"),
    "acid value": ("acid value", "酸价"),
    "peroxide value": ("peroxide value", "过氧化值"),
}


@functools.lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, str]]:
    owner = {name.lower(): concept for concept, names in CONCEPTS.items() for name in names}
    parts = []
    for name in sorted(owner, key=len, reverse=True):
        escaped = re.escape(name)
        # Latin names must stand as words ("tin" not in "testing"); Chinese names have no word breaks.
        parts.append(rf"(?<![a-z]){escaped}(?:s|es)?(?![a-z])" if name[0].isascii() else escaped)
    return re.compile("|".join(parts)), owner


@functools.lru_cache(maxsize=20000)
def concept_of(parameter: str) -> str | None:
    """The glossary concept named in a parameter ('大米中镉的限量' -> 'cadmium'), or None.

    The longest name wins where names overlap ('temperature rise' over 'temperature', 亚硝酸盐 over 硝酸盐);
    of several names, the last one written, nearest the value, wins.
    """
    pattern, owner = _pattern()
    found = [_singular(m.group(0), owner) for m in pattern.finditer(parameter.lower())]
    # A food component named as the commodity ('edible fats and oils') yields to the substance limited in it.
    strong = [c for c in found if c not in WEAK]
    return (strong or found or [None])[-1]


def _singular(name: str, owner: dict[str, str]) -> str:
    # A plural ('nominal sizes') is looked up as its singular.
    return owner.get(name) or owner.get(name[:-1]) or owner[name[:-2]]


# Concepts that also name commodities or contexts; any other concept in the same name wins over them.
WEAK = {"fat", "protein", "ash", "moisture"}


# Concepts that are one form of a substance: they pair with it, and the form is then compared.
PARENT = {"inorganic arsenic": ("arsenic", "inorganic"), "methylmercury": ("mercury", "methyl"),
          "total aflatoxins": ("total aflatoxins", "total")}
# Substances whose limits depend on the chemical form; a form not written is the total.
FORM_SUBSTANCES = {"arsenic", "mercury", "chromium", "tin"}
_FORMS = [(re.compile(r"无机|inorganic", re.I), "inorganic"),
          (re.compile(r"六价|hexavalent|Cr\s*\(?VI\)?", re.I), "hexavalent"),
          (re.compile(r"三价|trivalent|Cr\s*\(?III\)?", re.I), "trivalent"),
          (re.compile(r"甲基|methyl", re.I), "methyl"),
          (re.compile(r"总(?=[\u4e00-\u9fff])|(?<![a-z])total(?![a-z])", re.I), "total")]


def base_concept(concept: str | None) -> str | None:
    """The substance a concept is a form of ('inorganic arsenic' -> 'arsenic'), or the concept itself."""
    return PARENT.get(concept, (concept, None))[0] if concept else None


def form_of(concept: str | None, text: str) -> str | None:
    """The chemical form of a substance named in `text` ('无机砷' -> 'inorganic'), or None if not stated."""
    if concept in PARENT:
        return PARENT[concept][1]
    if base_concept(concept) not in FORM_SUBSTANCES:
        return None
    for pattern, form in _FORMS:
        if pattern.search(text):
            return form
    return None
