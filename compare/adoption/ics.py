"""The 40 top-level fields of the International Classification for Standards (ICS, ISO 2015 edition), in English
and Chinese, for grouping adoption figures by field."""

from __future__ import annotations

ICS_FIELDS: dict[str, tuple[str, str]] = {
    "01": ("Generalities. Terminology. Standardization. Documentation", "综合、术语学、标准化、文献"),
    "03": ("Services. Company organization, management and quality. Administration. Transport. Sociology",
           "社会学、服务、公司（企业）的组织和管理、行政、运输"),
    "07": ("Natural and applied sciences", "数学、自然科学"),
    "11": ("Health care technology", "医药卫生技术"),
    "13": ("Environment. Health protection. Safety", "环保、保健和安全"),
    "17": ("Metrology and measurement. Physical phenomena", "计量学和测量、物理现象"),
    "19": ("Testing", "试验"),
    "21": ("Mechanical systems and components for general use", "机械系统和通用件"),
    "23": ("Fluid systems and components for general use", "流体系统和通用件"),
    "25": ("Manufacturing engineering", "机械制造"),
    "27": ("Energy and heat transfer engineering", "能源和热传导工程"),
    "29": ("Electrical engineering", "电气工程"),
    "31": ("Electronics", "电子学"),
    "33": ("Telecommunications. Audio and video engineering", "电信、音频和视频工程"),
    "35": ("Information technology", "信息技术"),
    "37": ("Image technology", "成像技术"),
    "39": ("Precision mechanics. Jewellery", "精密机械、珠宝"),
    "43": ("Road vehicles engineering", "道路车辆工程"),
    "45": ("Railway engineering", "铁路工程"),
    "47": ("Shipbuilding and marine structures", "造船和海上建筑物"),
    "49": ("Aircraft and space vehicle engineering", "航空器和航天器工程"),
    "53": ("Materials handling equipment", "材料储运设备"),
    "55": ("Packaging and distribution of goods", "货物的包装和调运"),
    "59": ("Textile and leather technology", "纺织和皮革技术"),
    "61": ("Clothing industry", "服装工业"),
    "65": ("Agriculture", "农业"),
    "67": ("Food technology", "食品技术"),
    "71": ("Chemical technology", "化工技术"),
    "73": ("Mining and minerals", "采矿和矿产品"),
    "75": ("Petroleum and related technologies", "石油及相关技术"),
    "77": ("Metallurgy", "冶金"),
    "79": ("Wood technology", "木材技术"),
    "81": ("Glass and ceramics industries", "玻璃和陶瓷工业"),
    "83": ("Rubber and plastic industries", "橡胶和塑料工业"),
    "85": ("Paper technology", "造纸技术"),
    "87": ("Paint and colour industries", "涂料和颜料工业"),
    "91": ("Construction materials and building", "建筑材料和建筑物"),
    "93": ("Civil engineering", "土木工程"),
    "95": ("Military engineering", "军事工程"),
    "97": ("Domestic and commercial equipment. Entertainment. Sports", "家用和商用设备、文娱、体育"),
}
UNCLASSIFIED = ("Unclassified (no ICS code)", "未分类（无ICS号）")


def field_name(field: str) -> tuple[str, str]:
    """(English, Chinese) name of a two-digit ICS field; an unknown or empty field is 'unclassified'."""
    return ICS_FIELDS.get(field, UNCLASSIFIED)
