from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recruitscreen.normalize import normalize

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
LOOKALIKES = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Add me on WeChat", "add me on wechat"),
        ("W e C h a t", "wechat"),
        ("W.e.C.h.a.t", "wechat"),
        ("t-e-l-e-g-r-a-m", "telegram"),
        ("Té lé gram", "télégram"),  # a channel name split into chunks
        ("whats.app or hot mail", "whatsapp or hotmail"),
        ("t e l e gram", "telegram"),  # a chunk of spaced letters inside a split name
        ("ＷｅＣｈａｔ", "wechat"),  # full-width
        ("𝐖𝐞𝐂𝐡𝐚𝐭", "wechat"),  # mathematical bold
        ("We\u200bCh\u200dat", "wechat"),  # zero-width inside
        ("WеChаt", "wechat"),  # Cyrillic е and а in a Latin word
        ("don\u2019t tell", "don't tell"),
        ("STRASSE", "strasse"),
        # Chinese has no spaces: Han characters spaced apart are joined to the Han text around them
        ("这件事别 跟 单 位 说了", "这件事别跟单位说了"),
        ("请加 微 信 聊", "请加微信聊"),
    ],
)
def test_folds_evasions(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    "text",
    ["Привет, как дела? Всё хорошо.", "Καλημέρα σας, τι κάνετε;", "我们明天在上海见面。", "می\u200cخواهم بروم"],
)
def test_leaves_genuine_non_latin_text_alone(text: str) -> None:
    nt = normalize(text)
    assert nt.folded_words == 0
    assert nt.invisible_removed == 0
    assert nt.text == text.casefold().replace("\u200c", "")


def test_plain_words_are_not_joined() -> None:
    assert normalize("I am a big fan of it").text == "i am a big fan of it"
    # names two ordinary words spell are not joined from chunks
    assert normalize("we chat every week, sign al in").text == "we chat every week, sign al in"
    assert normalize("Wei Xin is here").text == "wei xin is here"  # a given name
    assert normalize("唐纳德·特朗普").text == "唐纳德·特朗普"  # the dot of a foreign name
    assert normalize("U.S. and e.g. ok").text == "u.s. and e.g. ok"


def test_ascii_fast_path_has_identity_map() -> None:
    nt = normalize("Hello there, nothing to fold here.")
    assert nt.folded is None and nt.joined is None
    assert nt.span(6, 11) == (6, 11)


def test_notes_report_evasion() -> None:
    nt = normalize("W e C h a t and We\u200bChat and WеChat \u202eevil")
    notes = " ".join(nt.notes())
    assert "spaced-out" in notes and "invisible" in notes and "look-alike" in notes
    assert "bidirectional" in notes


@pytest.mark.parametrize(
    "text", ["W e C h a t", "We\u200bChat", "ＷｅＣｈａｔ", "WеChаt", "x ﬁnance ﬁ W.e.C.h.a.t y"]
)
def test_spans_point_into_the_original(text: str) -> None:
    nt = normalize(text)
    m = re.search("wechat|finance", nt.text)
    assert m
    a, b = nt.span(*m.span())
    assert 0 <= a < b <= len(text)
    assert normalize(text[a:b]).text == m.group()


_alphabet = st.characters(min_codepoint=0x20, max_codepoint=0x2FFF, blacklist_categories=("Cs",))


@settings(max_examples=300, deadline=None)
@given(
    base=st.text(alphabet="abcdefghijklmnopqrstuvwxyz WeChat.-", min_size=0, max_size=60),
    inserts=st.lists(
        st.tuples(st.integers(0, 60), st.sampled_from(ZERO_WIDTH + list(LOOKALIKES.values()))),
        max_size=8,
    ),
)
def test_property_spans_valid_with_invisibles_and_lookalikes(
    base: str, inserts: list[tuple[int, str]]
) -> None:
    text = base
    for pos, ch in inserts:
        pos = min(pos, len(text))
        text = text[:pos] + ch + text[pos:]
    nt = normalize(text)
    if nt.joined is not None:
        assert len(nt.joined) == len(nt.text)
    for i in range(len(nt.text)):
        a, b = nt.span(i, i + 1)
        assert 0 <= a < b <= len(text)
    # The invisibles never survive normalization.
    assert not any(z in nt.text for z in ZERO_WIDTH)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_alphabet, max_size=80))
