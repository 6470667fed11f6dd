"""Every file of the project the README and docs/ name exists, and every link between them lands: a new user runs
`pytest tests/compare/matching/test_matching.py -s` as written, and it must not say "file or directory not found"; a
reader who follows "[Scale](#scale-a-large-store-on-one-machine)" must find that heading."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAMED = re.compile(r"(?<![\w/.])((?:tests|bench|compare|api|embeddings|data|docs)/[\w/.-]*\w\.(?:py|csv|xlsx|jsonl|md))")
# [label](target): the target up to a space or the closing bracket; images too
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^\s*(```|~~~)")


def documents() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def outside_code(text: str) -> str:
    """The text with fenced code blocks and inline code blanked out (a link-like string in code is no link)."""
    kept, fenced = [], False
    for line in text.split("\n"):
        if FENCE.match(line):
            fenced = not fenced
            kept.append("")
            continue
        kept.append("" if fenced else re.sub(r"`[^`]*`", "``", line))
    return "\n".join(kept)


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped (word characters, '-' and ' ' kept),
    each space a hyphen; inline markup and link targets do not count."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading.strip())
    text = re.sub(r"[^\w\- ]", "", text.lower())
    return text.replace(" ", "-")


def headings(text: str) -> list[str]:
    """The text of every heading outside code blocks, in order."""
    found, fenced = [], False
    for line in text.split("\n"):
        if FENCE.match(line):
            fenced = not fenced
            continue
        heading = None if fenced else re.match(r"#{1,6}\s+(.*?)\s*#*\s*$", line)
        if heading:
            found.append(heading.group(1))
    return found


def anchors(text: str) -> set[str]:
    """The anchors of every heading outside code blocks; a repeated heading gets -1, -2 ... as on GitHub."""
    found: set[str] = set()
    seen: dict[str, int] = {}
    for heading in headings(text):
        base = slug(heading)
        count = seen.get(base, 0)
        found.add(base if count == 0 else f"{base}-{count}")
        seen[base] = count + 1
    return found


def broken_links(path: Path, text: str) -> list[str]:
    """The relative links of one Markdown file whose file or heading does not exist (web links are not followed)."""
    broken = []
    for target in LINK.findall(outside_code(text)):
        if re.match(r"[a-z][a-z0-9+.-]*:", target, re.I):
            continue  # http:, https:, mailto: ...
        file_part, _, anchor = target.partition("#")
        if not file_part:
            if anchor not in anchors(text):
                broken.append(f"{target} (no heading with that anchor)")
            continue
        dest = (path.parent / file_part).resolve()
        if not dest.exists():
            broken.append(f"{target} (no file {dest.relative_to(ROOT) if dest.is_relative_to(ROOT) else dest})")
        elif anchor and dest.suffix == ".md" and anchor not in anchors(dest.read_text(encoding="utf-8")):
            broken.append(f"{target} (no heading with that anchor)")
    return broken


def test_every_path_the_readme_names_exists():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    named = sorted(set(NAMED.findall(text)))
    assert len(named) > 30  # the pattern still finds the README's paths
    missing = [path for path in named if not (ROOT / path).exists()]
    assert not missing, f"the README names files that do not exist: {missing}"


def test_every_path_the_docs_name_exists():
    docs = documents()[1:]
    assert len(docs) >= 4  # the measurement history lives in docs/
    missing = {}
    for doc in docs:
        named = set(NAMED.findall(doc.read_text(encoding="utf-8")))
        gone = sorted(path for path in named if not (ROOT / path).exists())
        if gone:
            missing[doc.name] = gone
    assert not missing, f"docs/ names files that do not exist: {missing}"


def test_every_file_the_code_names_exists():
    """A comment or docstring that sends the reader to a file of the project (docs/<name>.md, where the measurements
    now stand, or a module: compare/ became subpackages in the fourth round) names a file that is there."""
    named = {}
    for source in ROOT.glob("*/**/*.py"):
        if ".venv" in source.parts:
            continue
        for path in NAMED.findall(source.read_text(encoding="utf-8")):
            named.setdefault(path, str(source.relative_to(ROOT)))
    assert "docs/bad-input.md" in named  # bench/bad_input_probe.py names it
    assert len(named) > 50  # the pattern still finds the code's paths
    missing = {path: where for path, where in named.items() if not (ROOT / path).exists()}
    assert not missing, f"the code names files that do not exist: {missing}"


def test_every_relative_link_and_anchor_resolves():
    broken = {}
    links = 0
    for doc in documents():
        text = doc.read_text(encoding="utf-8")
        links += len(LINK.findall(outside_code(text)))
        found = broken_links(doc, text)
        if found:
            broken[str(doc.relative_to(ROOT))] = found
    assert links > 50  # the links are still found
    assert not broken, f"links that lead nowhere: {broken}"


def test_the_link_check_finds_what_is_broken(tmp_path):
    """The check itself can fail: a missing file, a missing heading and a wrong anchor case are reported; a good
    link, a web link and a link inside code are not."""
    (tmp_path / "other.md").write_text("# Other page\n\n## The store (`store/`): 85 % target\n", encoding="utf-8")
    page = tmp_path / "page.md"
    text = ("## Here, and there\n\n"
            "[ok](#here-and-there) [ok](other.md#the-store-store-85--target) [web](https://example.org/#x)\n"
            "[gone](missing.md) [no heading](other.md#the-shop) [case](#Here-and-there)\n"
            "`[in code](nowhere.md)`\n```\n[in a block](nowhere.md)\n```\n")
    found = broken_links(page, text)
    assert [entry.split(" ")[0] for entry in found] == ["missing.md", "other.md#the-shop", "#Here-and-there"]


def test_anchors_follow_github_rules():
    text = "# stdcompare\n## Matching as the store grows (`bench/bench_growth.py`)\n## Notes\n## Notes\n```\n# not a heading\n```\n"
    assert anchors(text) == {"stdcompare", "matching-as-the-store-grows-benchbench_growthpy", "notes", "notes-1"}


# A comment or docstring citing a section: `(README, "Title")`, `README "Title"`, `README ("Title")`,
# `README's "Title"`, `(docs/scale.md, "Title")`; the quotes may be escaped inside a string literal.
CITATION = re.compile(r"""\b(README|docs/[\w-]+\.md)(?:'s)?[,:]?\s*\(?\\?["“]([^"”\\]+)\\?["”]""")
# A citation that names no section: `(README)`, `...; README)`, `(README, bench/bench_documents.py)`.
BARE = re.compile(r"\(?\bREADME\b(?:'s)?(?:[,;]\s*[\w/.-]+\.\w+)?\s*\)")


def heading_matches(cited: str, heading: str) -> bool:
    """A cited title names a heading when it is the heading (inline code marks aside) or the heading's part
    before " (" or ": ": "Scale" names "Scale: a large store on one machine", "HTTP API" does not name "HTTP API,
    web page, OpenRefine reconciliation and TMX export"."""
    cited = " ".join(cited.replace("`", "").split()).lower()
    heading = " ".join(heading.replace("`", "").split()).lower()
    return heading == cited or heading.startswith((cited + " (", cited + ": "))


def section_citations(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """The (file, title) citations of one source file, and its bare citations of the README; comment and
    docstring lines are joined first, so a title wrapped over two lines is read whole."""
    joined = re.sub(r"\s*\n\s*(?:#+\s*)?", " ", text)
    cited = [(where, title.strip()) for where, title in CITATION.findall(joined)]
    return cited, [match.group(0) for match in BARE.finditer(joined)]


def wrong_citations(text: str, pages: dict[str, str]) -> list[str]:
    """The citations of one source file whose section is not in the file cited (`pages`: "README" and
    "docs/<name>.md" -> their text), and the citations of the README that name no section."""
    cited, bare = section_citations(text)
    wrong = []
    for where, title in cited:
        page = pages.get(where)
        if page is None:
            wrong.append(f'{where}, "{title}" (no such file)')
        elif not any(heading_matches(title, heading) for heading in headings(page)):
            wrong.append(f'{where}, "{title}" (no such heading there)')
    return wrong + [f"{entry!r} (names no section)" for entry in bare]


def test_every_section_the_code_cites_is_where_it_says():
    """A comment or docstring that sends the reader to a section of the README or of docs/<name>.md names a
    heading of that file: the README was cut to a users' guide and its history moved to docs/, so a citation
    written before may now point at nothing."""
    pages = {"README": (ROOT / "README.md").read_text(encoding="utf-8")}
    pages.update({f"docs/{doc.name}": doc.read_text(encoding="utf-8") for doc in documents()[1:]})
    sources = [source for source in ROOT.glob("*/**/*.py") if ".venv" not in source.parts]
    sources += [ROOT / name for name in ("pyproject.toml", "Makefile", "Dockerfile") if (ROOT / name).exists()]
    wrong, citations = {}, 0
    for source in sources:
        if source == Path(__file__).resolve():
            continue  # the examples below
        text = source.read_text(encoding="utf-8")
        citations += len(section_citations(text)[0])
        found = wrong_citations(text, pages)
        if found:
            wrong[str(source.relative_to(ROOT))] = found
    assert citations > 20  # the pattern still finds the code's citations
    assert not wrong, f"the code cites sections that are not where it says: {wrong}"


def test_the_citation_check_finds_what_is_wrong():
    """The check itself can fail: a heading that moved to docs/, a title that only begins a heading, a title
    wrapped over two comment lines, a docs/ file that is not there and a bare "(README)" are reported; a good
    citation (whole, before ": " or " (", with inline code or escaped quotes) is not."""
    pages = {"README": "# Tool\n## Scale: one machine\n```\n# Hidden\n```\n",
             "docs/scale.md": "# Scale\n## HTTP API under load (issue 14)\n### `align` speed\n"}
    good = ('# one (README, "Scale"); two (docs/scale.md, "HTTP API under load")\n'
            '"""three (docs/scale.md, "align speed"), four README "Scale: one\n    machine"."""\n'
            'five = "(README, \\"Scale\\")"\n')
    assert wrong_citations(good, pages) == []
    gone = "docs/" + "gone.md"  # spelt so that the check of the docs/ files the code names passes it by
    bad = ('# (README, "HTTP API under load"); README "Hidden"; (docs/scale.md, "HTTP API")\n'
           f'# (README, "Scale: one\n# place"); ({gone}, "Scale"); measured (README)\n')
    assert [entry.split(" (")[0] for entry in wrong_citations(bad, pages)] == [
        'README, "HTTP API under load"', 'README, "Hidden"', 'docs/scale.md, "HTTP API"',
        'README, "Scale: one place"', f'{gone}, "Scale"', "'(README)'"]
