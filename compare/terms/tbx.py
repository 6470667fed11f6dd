"""TBX (TermBase eXchange, ISO 30042) in and out: the format CAT tools (SDL MultiTerm, Trados, memoQ, Phrase)
and ISO's term bases exchange terminology in.

Read: TBX v2 (`<martif type="TBX-Basic">`, `termEntry` / `langSet` / `tig` or `ntig/termGrp` / `term`) and
TBX v3 (`<tbx type="TBX-Core">` in the urn:iso:std:iso:30042 namespace, `conceptEntry` / `langSec` / `termSec` /
`term`). Each entry becomes an `Entry` with its Chinese (xml:lang zh*) and English (en*) terms, its subject
field, its broader concept (`superordinateConceptGeneric`) and definition; other languages are counted and
left out. Files are read safely: no network, no external DTD, and a document declaring entities (the
"billion laughs" bomb, external entities) is refused before anything is expanded.

Write: TBX-Basic v2, which the CAT tools above import, one `termEntry` per concept, its id the concept.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from lxml import etree

from compare.core.errors import InputFileError
from compare.terms.entries import Entry, concept_slug, term_key

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TBX_V3_NAMESPACE = "urn:iso:std:iso:30042:ed-2"
ENTRY_TAGS = frozenset({"termEntry", "conceptEntry"})
LANG_TAGS = frozenset({"langSet", "langSec"})
# Data categories (ISO 12620 / TBX) kept beside the terms.
SUBJECT_FIELD = "subjectField"
BROADER = "superordinateConceptGeneric"
DEFINITION = "definition"
ROLE_NOTE = "stdcompare-role:"  # the termbase's role column travels in a note (TBX-Basic has no category for it)
LARGEST_FILE_MB = 200


@dataclass(frozen=True)
class TbxContents:
    """What a TBX file held: its entries with a Chinese or English term, the dialect it declared, the terms in
    other languages left out (per language) and the entries with no term at all."""

    entries: tuple[Entry, ...]
    dialect: str
    other_languages: dict[str, int] = field(default_factory=dict)
    empty_entries: int = 0


def read_tbx(path: Path) -> TbxContents:
    """The entries of a TBX file (v2 martif or v3 tbx; Basic, Core or other dialects).

    Raises InputFileError, saying what is wrong, for a file that is missing, not XML, not TBX, or declares
    entities.
    """
    root = _parse(Path(path))
    name = etree.QName(root).localname
    if name not in ("martif", "tbx"):
        raise InputFileError(f"{Path(path).name} is XML but not TBX: its root element is <{name}>, where a TBX "
                             "file has <martif> (TBX v2, e.g. TBX-Basic) or <tbx> (TBX v3, e.g. TBX-Core); "
                             "export the termbase from your CAT tool as TBX")
    dialect = root.get("type") or ("TBX v3" if name == "tbx" else "TBX")
    entries: list[Entry] = []
    others: Counter[str] = Counter()
    empty = 0
    for number, element in enumerate((e for e in root.iter() if _local(e) in ENTRY_TAGS), start=1):
        entry, left_out = _entry(element, number)
        others.update(left_out)
        if entry is None:
            empty += 1
        else:
            entries.append(entry)
    if not entries and not others and not empty:
        raise InputFileError(f"{Path(path).name} is TBX but holds no termEntry or conceptEntry: nothing to import")
    return TbxContents(entries=tuple(entries), dialect=dialect, other_languages=dict(others), empty_entries=empty)


def _parse(path: Path) -> etree._Element:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputFileError(f"cannot read the TBX file {path}: {exc.strerror or exc}") from exc
    if size > LARGEST_FILE_MB * 1024 * 1024:
        raise InputFileError(f"{path.name} is larger than {LARGEST_FILE_MB} MB; split the termbase into several "
                             "TBX files and import them one after the other")
    if _declares_entities(path):
        raise InputFileError(_ENTITIES_REFUSED.format(name=path.name))
    # No entity is ever substituted, no DTD or anything else fetched: a termbase is data, not a program.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        tree = etree.parse(str(path), parser)
    except etree.XMLSyntaxError as exc:
        if "entity" in (exc.msg or "").lower() and "amplification" in (exc.msg or "").lower():
            raise InputFileError(_ENTITIES_REFUSED.format(name=path.name)) from exc
        raise InputFileError(f"{path.name} is not well-formed XML ({exc.msg}, line {exc.lineno}); a TBX file "
                             "must be XML: export it again from your CAT tool") from exc
    except OSError as exc:
        raise InputFileError(f"cannot read the TBX file {path}: {exc}") from exc
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise InputFileError(_ENTITIES_REFUSED.format(name=path.name))
    return tree.getroot()


_ENTITIES_REFUSED = ("{name} declares XML entities in its DOCTYPE; TBX files do not need them and they are "
                     "refused (they can expand without end or read other files): remove the <!ENTITY ...> "
                     "declarations")


def _declares_entities(path: Path) -> bool:
    """True when the DOCTYPE's internal subset declares an entity: checked on the raw text before parsing,
    since the parser would already expand declarations into one another while reading them."""
    with path.open("rb") as fh:
        head = fh.read(1 << 20)
    encoding = "utf-16" if head[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8"
    text = head.decode(encoding, errors="replace")
    start = text.find("<!DOCTYPE")
    if start < 0:
        return False
    end = text.find("]>", start)
    return "<!ENTITY" in text[start:end if end >= 0 else len(text)]


def _local(element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split())


def _categories(element, tag: str) -> dict[str, str]:
    """type -> text of the child data categories named `tag` (descrip, admin), looked for directly inside
    `element` or inside its groups (descripGrp, adminGrp)."""
    found: dict[str, str] = {}
    for child in element:
        if _local(child) == tag + "Grp":
            found.update({k: v for k, v in _categories(child, tag).items() if k not in found})
        elif _local(child) == tag and child.get("type") and child.get("type") not in found:
            found[child.get("type")] = _text(child)
    return found


def _entry(element, number: int) -> tuple[Entry | None, Counter[str]]:
    zh: list[str] = []
    en: list[str] = []
    others: Counter[str] = Counter()
    definition = _categories(element, "descrip").get(DEFINITION, "")
    for lang_set in (c for c in element if _local(c) in LANG_TAGS):
        lang = (lang_set.get(XML_LANG) or "").lower()
        definition = definition or _categories(lang_set, "descrip").get(DEFINITION, "")
        terms = [_text(t) for t in lang_set.iter() if _local(t) == "term"]
        terms = [t for t in terms if t]
        if lang.startswith("zh"):
            zh.extend(terms)
        elif lang.startswith("en"):
            en.extend(terms)
        elif terms:
            others[lang or "no xml:lang"] += len(terms)
    if not zh and not en:
        return None, others
    descrips = _categories(element, "descrip")
    notes = [_text(n) for n in element if _local(n) == "note"]
    role = next((n[len(ROLE_NOTE):].strip().lower() for n in notes if n.startswith(ROLE_NOTE)), "")
    identifier = concept_slug(element.get("id") or "") or concept_slug((en or zh)[0]) or f"tbx_{number}"
    return Entry(concept=identifier, zh=_unique(zh), en=_unique(en), field=descrips.get(SUBJECT_FIELD, ""),
                 parent=concept_slug(descrips.get(BROADER, "")), role=role, definition=definition), others


def _unique(terms: list[str]) -> tuple[str, ...]:
    kept: dict[str, str] = {}
    for term in terms:
        kept.setdefault(term_key(term), term)
    return tuple(kept.values())


def tbx_bytes(entries: Iterable[Entry], *, title: str = "stdcompare termbase", source: str = "stdcompare") -> bytes:
    """The entries as a TBX-Basic (v2) document, UTF-8, one termEntry per concept with its Chinese and English
    terms (preferred term first), subject field, broader concept and role."""
    root = etree.Element("martif", {"type": "TBX-Basic", XML_LANG: "en"})
    header = etree.SubElement(root, "martifHeader")
    file_desc = etree.SubElement(header, "fileDesc")
    etree.SubElement(etree.SubElement(file_desc, "titleStmt"), "title").text = title
    etree.SubElement(etree.SubElement(file_desc, "sourceDesc"), "p").text = source
    encoding = etree.SubElement(header, "encodingDesc")
    etree.SubElement(encoding, "p", type="XCSURI").text = "TBXBasicXCSV02.xcs"
    body = etree.SubElement(etree.SubElement(root, "text"), "body")
    for entry in entries:
        term_entry = etree.SubElement(body, "termEntry", id=_xml_id(entry.concept))
        if entry.field:
            etree.SubElement(term_entry, "descrip", type=SUBJECT_FIELD).text = entry.field
        if entry.parent:
            etree.SubElement(term_entry, "descrip", type=BROADER).text = entry.parent
        if entry.role:
            etree.SubElement(term_entry, "note").text = f"{ROLE_NOTE} {entry.role}"
        for lang, terms in (("zh", entry.zh), ("en", entry.en)):
            if not terms:
                continue
            lang_set = etree.SubElement(term_entry, "langSet", {XML_LANG: lang})
            if lang == "en" and entry.definition:
                etree.SubElement(etree.SubElement(lang_set, "descripGrp"), "descrip",
                                 type=DEFINITION).text = entry.definition
            for position, term in enumerate(terms):
                tig = etree.SubElement(lang_set, "tig")
                etree.SubElement(tig, "term").text = term
                etree.SubElement(tig, "termNote", type="administrativeStatus").text = (
                    "preferredTerm-admn-sts" if position == 0 else "admittedTerm-admn-sts")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True,
                          doctype='<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">')


def _xml_id(concept: str) -> str:
    # An XML id starts with a letter or underscore; concept identifiers may start with a digit or a Han character.
    return concept if concept[:1].isascii() and (concept[:1].isalpha() or concept[:1] == "_") else f"_{concept}"
