"""Reference conditions a clause's limits are stated on: the basis of a limit, never a limit of their own.

A limit on a feed is computed for a feed of 12 % moisture, a methanol limit per litre of pure alcohol, a migration
limit for one food simulant, a gas volume at 20 °C and 101,325 kPa, a radiated emission at a measuring distance of
10 m. Each construction below finds one kind in the folded text and gives a `Reference`: the basis it adds to the
clause's limits of the dimensions it concerns ('ref. moisture 12 %'), and the spans of its numbers, which are read
as that basis and hidden from the value reader. Two limits on different references are different requirements
(compare.indicators.verdicts.judge: another basis), never stricter or looser.

- `moisture_reference`:   "以干物质含量88 %为基础计算", "relative to a feed with a moisture content of 12 %" -> 'ref. moisture 12 %'
- `alcohol_reference`:    "按100 %酒精度折算", "per hectolitre of 100 % vol. alcohol" -> 'ref. alcohol 100 % vol'
- `simulant_reference`:   "以4 %（体积分数）乙酸为食品模拟物", "with 5 g/l citric acid as the food simulant",
                          "Test media: … citric acid solution 5 g/l" -> 'ref. simulant acetic acid 4 %'
- `gas_reference`:        "标准参比条件是101.325 kPa，20 ℃", "expressed at the reference conditions 15 °C and 101,325 kPa"
                          -> 'ref. conditions 20 °C'
- `distance_reference`:   "在10 m测量距离处", "measurement distance 3 m" -> 'ref. distance 10 m'
- `plane_reference`:      "参考平面及其高度为0.75 m水平面", "on a 0,85 m horizontal plane" -> 'ref. plane 0.75 m' for the
                          illuminance limits
- `strength_ages`:            "3 d ≥17.0 MPa，28 d ≥42.5 MPa", "strength at 2 days ≥ 10,0 MPa" -> 'ref. age 3 d' for the
                          strength limits after each age only
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from compare.indicators.numbers import read_number

_N = r"\d+(?:[.,]\d+)?"
_MASS_FRACTION = frozenset({"dimensionless", "[mass] / [length] ** 3"})
_PER_VOLUME = frozenset({"[mass] / [length] ** 3", "[mass] / [length] / [time] ** 2"})  # (a mole fraction is on none)
# Dimensions a reference never applies to: the conditions of a test themselves.
_CONDITIONS = frozenset({"[temperature]", "[time]", "[length]"})


@dataclass(frozen=True)
class Reference:
    basis: str | None  # None: the numbers are hidden, no basis is added (what the reference is could not be read)
    spans: tuple[tuple[int, int], ...]
    dimensions: frozenset[str] | None = None  # None: every dimension but the conditions'
    region: tuple[int, int] | None = None  # None: the whole clause; else the values starting inside it only

    def applies_to(self, dimension: str, at: int | None = None) -> bool:
        if self.region is not None and at is not None and not self.region[0] <= at < self.region[1]:
            return False
        if self.dimensions is None:
            return dimension not in _CONDITIONS
        return dimension in self.dimensions


def _number(text: str) -> float:
    """A value matched by _N (one separator, no spaces), read by the one number grammar: a reference
    condition's comma is decimal ('101,325 kPa', '4,5 %')."""
    return read_number(text, decimal_comma=True)


# ------------------------------------------------------------------------------------------ moisture

_MOISTURE = re.compile(
    rf"以\s*干物质(?:含量)?\s*(?:为)?\s*(?P<dry>{_N})\s*%\s*(?:的[\u4e00-\u9fff]{{0,6}})?\s*为?(?:基础|基准)"
    rf"|以\s*(?:含)?水(?:分)?(?:含量)?\s*(?:为)?\s*(?P<wet>{_N})\s*%\s*(?:的[\u4e00-\u9fff]{{0,6}})?\s*为?(?:基础|基准)"
    rf"|(?i:(?:relative\s+to|based\s+on|calculated\s+(?:on|for)|expressed\s+(?:on|for))\s+an?\s+[a-z\s]{{0,30}}?"
    rf"with\s+an?\s+(?:moisture|water)\s+content\s+of\s+)(?P<wet2>{_N})\s*%"
    rf"|(?P<dry2>{_N})\s*%\s*(?i:dry\s+matter)")


