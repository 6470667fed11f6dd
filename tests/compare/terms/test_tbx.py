"""TBX and CSV in, TBX out: files as CAT tools write them, merged into a user's termbase that matching reads."""

import pytest

from compare.core.errors import InputFileError
from compare.terms.entries import Entry
from compare.terms.grow import (export_entries, export_tbx, import_terms, merge_entries, read_terms,
                                read_user_termbase)
from compare.terms.tbx import read_tbx, tbx_bytes
from compare.terms.termbase import load_termbase

# A TBX-Basic v2 file in the shape SDL MultiTerm / Trados and memoQ export: external DTD named, header, terms
# in tig (memoQ) and in ntig/termGrp (MultiTerm), definitions in descripGrp, a third language.
TBX_BASIC = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US">
  <martifHeader>
    <fileDesc>
      <titleStmt><title>Food hygiene glossary</title></titleStmt>
      <sourceDesc><p>Exported from SDL MultiTerm 2021</p></sourceDesc>
    </fileDesc>
    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>
  </martifHeader>
  <text>
    <body>
      <termEntry id="c101">
        <descrip type="subjectField">food hygiene</descrip>
        <langSet xml:lang="en-US">
          <descripGrp>
            <descrip type="definition">level of a food safety hazard not exceeded in the end product</descrip>
            <admin type="source">ISO 22000:2018, 3.2</admin>
          </descripGrp>
          <tig>
            <term>acceptable level</term>
            <termNote type="partOfSpeech">noun</termNote>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </tig>
        </langSet>
        <langSet xml:lang="zh-CN">
          <tig><term>可接受水平</term><termNote type="partOfSpeech">noun</termNote></tig>
        </langSet>
        <langSet xml:lang="de-DE">
          <tig><term>akzeptabler Wert</term></tig>
        </langSet>
      </termEntry>
      <termEntry id="c102">
        <langSet xml:lang="en">
          <ntig>
            <termGrp><term>critical control point</term><termNote type="termType">fullForm</termNote></termGrp>
            <descrip type="context">A critical control point shall be monitored.</descrip>
          </ntig>
          <ntig><termGrp><term>CCP</term><termNote type="termType">acronym</termNote></termGrp></ntig>
        </langSet>
        <langSet xml:lang="zh-Hans"><ntig><termGrp><term>关键控制点</term></termGrp></ntig></langSet>
      </termEntry>
      <termEntry id="c103">
        <langSet xml:lang="en"><tig><term>Lead</term></tig></langSet>
        <langSet xml:lang="zh"><tig><term>铅</term></tig><tig><term>铅元素</term></tig></langSet>
      </termEntry>
      <termEntry id="c104">
        <langSet xml:lang="fr"><tig><term>traçabilité</term></tig></langSet>
      </termEntry>
    </body>
  </text>
</martif>
"""

# A TBX v3 TBX-Core file: namespace of ISO 30042:2019, conceptEntry / langSec / termSec, inline markup in a term.
TBX_CORE = """<?xml version="1.0" encoding="UTF-8"?>
<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Core_dialect/master/Schemas/TBX-Core.rng"
  type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
<tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader>
    <fileDesc><sourceDesc><p>Water quality terms</p></sourceDesc></fileDesc>
  </tbxHeader>
  <text>
    <body>
      <conceptEntry id="turbidity-1">
        <langSec xml:lang="en"><termSec><term>turbidity</term></termSec></langSec>
        <langSec xml:lang="zh-CN"><termSec><term>浑浊度</term></termSec><termSec><term>浊度</term></termSec></langSec>
      </conceptEntry>
      <conceptEntry id="c2">
        <langSec xml:lang="en"><termSec><term>dissolved <hi type="italics">oxygen</hi></term></termSec></langSec>
        <langSec xml:lang="zh"><termSec><term>溶解氧</term></termSec></langSec>
      </conceptEntry>
    </body>
  </text>
</tbx>
"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE martif [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<martif type="TBX-Basic"><text><body>
  <termEntry id="x"><langSet xml:lang="en"><tig><term>&lol9;</term></tig></langSet></termEntry>
</body></text></martif>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<martif type="TBX-Basic"><text><body>
  <termEntry id="x"><langSet xml:lang="en"><tig><term>&secret;</term></tig></langSet></termEntry>