def test_property_any_text_maps_back(text: str) -> None:
    nt = normalize(text)
    prev = 0
    for i in range(len(nt.text)):
        a, b = nt.span(i, i + 1)
        assert 0 <= a < b <= len(text)
        assert a >= prev  # the map is monotone
        prev = a


@settings(max_examples=200, deadline=None)
@given(word=st.sampled_from(["wechat", "whatsapp", "telegram", "signal"]), data=st.data())
def test_property_obfuscated_keyword_is_recovered(word: str, data: st.DataObject) -> None:
    chars = []
    for ch in word:
        ch = data.draw(st.sampled_from([ch, ch.upper(), LOOKALIKES.get(ch, ch)]))
        chars.append(ch)
        chars.append(data.draw(st.sampled_from(["", "", "\u200b", "\u00ad"])))
    text = "please use " + "".join(chars) + " now"
    nt = normalize(text)
    assert word in nt.text
    i = nt.text.index(word)
    a, b = nt.span(i, i + len(word))
    assert normalize(text[a:b]).text == word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("add me on w3chat", "add me on wechat"),
        ("wh@tsapp me", "whatsapp me"),
        ("T3l3gr4m please", "telegram please"),
        ("s1gnal", "signal"),
        ("te1egram", "telegram"),
        ("We💬Chat", "wechat"),  # emoji wedged inside a word
        ("W🔹e🔹C🔹h🔹a🔹t", "wechat"),
        ("W 🔹 e 🔹 C 🔹 h 🔹 a 🔹 t", "wechat"),  # emoji as separators between spaced letters
        ("加🌹我🌹微🌹信", "加我微信"),
    ],
)
def test_folds_leetspeak_and_emoji(text: str, expected: str) -> None:
    nt = normalize(text)
    assert nt.text == expected
    assert nt.notes()
    word = expected.split()[-1]
    i = nt.text.rindex(word)
    a, b = nt.span(i, i + len(word))
    assert normalize(text[a:b]).text == word  # the span covers exactly the disguised word


@pytest.mark.parametrize(
    "text", ["h1b visa", "5g rollout", "b2b sales", "I ❤️ you", "ok 👍 thanks", "x@gmail.com", "c0ffee"]
)
def test_leetspeak_and_emoji_left_alone_where_no_name_is_spelt(text: str) -> None:
    assert normalize(text).text == text.lower()


def test_enclosed_letter_wedged_in_a_word_is_read_as_its_letter() -> None:
    # U+1F132 SQUARED LATIN CAPITAL LETTER C is a letter under NFKC, not an emoji separator.
    nt = normalize("add me on We\U0001f132hat")
    assert nt.text.endswith("wechat")
    start, end = nt.span(len(nt.text) - 6, len(nt.text))
    assert nt.original[start:end] == "We\U0001f132hat"


@pytest.mark.parametrize("n", [1, 9, 10, 500])
def test_emoji_runs_of_any_length_are_kept_outside_words(n: int) -> None:
    text = "hello " + "\U0001f600" * n + " world"
    nt = normalize(text)
    assert nt.text == text
    assert nt.invisible_removed == 0


def test_only_the_first_invisible_of_a_run_inside_a_word_counts_as_evasion() -> None:
    nt = normalize("we\u200b\u200b\u200bchat and \u200b\u200b alone")
    assert nt.text == "wechat and  alone"
    assert nt.invisible_removed == 1


@given(st.text(alphabet="ab Z9.-\u200b\u200c\u200d\u202e\u202c\u2066\u2069\ufeff\u00ad\u2060", max_size=60))
@settings(max_examples=400)
def test_property_ascii_with_invisibles_takes_the_bulk_path_with_the_same_result(text: str) -> None:
    """ASCII text with invisible characters skips the per-run loop; text, counts and the way
    back to the original are exactly what the loop gives."""
    from recruitscreen.normalize import _normalize_runs, _slow_normalize

    bulk, loop = _slow_normalize(text), _normalize_runs(text)
    assert bulk[0] == loop[0] and bulk[2:] == loop[2:]
    assert len(bulk[1]) == len(loop[1]) == len(bulk[0])
    for i in range(len(bulk[0])):
        assert (bulk[1].start(i), bulk[1].end(i)) == (loop[1].start(i), loop[1].end(i))