def moisture_reference(text: str) -> Reference | None:
    """'以干物质含量88 %为基础计算' and 'relative to a feed with a moisture content of 12 %' state one basis: 12 %
    moisture (88 % dry matter). Limits of mass fractions and concentrations are computed on it."""
    if "%" not in text or not ("干物质" in text or "水" in text or "oisture" in text or "ry matter" in text):
        return None
    found = []
    for m in _MOISTURE.finditer(text):
        for group, wet in (("dry", False), ("wet", True), ("wet2", True), ("dry2", False)):
            if m.group(group):
                value = _number(m.group(group))
                found.append((value if wet else 100.0 - value, m.span(group)))
    if not found or len({round(v, 6) for v, _ in found}) != 1:
        return None
    return Reference(f"ref. moisture {found[0][0]:g} %", tuple(s for _, s in found), _MASS_FRACTION)


# ------------------------------------------------------------------------------------------ alcohol

_ALCOHOL = re.compile(rf"按\s*(?P<zh>{_N})\s*%\s*(?:vol)?\s*(?:的)?\s*(?:酒精度|乙醇)\s*(?:折算|计)"
                      rf"|(?i:of\s+)(?P<en>{_N})\s*%\s*(?i:vol\.?|by\s+volume)?\s*(?i:of\s+)?(?i:(?:pure\s+)?alcohol|ethanol)")


def alcohol_reference(text: str) -> Reference | None:
    """'按100 %酒精度折算', 'per hectolitre of 100 % vol. alcohol': a content per volume of pure alcohol."""
    if "%" not in text or not ("酒精" in text or "乙醇" in text or "lcohol" in text or "thanol" in text):
        return None
    found = [(_number(m.group(g)), m.span(g)) for m in _ALCOHOL.finditer(text) for g in ("zh", "en") if m.group(g)]
    if not found or len({v for v, _ in found}) != 1:
        return None
    return Reference(f"ref. alcohol {found[0][0]:g} % vol", tuple(s for _, s in found),
                     frozenset({"[mass] / [length] ** 3"}))


# ------------------------------------------------------------------------------------------ simulants

_SIMULANT = re.compile(
    r"以\s*(?P<zh>[^,;。为]{1,24}?)\s*为\s*(?:食品)?模拟物"
    r"|(?:食品)?模拟物\s*(?::|为|是)\s*(?P<zh2>(?:[^;。()]|\([^()]*\)){1,30})"
    r"|(?i:with\s+)(?P<en>[^,;.]{1,40}?)(?i:\s+as\s+(?:the\s+)?(?:food\s+)?simulants?)"
    r"|(?i:test\s+media|test\s+medium|food\s+simulants?)\s*:\s*(?P<en2>[^;]{1,60}?)(?=\.\s|\.$|;|$)")
_MEDIA = (("acetic acid", re.compile(r"乙酸|醋酸|(?i:acetic\s+acid)")),
          ("citric acid", re.compile(r"柠檬酸|(?i:citric\s+acid)")),
          ("ethanol", re.compile(r"乙醇|(?i:ethanol)")),
          ("olive oil", re.compile(r"橄榄油|(?i:olive\s+oil)")),
          ("tap water", re.compile(r"自来水|(?i:tap\s+water)")))
_STRENGTH = re.compile(rf"(?P<n>{_N})\s*(?P<u>%|g\s*/\s*[lL])")


