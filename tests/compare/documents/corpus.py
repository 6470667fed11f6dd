"""Two test standards written for these tests around real structures: an international standard on rice
specifications (after the layout of ISO 17301-1) and a Chinese national standard that adopts it with
modifications (MOD): cover, foreword with the adoption statement, introduction, scope, normative references,
terms and definitions, requirements with a table that crosses a page, sampling, test methods, a normative and an
informative annex, notes, bibliography. The wording is ours.

Each document is a list of items; `expected` lists the (number, title) every reader must find, and
`counterparts` the English clause each Chinese one corresponds to.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Clause:
    number: str
    title: str = ""
    paragraphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Term:
    number: str
    term: str
    definition: str
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Note:
    text: str


@dataclass(frozen=True)
class Table:
    number: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    split_at: int = 0  # rows on the first page when the table crosses a page (0: it does not)


@dataclass(frozen=True)
class Annex:
    letter: str
    status: str
    title: str


@dataclass(frozen=True)
class Front:
    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Standard:
    lang: str
    number: str
    title: str
    title_en: str
    cover: tuple[str, ...]
    header: str
    footer: str
    items: tuple = field(default=())

    def expected(self) -> list[tuple[str, str]]:
        """(number, title) of every clause, term and annex, in order."""
        out = []
        for item in self.items:
            if isinstance(item, Clause):
                out.append((item.number, item.title))
            elif isinstance(item, Term):
                out.append((item.number, item.term))
            elif isinstance(item, Annex):
                label = f"附录{item.letter}" if self.lang == "zh" else f"Annex {item.letter}"
                out.append((label, item.title))
        return out

    def tables(self) -> list[Table]:
        return [item for item in self.items if isinstance(item, Table)]


_TABLE_ROWS_EN = (
    ("Moisture content", "15,0", "15,0"),
    ("Extraneous matter: organic", "1,0", "0,5"),
    ("Extraneous matter: inorganic", "0,5", "0,1"),
    ("Paddy", "2,5", "0,3"),
    ("Husked rice in milled rice", "—", "1,0"),
    ("Milled rice in husked rice", "1,0", "—"),
    ("Broken kernels", "5,0", "15,0"),
    ("Chips", "1,0", "1,0"),
    ("Heat-damaged kernels", "3,0", "2,0"),
    ("Damaged kernels", "4,0", "3,0"),
    ("Immature kernels", "12,0", "2,0"),
    ("Chalky kernels", "5,0", "5,0"),
    ("Red kernels and red-streaked kernels", "12,0", "12,0"),
    ("Partly gelatinized kernels", "11,0", "11,0"),
    ("Glutinous rice", "1,0", "1,0"),
    ("Insect-damaged kernels", "0,5", "0,3"),
)
_TABLE_ROWS_ZH = (
    ("水分", "15.0", "15.0"),
    ("杂质：有机杂质", "1.0", "0.5"),
    ("杂质：无机杂质", "0.5", "0.1"),
    ("稻谷粒", "2.5", "0.3"),
    ("大米中的糙米", "—", "1.0"),
    ("糙米中的大米", "1.0", "—"),
    ("碎米", "5.0", "15.0"),
    ("小碎米", "1.0", "1.0"),
    ("热损伤粒", "3.0", "2.0"),
    ("损伤粒", "4.0", "3.0"),
    ("未熟粒", "12.0", "2.0"),
    ("垩白粒", "5.0", "5.0"),
    ("红粒和红纹粒", "12.0", "12.0"),
    ("部分糊化粒", "11.0", "11.0"),
    ("糯米", "1.0", "1.0"),
    ("虫蚀粒", "0.5", "0.3"),
)

ENGLISH = Standard(
    lang="en",
    number="ISO 17301-1:2016",
    title="Cereals and pulses — Specifications and test methods — Part 1: Rice",
    title_en="Cereals and pulses — Specifications and test methods — Part 1: Rice",
    cover=("INTERNATIONAL STANDARD", "ISO 17301-1", "Second edition 2016-05-01",
           "Cereals and pulses — Specifications and test methods —", "Part 1: Rice",
           "Reference number ISO 17301-1:2016(E)"),
    header="ISO 17301-1:2016(E)",
    footer="© ISO 2016 – All rights reserved",
    items=(
        Front("Foreword", (
            "ISO (the International Organization for Standardization) is a worldwide federation of national "
            "standards bodies. The work of preparing International Standards is normally carried out through ISO "
            "technical committees.",
            "This document was prepared by Technical Committee ISO/TC 34, Food products, Subcommittee SC 4, "
            "Cereals and pulses.",
            "This second edition cancels and replaces the first edition, which has been technically revised: the "
            "limits for chalky kernels were added and the method for extraneous matter was moved to Annex A.",
        )),
        Front("Introduction", (
            "Rice is traded as husked rice, milled rice and parboiled rice. Buyers and sellers need a common "
            "description of the grain and of the defects that lower its value, together with methods that give "
            "the same result in every laboratory.",
        )),
        PageBreak(),
        Clause("1", "Scope", (
            "This document specifies minimum requirements and test methods for husked rice and milled rice, "
            "parboiled or not, intended for direct human consumption.",
            "It does not apply to paddy rice, to glutinous rice sold as such, or to rice products that have been "
            "cooked, flavoured or enriched.",
        )),
        Clause("2", "Normative references", (
            "The following documents are referred to in the text in such a way that some or all of their content "
            "constitutes requirements of this document. For dated references, only the edition cited applies.",
            "ISO 712, Cereals and cereal products — Determination of moisture content — Reference method",
            "ISO 7301, Rice — Specification",
            "ISO 24333, Cereals and cereal products — Sampling",
        )),
        Clause("3", "Terms and definitions", (
            "For the purposes of this document, the following terms and definitions apply.",
        )),
        Term("3.1", "husked rice", "paddy rice from which the husk only has been removed, with the bran layer "
                                   "left on the kernel"),
        Term("3.2", "milled rice", "husked rice from which all or part of the bran and germ have been removed by "
                                   "milling"),
        Term("3.3", "parboiled rice", "rice whose starch has been fully gelatinized by soaking the paddy in water, "
                                      "heating it and drying it before husking",
             ("Parboiling changes the colour of the kernel to a light yellow.",)),
        Term("3.4", "glutinous rice", "special varieties of rice whose kernels have a white and opaque "
                                      "appearance and whose starch is almost entirely amylopectin"),
        Term("3.5", "broken kernel", "piece of kernel whose length is less than three quarters but not less "
                                     "than one quarter of the average length of the whole kernel"),
        Term("3.6", "chip", "fragment of kernel passing through a metal sieve with round perforations of "
                            "1,4 mm diameter"),
        Term("3.7", "heat-damaged kernel", "whole or broken kernel whose colour has changed as a result of "
                                           "heating, including yellow and amber kernels"),
        Term("3.8", "damaged kernel", "whole or broken kernel showing obvious deterioration due to moisture, "
                                      "pests, disease or other causes"),
        Term("3.9", "immature kernel", "whole or broken kernel which is unripe or underdeveloped, light green and "
                                       "chalky in appearance"),
        Term("3.10", "chalky kernel", "whole or broken kernel of which at least three quarters of the surface "
                                      "has an opaque and floury appearance"),
        Term("3.11", "red kernel", "whole or broken kernel having more than a quarter of its surface covered "
                                   "with red bran"),
        Term("3.12", "extraneous matter", "organic and inorganic components other than whole or broken kernels, "
                                          "such as foreign seeds, husks, stones and dust"),
        Clause("4", "Specifications"),
        Clause("4.1", "General characteristics", (
            "Husked rice and milled rice shall be sound, clean and free from foreign odours which indicate "
            "deterioration.",
        )),
        Clause("4.2", "Odour", (
            "The rice shall have no abnormal smell. A sample is judged by a trained panel immediately after the "
            "container is opened.",
        )),
        Clause("4.3", "Insects and mites", (
            "The rice shall be free from living insects and mites which are visible to the naked eye.",
        )),
        Clause("4.4", "Moisture content", (
            "The moisture content, determined in accordance with ISO 712, shall not exceed 15 % mass fraction. "
            "Lower limits may be agreed for storage in hot climates.",
        )),
        Clause("4.5", "Extraneous matter and defective kernels", (
            "The mass fractions of extraneous matter and of defective kernels, determined in accordance with "
            "Annex A, shall not exceed the limits given in Table 1.",
        )),
        Table("1", "Maximum limits of defects", ("Defect", "Husked rice % mass fraction",
                                                 "Milled rice % mass fraction"), _TABLE_ROWS_EN, split_at=9),
        Note("The limits apply to the rice as sold; rice intended for further processing may be traded "
             "under contract limits."),
        PageBreak(),
        Clause("5", "Sampling", (
            "Sampling shall be carried out in accordance with ISO 24333. The laboratory sample shall be at least "
            "1 kg and shall be kept in an airtight container.",
        )),
        Clause("6", "Test methods"),
        Clause("6.1", "Moisture content", (
            "Determine the moisture content in accordance with ISO 712, grinding the kernels to pass a 1,7 mm "
            "sieve.",
        )),
        Clause("6.2", "Extraneous matter and defective kernels", (
            "Determine the extraneous matter and the defective kernels in accordance with Annex A.",
        )),
        Clause("6.3", "Length of kernels", (
            "Measure the length of 100 whole kernels with a calliper and report the average in millimetres.",
        )),
        Clause("7", "Test report", (
            "The test report shall specify the method used, the results obtained, all operating details not "
            "specified in this document and any incidents which may have influenced the results.",
        )),
        PageBreak(),
        Annex("A", "normative", "Determination of extraneous matter and defective kernels"),
        Clause("A.1", "Principle", (
            "Extraneous matter and defective kernels are separated by hand from a test portion and weighed.",
        )),
        Clause("A.2", "Apparatus"),
        Clause("A.2.1", "Sieve", (
            "A metal sieve with round perforations of 1,4 mm diameter.",
        )),
        Clause("A.2.2", "Balance", (
            "A balance capable of weighing to the nearest 0,01 g.",
        )),
        Clause("A.3", "Procedure", (
            "Weigh a test portion of about 50 g. Sieve it, pick out each category of defective kernels and "
            "weigh each category separately.",
        )),
        Clause("A.4", "Calculation", (
            "Express the mass of each category as a percentage of the mass of the test portion, rounded to one "
            "decimal place.",
        )),
        Annex("B", "informative", "Classification of kernels by length"),
        Clause("B.1", "General", (
            "Rice may be described as long-grain, medium-grain or short-grain according to the average length "
            "of its whole kernels.",
        )),
        Clause("B.2", "Length classes", (
            "The classes are given in Table B.1.",
        )),
        Table("B.1", "Length classes of kernels", ("Class", "Average length"),
              (("Long-grain", "6,6 mm or more"), ("Medium-grain", "6,2 mm to less than 6,6 mm"),
               ("Short-grain", "less than 6,2 mm"))),
    ),
)

CHINESE = Standard(
    lang="zh",
    number="GB/T 17301.1-2024",
    title="谷物和豆类 规格和试验方法 第1部分：稻米",
    title_en="Cereals and pulses—Specifications and test methods—Part 1: Rice",
    cover=("ICS 67.060", "CCS B22", "中华人民共和国国家标准", "GB/T 17301.1—2024",
           "谷物和豆类 规格和试验方法 第1部分：稻米",
           "Cereals and pulses—Specifications and test methods—Part 1: Rice",
           "(ISO 17301-1:2016, MOD)", "2024-03-15发布", "2024-10-01实施",
           "国家市场监督管理总局 国家标准化管理委员会 发布"),
    header="GB/T 17301.1—2024",
    footer="",
    items=(
        Front("前言", (
            "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。",
            "本文件修改采用ISO 17301-1:2016《谷物和豆类 规格和试验方法 第1部分：稻米》。",
            "本文件与ISO 17301-1:2016相比，增加了卫生要求（见4.6），以适应我国的食品安全要求。",
            "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。",
            "本文件由全国粮油标准化技术委员会提出并归口。",
        )),
        Front("引言", (
            "稻米以糙米、大米和蒸谷米的形式进行贸易。买卖双方需要对籽粒及降低其价值的缺陷有共同的描述，"
            "并需要在各实验室得到相同结果的试验方法。",
        )),
        PageBreak(),
        Clause("1", "范围", (
            "本文件规定了直接供人食用的糙米和大米（包括蒸谷米）的最低要求和试验方法。",
            "本文件不适用于稻谷、作为糯米单独销售的糯米，以及经蒸煮、调味或营养强化的米制品。",
        )),
        Clause("2", "规范性引用文件", (
            "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应"
            "的版本适用于本文件。",
            "GB 2762 食品安全国家标准 食品中污染物限量",
            "GB 5009.3 食品安全国家标准 食品中水分的测定",
            "GB/T 5491 粮食、油料检验 扦样、分样法",
        )),
        Clause("3", "术语和定义", (
            "下列术语和定义适用于本文件。",
        )),
        Term("3.1", "糙米 husked rice", "稻谷脱去颖壳后、仍保留皮层的籽粒。"),
        Term("3.2", "大米 milled rice", "糙米经碾磨除去全部或部分皮层和胚的籽粒。"),
        Term("3.3", "蒸谷米 parboiled rice", "稻谷经浸泡、加热和干燥后再脱壳，其淀粉已完全糊化的稻米。",
             ("蒸谷使籽粒颜色变为浅黄色。",)),
        Term("3.4", "糯米 glutinous rice", "籽粒呈乳白色不透明、其淀粉几乎全部为支链淀粉的特殊稻米品种。"),
        Term("3.5", "碎米 broken kernel", "长度小于完整籽粒平均长度的四分之三、但不小于四分之一的籽粒碎块。"),
        Term("3.6", "小碎米 chip", "通过直径1.4 mm圆孔金属筛的籽粒碎片。"),
        Term("3.7", "热损伤粒 heat-damaged kernel", "因受热而改变颜色的完整粒或碎粒，包括黄粒米和琥珀色粒。"),
        Term("3.8", "损伤粒 damaged kernel", "因受潮、虫害、病害或其他原因而明显变质的完整粒或碎粒。"),
        Term("3.9", "未熟粒 immature kernel", "未成熟或发育不良、呈浅绿色且带粉质的完整粒或碎粒。"),
        Term("3.10", "垩白粒 chalky kernel", "表面至少四分之三呈不透明粉质状的完整粒或碎粒。"),
        Term("3.11", "红粒 red kernel", "表面四分之一以上覆盖红色皮层的完整粒或碎粒。"),
        Term("3.12", "杂质 extraneous matter", "完整粒和碎粒以外的有机和无机成分，如异种粮粒、稻壳、石子和尘土。"),
        Clause("4", "要求"),
        Clause("4.1", "一般特性", (
            "糙米和大米应完好、洁净，无表明变质的异味。",
        )),
        Clause("4.2", "气味", (
            "稻米应无异常气味。样品在容器开启后立即由经过培训的评价小组进行判定。",
        )),
        Clause("4.3", "昆虫和螨类", (
            "稻米中不应有肉眼可见的活昆虫和螨类。",
        )),
        Clause("4.4", "水分", (
            "按GB 5009.3测定的水分含量应不大于15.0%（质量分数）。在炎热气候下储存时，可约定更低的限量。",
        )),
        Clause("4.5", "杂质和不完善粒", (
            "按附录A测定的杂质和不完善粒的质量分数应不超过表1给出的限量。",
        )),
        Table("1", "缺陷的最大限量", ("缺陷", "糙米 %（质量分数）", "大米 %（质量分数）"), _TABLE_ROWS_ZH,
              split_at=9),
        Note("限量适用于销售状态的稻米；供进一步加工的稻米可按合同约定的限量进行交易。"),
        Clause("4.6", "卫生要求", (
            "污染物限量应符合GB 2762的规定。",
        )),
        PageBreak(),
        Clause("5", "扦样", (
            "扦样按GB/T 5491执行。实验室样品应不少于1 kg，并应保存在密闭容器中。",
        )),
        Clause("6", "试验方法"),
        Clause("6.1", "水分", (
            "按GB 5009.3测定水分含量，籽粒粉碎后应通过1.7 mm筛。",
        )),
        Clause("6.2", "杂质和不完善粒", (
            "按附录A测定杂质和不完善粒。",
        )),
        Clause("6.3", "籽粒长度", (
            "用游标卡尺测量100粒完整籽粒的长度，以毫米报告其平均值。",
        )),
        Clause("7", "试验报告", (
            "试验报告应说明所用方法、所得结果、本文件未规定的所有操作细节以及可能影响结果的任何情况。",
        )),
        PageBreak(),
        Annex("A", "normative", "杂质和不完善粒的测定"),
        Clause("A.1", "原理", (
            "从试样中手工分拣出杂质和不完善粒并称量。",
        )),
        Clause("A.2", "仪器"),
        Clause("A.2.1", "筛", (
            "孔径为1.4 mm的圆孔金属筛。",
        )),
        Clause("A.2.2", "天平", (
            "感量为0.01 g的天平。",
        )),
        Clause("A.3", "步骤", (
            "称取约50 g试样。过筛后，拣出各类不完善粒并分别称量。",
        )),
        Clause("A.4", "结果计算", (
            "以各类的质量占试样质量的百分数表示，结果保留一位小数。",
        )),
        Annex("B", "informative", "按籽粒长度分类"),
        Clause("B.1", "总则", (
            "稻米可按其完整籽粒的平均长度分为长粒、中粒或短粒。",
        )),
        Clause("B.2", "长度类别", (
            "类别见表B.1。",
        )),
        Table("B.1", "籽粒长度类别", ("类别", "平均长度"),
              (("长粒", "6.6 mm及以上"), ("中粒", "6.2 mm至小于6.6 mm"), ("短粒", "小于6.2 mm"))),
    ),
)


def counterpart_number(number: str) -> str | None:
    """The English clause a Chinese one corresponds to: the same number (a MOD adoption keeps the structure),
    except the clause the adoption added (4.6), which has none; labels are translated."""
    if number == "4.6":
        return None
    return (number.replace("附录", "Annex ").replace("表", "Table ").replace(" 第", " row ").replace("行", "")
            .replace(" 注", " NOTE"))
