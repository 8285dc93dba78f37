"""Quick filters and per-text caches of the extractors (issue 15, speed) read exactly what the slow path reads.

Each filter skips a pattern on a text that lacks a word every match of the pattern holds; each cache
reads a text once. Invented sentences in several councils' styles; each test names the shape it checks.
"""

from __future__ import annotations

import re

import pytest

from ingest.blocks import clean
from ingest.extract import grants, structure
from ingest.extract.context import Context
from ingest.names import by_letter, may_hold

SENTENCES = [
    "The Exampleton Joint Action Group reports to the Safer Exampleton Partnership.",
    "Northshire Youth Offending Service Management Board is accountable to the Health and Wellbeing Board.",
    "The Board has three sub-groups: the Domestic Abuse Forum, the Exploitation Sub-Committee and the ASB Task Group.",
    "Jane Doe, Chair of the Westvale Community Safety Partnership, was elected in May 2021.",
    "The Council awarded £5,000 to Exampleton Youth Club from the Community Fund.",
    "Work streams are led by the Northshire Police and the Westvale Clinical Commissioning Group.",
    "In 2019/20 there were 1,204 incidents of anti-social behaviour reported to the Police.",
    "the group meets quarterly and its membership is reviewed every year",
    "WESTVALE SAFEGUARDING ADULTS BOARD – ANNUAL REPORT",
    "Cllr John Smith (Cabinet Member for Communities) chairs the Exampleton Partnership Executive.",
    "The Steering Group was replaced by the Northshire Community Safety Delivery Board in 2018.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_form_index_chooses_the_forms_whose_words_a_sentence_holds(text):
    """Forms with a needed word in the sentence, by the word index: the same as testing every form."""
    spans = structure.find_spans(text)
    low = structure._marked(text, spans).lower()
    expected = {k for k, f in enumerate(structure.forms()) if not f.needs or any(w in low for w in f.needs)}
    assert structure._forms_for(low) == tuple(sorted(expected))
    for key, words in structure._need_words()[1]:
        assert all(word.startswith(key) for word, _ in words)


@pytest.mark.parametrize("text", SENTENCES)
def test_a_line_naming_a_group_passes_the_group_word_filter(text):
    """A line whose group names the document reads holds a word a group's name ends in."""
    if structure.find_spans_names(text):
        assert structure._group_word().search(text.lower())


def test_the_group_word_filter_skips_a_line_without_one():
    assert structure.find_spans_names("Jane Doe and John Smith met the Director of Public Health.") == []
    assert not structure._group_word().search("jane doe and john smith met the director of public health.")


def test_every_sub_group_word_passes_its_hint():
    for word in structure.table()["subgroup_words"]:
        assert structure._subgroup_hint().search(word), word
        assert structure._subgroup_hint().search(word.upper()), word


@pytest.mark.parametrize("prefix", ["", "Minutes: ", "Item 4 – "])
def test_cached_name_spans_stand_where_the_names_are_written(prefix):
    """A name's span and a run's cuts are read once per distinct text and moved to where each stands."""
    text = prefix + "The Exampleton Joint Action Group reports to the Safer Exampleton Partnership."
    groups = [s for s in structure.find_spans(text) if s.typ == "group"]
    assert [s.name for s in groups] == ["Exampleton Joint Action Group", "Safer Exampleton Partnership"]
    for s in groups:
        assert text[s.start : s.end].endswith(s.name)


def test_spans_handed_out_are_copies():
    text = "The Exampleton Joint Action Group reports to the Safer Exampleton Partnership."
    first = structure.find_spans(text)
    first[0].start = 999
    assert structure.find_spans(text)[0].start != 999


@pytest.mark.parametrize("text", SENTENCES)
def test_a_funding_form_needs_a_pound_sign(text):
    """Every sentence form of the funding table writes its amount, so a text without '£' matches none."""
    assert grants._every_form_has_amount()
    without = text.replace("£", "GBP ")
    assert not any(f.regex.search(without) for f in grants.forms())


def test_clean_keeps_emphasis_and_heading_rules():
    assert clean("## **Exampleton** _Board_ <b>2021</b>") == "Exampleton _Board_ 2021"
    assert clean("A *starred* word and 5 * 3") == "A starred word and 5 * 3"
    assert clean("No marks here &amp; there") == "No marks here & there"


def test_evidence_is_shared_and_equal():
    from ingest.blocks import Document

    ctx = Context(Document("t.txt", "The Board reports to the Council.\n"))
    s = ctx.doc.sentences(ctx.doc.blocks[0])[0]
    assert ctx.ev(s) is ctx.ev(s)
    assert ctx.ev(s) == s.evidence("t.txt")


# Word lists grouped by their first letter (names.by_letter) find what the plain alternation finds: the
# same match at the same place, the same alternative chosen when several could match there.
WORD_LISTS = [
    [
        "apologies for absence",
        "apologies",
        "absent",
        "attendance",
        "also present",
        "a",
        "an",
        "members",
        "Members of",
    ],
    [r"no\s+longer", "neither", "not", "nor", "never", "ceased", "will not", "won't", "isn't", "aren't"],
    ["Chair", "chairman", "Co-chair", "Vice Chair", "CSP", "CCG", "Sub-group", "subgroup", "Stream", "s"],
]
TEXTS = SENTENCES + [
    "APOLOGIES FOR ABSENCE: Jane Doe. Also present: the Members of the Board, an officer and a Chairman.",
    "The CSP no  longer meets; it will not, won't and isn't. ſub-group, ſtream and İt, ıt (odd letters).",
    "Kelvin sign K and the co-chair, Vice Chair and Vice chair of the subgroup; a stream in an absent group.",
]


@pytest.mark.parametrize("words", WORD_LISTS)
@pytest.mark.parametrize("ignore_case", [True, False])
def test_words_grouped_by_their_first_letter_match_as_the_plain_list(words, ignore_case):
    flags = re.I if ignore_case else 0
    plain = re.compile(rf"\b(?:{'|'.join(words)})\b", flags)
    grouped = re.compile(rf"\b(?:{by_letter(words, ignore_case)})\b", flags)
    assert grouped.pattern != plain.pattern  # (grouped: the lists open with letters)
    for text in TEXTS:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_a_list_that_is_not_whole_words_is_left_as_it_is():
    assert by_letter(["priorit(?:y", "ies)", "aims"], True) == "priorit(?:y|ies)|aims"  # a group cut at '|'
    assert by_letter(["(?:the )?board", "group"], True) == "(?:the )?board|group"  # no letter first
    assert by_letter(["s?ub", "group"], True) == "s?ub|group"  # a letter made optional


@pytest.mark.parametrize("word", ["strategy", "partnership", "commission", "plan", "kelvin"])
def test_may_hold_is_true_wherever_a_case_blind_pattern_finds_the_word(word):
    texts = TEXTS + [
        word.upper(),
        word.replace("s", "ſ"),
        word.replace("i", "ı"),
        word.replace("i", "İ"),
        "K",
    ]
    for text in texts:
        if re.search(re.escape(word), text, re.I):
            assert may_hold(text, [word]), text
    assert not may_hold("Nothing of the kind here.", [word])