</body></text></martif>
"""


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_tbx_basic_as_cat_tools_export_it(tmp_path):
    contents = read_tbx(write(tmp_path, "glossary.tbx", TBX_BASIC))
    assert contents.dialect == "TBX-Basic"
    first, ccp, lead = contents.entries
    assert (first.concept, first.zh, first.en, first.field) == ("c101", ("可接受水平",), ("acceptable level",),
                                                                "food hygiene")
    assert first.definition.startswith("level of a food safety hazard")
    assert (ccp.zh, ccp.en) == (("关键控制点",), ("critical control point", "CCP"))
    assert lead.zh == ("铅", "铅元素")
    # German terms are counted, the French-only entry is not an entry
    assert contents.other_languages == {"de-de": 1, "fr": 1}
    assert contents.empty_entries == 1


def test_tbx_core_v3_with_namespace_and_inline_markup(tmp_path):
    contents = read_tbx(write(tmp_path, "water.tbx", TBX_CORE))
    assert contents.dialect == "TBX-Core"
    assert [(e.concept, e.zh, e.en) for e in contents.entries] == [
        ("turbidity_1", ("浑浊度", "浊度"), ("turbidity",)),
        ("c2", ("溶解氧",), ("dissolved oxygen",))]


@pytest.mark.parametrize("text, message", [
    ("termEntry,lead\n", "not well-formed XML"),
    ("<tmx version='1.4'><body/></tmx>", "not TBX: its root element is <tmx>"),
    ("<martif type='TBX-Basic'><text><body/></text></martif>", "holds no termEntry or conceptEntry"),
    (BILLION_LAUGHS, "declares XML entities"),
    (EXTERNAL_ENTITY, "declares XML entities"),
])
def test_bad_tbx_files_get_a_clear_message_and_nothing_is_written(tmp_path, text, message):
    user = tmp_path / "mine.csv"
    with pytest.raises(InputFileError, match=message):
        import_terms(write(tmp_path, "bad.tbx", text), user)
    assert not user.exists()


def test_unknown_extension_and_missing_file(tmp_path):
    with pytest.raises(InputFileError, match="imported from .tbx"):
        read_terms(write(tmp_path, "terms.txt", "lead"))
    with pytest.raises(InputFileError, match="cannot read the TBX file"):
        read_terms(tmp_path / "absent.tbx")


def test_import_merges_into_the_user_termbase_that_matching_reads(tmp_path):
    user = tmp_path / "mine.csv"
    imported, report = import_terms(write(tmp_path, "glossary.tbx", TBX_BASIC), user)
    assert any("de-de (1)" in note for note in imported.notes)
    # 'Lead' / 铅 already name the built-in concept: only the new synonym 铅元素 is added, to that concept
    entries = {e.concept: e for e in read_user_termbase(user)}
    assert entries["lead"].zh == ("铅元素",) and entries["lead"].en == ()
    assert entries["c101"].en == ("acceptable level",)
    assert (report.new_concepts, report.extended_concepts, report.new_terms) == (2, 1, 6)
    termbase = load_termbase(str(user))
    assert termbase.concepts_in("关键控制点应予监控") == termbase.concepts_in("Each CCP shall be monitored.")
    assert "lead" in termbase.concepts_in("铅元素含量")
    # the same file again adds nothing, and leaves the file as it was
    before = user.read_bytes()
    _, again = import_terms(write(tmp_path, "glossary.tbx", TBX_BASIC), user)
    assert (again.new_terms, again.unchanged_entries) == (0, 3)
    assert user.read_bytes() == before


def test_a_term_naming_another_concept_is_reported_not_given_twice():
    user = [Entry("wire_diameter", zh=("钢丝直径",), en=("wire diameter",))]
    incoming = [Entry("c9", zh=("线径",), en=("wire diameter",)),
                Entry("c10", zh=("钢丝直径",), en=("steel wire size",))]
    report = merge_entries(user, incoming, builtin=[])
    (only,) = report.entries
    assert (only.zh, only.en) == (("钢丝直径", "线径"), ("wire diameter", "steel wire size"))
    incoming = [Entry("c11", zh=("线径",), en=("conductor size",))]
    clash = merge_entries(list(report.entries) + [Entry("conductor_size", en=("conductor size",))], incoming,
                          builtin=[])
    # the English term decides the concept; the Chinese one, taken, is reported
    assert clash.conflicts == ("'线径' already names the concept 'wire_diameter'; not added to 'conductor_size'",)


def test_csv_glossary_with_chinese_headers_and_termbase_csv(tmp_path):
    glossary = write(tmp_path, "glossary.csv", "中文,英文,备注\n溶解氧,dissolved oxygen,水质\n浊度|浑浊度,turbidity,\n")
    entries = read_terms(glossary).entries
    assert [(e.concept, e.zh, e.en) for e in entries] == [
        ("dissolved_oxygen", ("溶解氧",), ("dissolved oxygen",)), ("turbidity", ("浊度", "浑浊度"), ("turbidity",))]
    termbase_csv = write(tmp_path, "tb.csv", "concept,parent,field,zh,en\nmethyl_ethyl,,solvent,丁酮,methyl ethyl ketone|MEK\n")
    (entry,) = read_terms(termbase_csv).entries
    assert (entry.concept, entry.field, entry.en) == ("methyl_ethyl", "solvent", ("methyl ethyl ketone", "MEK"))
    with pytest.raises(InputFileError, match="no Chinese and English term columns found .found: name, value"):
        read_terms(write(tmp_path, "other.csv", "name,value\na,b\n"))


def test_export_round_trip_keeps_every_concept_and_term(tmp_path):
    user = tmp_path / "mine.csv"
    _, report = import_terms(write(tmp_path, "water.tbx", TBX_CORE), user)
    # turbidity / 浑浊度 / 浊度 is a built-in concept already: only dissolved oxygen is new
    assert (report.new_concepts, report.unchanged_entries) == (1, 1)
    out = tmp_path / "termbase.tbx"
    written = export_tbx(out, user)
    back = read_tbx(out)
    assert back.dialect == "TBX-Basic" and written == len(back.entries)
    assert list(back.entries) == export_entries(user)
    by_concept = {e.concept: e for e in back.entries}
    assert (by_concept["c2"].zh, by_concept["c2"].en) == (("溶解氧",), ("dissolved oxygen",))
    assert by_concept["turbidity"].zh == ("浑浊度", "浊度")
    # parent, field and role travel too
    methylmercury = by_concept["methylmercury"]
    assert (methylmercury.parent, methylmercury.field) == ("mercury", "contaminant")
    assert any(e.role for e in back.entries)
    # a concept whose identifier is no XML name still round-trips
    odd = Entry("4_nitrophenol", zh=("4-硝基苯酚",), en=("4-nitrophenol",))
    path = tmp_path / "odd.tbx"
    path.write_bytes(tbx_bytes([odd]))
    assert read_tbx(path).entries == (odd,)