def simulant_reference(text: str) -> Reference | None:
    """The food simulant or test medium a migration is measured in ('以4 %（体积分数）乙酸为食品模拟物', 'with 5 g/l
    citric acid as the food simulant', 'Test media: … citric acid solution 5 g/l'): its strength is no limit, and two
    limits measured in other media are different requirements. The basis names the media the reader knows, with
    their strength ('ref. simulant acetic acid 4 %'); other media are hidden without a basis."""
    if not ("模拟物" in text or "imulant" in text or "edia" in text or "edium" in text):
        return None
    spans, names = [], []
    for m in _SIMULANT.finditer(text):
        group = next(g for g in ("zh", "zh2", "en", "en2") if m.group(g))
        start = m.start(group)
        words = m.group(group)
        strengths = list(_STRENGTH.finditer(words))
        spans += [(start + s.start(), start + s.end()) for s in strengths]
        media = [(m.start(), name) for name, pattern in _MEDIA for m in pattern.finditer(words)]
        # Each strength goes with the medium named nearest to it ('tap water and citric acid solution 5 g/l').
        strong = {min(media, key=lambda x: abs(x[0] - s.start()))[1]: s for s in strengths} if media else {}
        for _, name in sorted(set(media)):
            s = strong.get(name)
            unit = s.group("u").replace(" ", "") if s else ""
            names.append(f"{name} {_number(s.group('n')):g} {'g/L' if unit[:1] == 'g' else '%'}" if s else name)
    if not spans and not names:
        return None
    return Reference(f"ref. simulant {', '.join(sorted(names))}" if names else None, tuple(spans))


# ------------------------------------------------------------------------------------------ gas volumes

_GAS_HEAD = re.compile(r"(?:标准)?参比条件|(?i:reference\s+conditions?)")
_TEMPERATURE = re.compile(rf"(?P<n>-?{_N})\s*°\s*C")
_PRESSURE = re.compile(rf"(?P<n>\d{{2,3}}(?:[.,]\d+)?)\s*kPa")
_REGION_END = re.compile(r"[;。]|\.\s|\.$")


# An amount per volume of gas ('20 mg/m³', '34.0 MJ/m³', '5 mg/Nm3', '毫克/立方米'), or the volumes named ('体积以参比
# 条件…计', 'volumes are given at'): what reference conditions qualify.
_AMOUNT_PER_VOLUME = re.compile(r"/\s*\(?\s*N?m[³3]|/\s*(?:L|l|dm[³3])(?![A-Za-z])|立方米|体积|(?i:volumes?)")


def gas_reference(text: str) -> Reference | None:
    """'标准参比条件是101.325 kPa，20 ℃', 'Volumes are expressed at the reference conditions 15 °C and 101,325 kPa':
    the temperature and pressure gas volumes are stated at. Limits per volume are on that basis. A clause that
    states no amount per volume ('燃烧参比条件为20 ℃、101.325 kPa', 'the standard reference conditions are 288,15 K and
    101,325 kPa') states the conditions themselves as its requirement: they are its values, hidden from nothing."""
    if not ("参比" in text or "eference condition" in text) or not _AMOUNT_PER_VOLUME.search(text):
        return None
    spans, temperatures = [], set()
    for head in _GAS_HEAD.finditer(text):
        end = _REGION_END.search(text, head.end())
        stop = min(end.start() if end else len(text), head.end() + 60)
        for m in _TEMPERATURE.finditer(text, head.end(), stop):
            spans.append(m.span("n"))
            temperatures.add(_number(m.group("n")))
        spans += [m.span("n") for m in _PRESSURE.finditer(text, head.end(), stop)]
    if not spans:
        return None
    basis = f"ref. conditions {temperatures.pop():g} °C" if len(temperatures) == 1 else None
    return Reference(basis, tuple(spans), _PER_VOLUME)


# ------------------------------------------------------------------------------------------ distances

_DISTANCE = re.compile(rf"在\s*(?P<zh>{_N})\s*m\s*(?:的)?\s*测量距离|测量距离\s*(?:为|是)?\s*(?P<zh2>{_N})\s*m(?![A-Za-z])"
                       rf"|(?i:(?:measurement|measuring|test)\s+distance\s*(?:of|is|:|=)?\s*)(?P<en>{_N})\s*m(?![A-Za-z])")


