"""Language detection picks the packs; mixed messages run each language's pack."""

from __future__ import annotations

import pytest

from recruitscreen import RuleSet, Screener
from recruitscreen.lang import DEFAULT_LANGUAGE, SAMPLE_HEAD, detect
from recruitscreen.rules import ANY_LANGUAGE, default_rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thank you for your application, we will get back to you next week.", ("en",)),
        ("Merci pour votre candidature, nous vous reviendrons la semaine prochaine.", ("fr",)),
        ("Bonjour, c'est l'entrevue de jeudi qui est déplacée à 14 h.", ("fr",)),
        ("感谢您的申请，我们下周会联系您。", ("zh",)),
        ("感謝您的申請，我們下週會聯繫您。", ("zh",)),
        ("Привет, как дела? Всё хорошо.", (DEFAULT_LANGUAGE,)),
        ("", (DEFAULT_LANGUAGE,)),
    ],
)
def test_single_language(text: str, expected: tuple[str, ...]) -> None:
    assert detect(text).languages == expected


def test_japanese_kana_is_not_chinese() -> None:
    assert "zh" not in detect("ありがとうございます。来週ご連絡します。").languages


def test_mixed_french_and_chinese_runs_both_packs() -> None:
    text = "Bonjour, voici le message de mon collègue : 请加我微信，我们明天在上海见面。"
    langs = detect(text).languages
    assert "fr" in langs and "zh" in langs


def test_english_and_french_mixed_runs_both() -> None:
    text = "Hi, thanks for your note. Pour la suite, je vous écris en français si vous voulez bien."
    langs = detect(text).languages
    assert set(langs) == {"en", "fr"}


def test_short_latin_text_runs_both_latin_packs() -> None:
    """Too few function words to tell English from French: both packs read it."""
    assert set(detect("vx: lily_88").languages) == {"en", "fr"}


def test_chinese_at_the_end_of_a_long_message_is_seen() -> None:
    text = "Thanks for the update on the schedule. " * (SAMPLE_HEAD // 20) + " 加我微信详聊"
    text = text + " and the rest of the e-mail goes on in English." * 40
    assert "zh" in detect(text).languages


def test_a_pack_runs_only_on_its_language() -> None:
    s = Screener(model=None)
    fr_only = "Ajoutez-moi sur WeChat, mon client paie très bien les rapports."
    ids = {f.rule_id for f in s.screen(fr_only).findings}
    assert any(i.endswith(".fr") for i in ids)
    assert not any(i.endswith(".zh") for i in ids)
    zh_only = "加我微信详聊，客户出高价。"
    ids = {f.rule_id for f in s.screen(zh_only).findings}
    assert any(i.endswith(".zh") for i in ids)
    assert not any(i.endswith(".fr") for i in ids)


def test_mixed_message_finds_evidence_from_both_packs() -> None:
    s = Screener(model=None)
    text = "Bonjour, mon client paie 2 000 $ par rapport. 这件事别跟单位说。"
    ids = {f.rule_id for f in s.screen(text).findings}
    assert any(i.endswith(".fr") for i in ids) and any(i.endswith(".zh") for i in ids)


def test_for_languages_keeps_every_language_rules_and_caches() -> None:
    rules = default_rules()
    fr = rules.for_languages(["fr"])
    assert {r.language for r in fr} == {"fr", ANY_LANGUAGE}
    assert rules.for_languages(["fr"]) is fr
    assert rules.for_languages(["en", "fr", "zh"]) is rules


def test_pack_without_language_runs_everywhere(tmp_path: object) -> None:
    from pathlib import Path

    pack = Path(str(tmp_path)) / "mine.toml"
    pack.write_text(
        '[[rule]]\nid = "secrecy.codeword"\ncategory = "secrecy"\nweight = 5.0\n'
        "keywords = [\"bluebird\"]\npatterns = ['''\\bbluebird\\b''']\n"
        'explanation = "The agreed code word."\n',
        encoding="utf-8",
    )
    s = Screener(model=None, rules=RuleSet.from_files(pack))
    for text in ("bluebird", "Le mot est bluebird.", "暗号是 bluebird。"):
        assert [f.rule_id for f in s.screen(text).findings] == ["secrecy.codeword"], text


def test_explanations_follow_the_message_language_and_english_on_request() -> None:
    text = "Merci de ne pas en parler à votre employeur."
    f = Screener(model=None).screen(text).findings[0]
    assert f.rule_id.endswith(".fr") and "employeur" in f.explanation
    english = Screener(model=None, rules=default_rules().explained_in("en"))
    g = english.screen(text).findings[0]
    assert g.rule_id == f.rule_id and "employer" in g.explanation


def test_channel_rule_explains_itself_in_the_message_language() -> None:
    s = Screener(model=None)
    zh = next(f for f in s.screen("有事纸飞机联系").findings if f.rule_id == "off_platform.disguised_app_name")
    fr_text = "Voici le lien pour la suite : t.me/lily_hk88 et merci pour votre temps."
    fr = next(f for f in s.screen(fr_text).findings if f.rule_id == "off_platform.chat_link")
    assert "平台" in zh.explanation
    assert "plateforme" in fr.explanation


def test_french_and_chinese_rules_have_english_explanations() -> None:
    missing = [
        r.id for r in default_rules() if r.language in ("fr", "zh") and "en" not in {t[0] for t in r.translations}
    ]
    assert not missing
