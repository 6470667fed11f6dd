"""compare/indicators/translation_limits.py: lists of translation limits read as minima (thirty-second round,
fixlang32). The sentences are written here, not taken from the open sets."""

from __future__ import annotations

from compare.indicators.extract import extract
from compare.indicators.translation_limits import may_list_translation_limits


def read(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(i.parameter, str(i.comparator), i.value, i.unit) for i in extract(text).indicators]


def test_english_list_of_translation_limits_reads_minima_named_after_their_counts():
    text = ("A conforming compiler shall accept at least one source file that reaches each of the following limits: "
            "— 31 levels of nested blocks; — 2048 characters in one comment; — 255 labels in one procedure.")
    assert read(text) == [("levels of nested blocks", "min", 31.0, ""), ("characters in one comment", "min", 2048.0, ""),
                          ("labels in one procedure", "min", 255.0, "")]
    assert extract(text).unread == ()


def test_chinese_list_of_translation_limits_reads_minima_and_not_the_lead_numbers():
    text = "编译器应至少能处理一个源文件，该文件至少达到下列各限制：一个块中的31层嵌套；一个注释中的2048个字符；一个过程中的255个标号。"
    got = read(text)
    assert [(c, v, u) for _, c, v, u in got] == [("min", 31.0, ""), ("min", 2048.0, ""), ("min", 255.0, "")]
    assert got[1][0] == "一个注释中的字符"
    assert extract(text).unread == ()


def test_a_list_with_an_item_of_two_numbers_is_left_to_the_general_reader():
    text = ("The tool shall handle at least the following limits: — 31 levels of nesting; — 10 to 20 labels per block.")
    assert all(i.comparator != "min" or i.value != 31.0 or i.parameter != "levels of nesting"
               for i in extract(text).indicators)


def test_limits_without_such_a_lead_are_not_read_so():
    assert not may_list_translation_limits("The limits are: lead 0,1 mg/kg; cadmium 0,05 mg/kg.")
    assert [c for _, c, _, _ in read("The limits are: lead 0,1 mg/kg; cadmium 0,05 mg/kg.")] == ["max", "max"]


def test_a_clause_that_is_only_a_dashed_list_of_counts_reads_bare_counts():
    # the lead stands in a clause before: each count takes its kind from the limit it is compared with
    got = extract("— 31 levels of nested blocks; — 2048 characters in one comment; — 255 labels in one procedure.")
    assert [(i.parameter, str(i.comparator), i.value, i.explicit) for i in got.indicators] == [
        ("levels of nested blocks", "equal", 31.0, False), ("characters in one comment", "equal", 2048.0, False),
        ("labels in one procedure", "equal", 255.0, False)]
    assert got.unread == ()