def _one_value(pattern: re.Pattern, text: str, kind: str) -> Reference | None:
    found = [(_number(m.group(g)), m.span(g)) for m in pattern.finditer(text)
             for g in pattern.groupindex if m.group(g)]
    if not found:
        return None
    values = {v for v, _ in found}
    return Reference(f"ref. {kind} {values.pop():g} m" if len(values) == 1 else None, tuple(s for _, s in found))


def distance_reference(text: str) -> Reference | None:
    """'在10 m测量距离处', 'measurement distance 3 m': where an emission is measured; its limits are on it."""
    if not ("测量距离" in text or "istance" in text):
        return None
    return _one_value(_DISTANCE, text, "distance")


# The plane a lighting quantity is measured on, by its height: '参考平面及其高度为0.75 m水平面', '0.75 m水平面', '（参考平面均为
# 0.75 m水平面）', 'on a 0,85 m horizontal plane'.
_PLANE = re.compile(rf"(?P<zh>{_N})\s*m\s*水平面|(?P<en>{_N})\s*m\s+(?i:horizontal\s+(?:working\s+)?plane)")
_ILLUMINANCE = frozenset({"[luminosity] / [length] ** 2"})


def plane_reference(text: str) -> Reference | None:
    """'参考平面及其高度为0.75 m水平面，照度标准值300 lx': the height of the plane the illuminance is measured on, the
    basis of the illuminance limits, never a limit of its own."""
    if "水平面" not in text and "plane" not in text:
        return None
    ref = _one_value(_PLANE, text, "plane")
    return ref and Reference(ref.basis, ref.spans, _ILLUMINANCE)


# ------------------------------------------------------------------------------------------ test ages

# The age of a specimen written before its strength: '3 d ≥17.0 MPa', '28 d抗压强度 ≥ 42.5 MPa', '2 days ≥ 10,0 MPa',
# 'strength at 28 days ≥ 42,5 MPa', '龄期28 d'. The age is no limit: it is what the strength limits after it hold at.
_AGE = re.compile(r"(?:(?i:at\s+(?:an\s+age\s+of\s+)?)|龄期\s*(?:为)?\s*)?(?<![\d.,])(?P<n>\d{1,3})\s*(?P<u>d|天|(?i:days?))(?![A-Za-z])"
                  r"(?=\s*(?:抗压|抗折|抗拉|强度|[≥≤>]|(?i:compressive|flexural|tensile|strength)))")
_AGE_END = re.compile(r"[;。]|\.\s|\.$")
_STRESS = frozenset({"[mass] / [length] / [time] ** 2"})


def strength_ages(text: str) -> list[Reference]:
    """Each age a strength is stated at ('3 d ≥17.0 MPa，28 d ≥42.5 MPa'): 'ref. age 3 d' for the strength limits after
    it, up to the next age or the end of the sentence. Two strengths at other ages are different requirements; the
    age itself is hidden from the value reader."""
    if not ("d" in text or "天" in text or "ay" in text) or "MPa" not in text and "N/mm" not in text:
        return []
    ages = list(_AGE.finditer(text))
    out = []
    for k, m in enumerate(ages):
        end = _AGE_END.search(text, m.end())
        stop = min(end.start() if end else len(text), ages[k + 1].start() if k + 1 < len(ages) else len(text))
        out.append(Reference(f"ref. age {int(m.group('n'))} d", (m.span("n"),), _STRESS, (m.end(), stop)))
    return out


def reference_conditions(text: str) -> list[Reference]:
    """Every reference above that the text states."""
    found = (moisture_reference(text), alcohol_reference(text), simulant_reference(text), gas_reference(text),
             distance_reference(text), plane_reference(text))
    return [r for r in found if r is not None] + strength_ages(text)
