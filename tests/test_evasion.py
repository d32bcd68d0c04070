"""The evasion suite: spellings meant to slip past a filter must still be found, on the right words.

Variants are generated, not listed: for every off-platform channel (and a sample of other rules)
the name is spaced, dotted, hyphenated, written full-width, broken by zero-width characters or
emoji, given Cyrillic or Greek look-alike letters, written in leetspeak, replaced by its Pinyin or
homophone nickname, turned into a chat link, or (for phone numbers) written in every common
format. A variant counts as found when a finding of the expected category covers it and the
finding's span is exact on the ORIGINAL text (``text[start:end] == excerpt``). At least 95% must
be found. The no-false-alarm suite then screens genuine Russian, Greek, Arabic and Persian (with
ZWNJ), Chinese and French text and family or workplace chats that mention the apps: none may
be flagged.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recruitscreen import Screener

CYRILLIC = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і", "y": "у"}
GREEK = {"a": "α", "o": "ο", "i": "ι", "t": "τ", "p": "ρ", "e": "ε", "k": "κ", "x": "χ"}
LEET = {"e": "3", "a": "4", "s": "5", "o": "0", "i": "1", "t": "7"}
FULLWIDTH_OFFSET = 0xFEE0


def _spaced(sep: str) -> Callable[[str], str]:
    return lambda w: sep.join(w)


def _fullwidth(w: str) -> str:
    return "".join(chr(ord(c) + FULLWIDTH_OFFSET) if "!" <= c <= "~" else c for c in w)


def _inside(ch: str) -> Callable[[str], str]:
    return lambda w: w[: len(w) // 2] + ch + w[len(w) // 2 :]


def _every_other(ch: str) -> Callable[[str], str]:
    return lambda w: ch.join(w[i : i + 2] for i in range(0, len(w), 2))


def _swap(table: dict[str, str], limit: int = 2) -> Callable[[str], str]:
    def swap(w: str) -> str:
        out, n = [], 0
        for c in w:
            if c.lower() in table and n < limit:
                out.append(table[c.lower()])
                n += 1
            else:
                out.append(c)
        return "".join(out)

    return swap


def _leet(w: str) -> str:
    out, n = [], 0
    for c in w:
        if c.lower() in LEET and n < 2:
            out.append(LEET[c.lower()])
            n += 1
        else:
            out.append(c)
    return "".join(out)


SPELLINGS: dict[str, Callable[[str], str]] = {
    "plain": lambda w: w,
    "upper": str.upper,
    "spaced": _spaced(" "),
    "dotted": _spaced("."),
    "hyphenated": _spaced("-"),
    "underscored": _spaced("_"),
    "starred": _spaced("*"),
    "fullwidth": _fullwidth,
    "zero_width_space": _inside("\u200b"),
    "zero_width_joiner": _every_other("\u200d"),
    "soft_hyphen": _inside("\u00ad"),
    "word_joiner": _every_other("\u2060"),
    "cyrillic": _swap(CYRILLIC),
    "greek": _swap(GREEK),
    "leetspeak": _leet,
    "emoji_separated": _spaced("🔹"),
    "emoji_spaced": _spaced(" ✨ "),
    "emoji_inside": _inside("💬"),
}
CHANNELS = ["WeChat", "WhatsApp", "Telegram", "Signal"]
# One sentence per language; {x} is the channel as the sender spelt it.
CONTEXTS = {
    "en": "Hi, please add me on {x} so we can talk about the role.",
    "fr": "Bonjour, ajoute-moi sur {x}, je t'envoie les détails du mandat.",
    "zh": "领英上不方便，我们转到 {x} 上详聊吧。",
}
NICKNAMES = {  # Pinyin and homophone names, each in the way it is written in a chat
    "weixin": "add me on weixin: lily_hk88",
    "vx": "加个vx：lily_hk88",
    "wx": "wx: lily_hk88, add me",
    "v x": "ajoute-moi sur v x : lily_hk88",
    "V信": "加我V信详聊",
    "薇信": "这里不方便，加我薇信",
    "威信": "我的威信号是 lily_hk88",
    "纸飞机": "有事纸飞机联系我",
    "紙飛機": "我們到紙飛機上聊",
    "电报": "电报号 @lily_hk88",
    "飞机号": "飞机号 @lily_hk88",
    "tg": "tg: @lily_hk88",
}
LINKS = [
    "wa.me/85291234567",
    "https://wa.me/8613800138000",
    "https://api.whatsapp.com/send?phone=85291234567",
    "https://t.me/lily_hk88",
    "t.me/joinchat_consult",
    "weixin://dl/chat?lily_hk88",
    "https://u.wechat.com/kLmN0pQrStU",
    "tg://resolve?domain=lily_hk88",
]
PHONES = [
    "+852 9123 4567", "+852-9123-4567", "+852.9123.4567", "(+852) 9123 4567", "+85291234567",
    "00852 9123 4567", "+852 91234567", "\uff0b852 9123 4567", "+86 138 0013 8000",
    "+86-138-0013-8000", "(+86) 13800138000", "+8613800138000", "0086 138 0013 8000",
    "+86 (10) 6512 3456", "+86 10 6512 3456", "+853 6612 3456", "+7 915 123-45-67",
    "+7 (915) 123 45 67", "+98 912 345 6789",
]  # fmt: skip
PHONE_CONTEXTS = {
    "en": "You can reach me directly at {x} any time.",
    "fr": "Mon numéro : {x}, écris-moi là.",
    "zh": "我的电话：{x}，有事联系。",
}
# A sample of other rules: (language, category, sentence with {x}, word to disguise).
OTHER_RULES = [
    ("fr", "paid_task", "Nous offrons des {x} rémunérés à des experts comme vous.", "rapports"),
    ("fr", "secrecy", "Merci de ne pas en parler à votre {x}.", "employeur"),
    ("fr", "coercion", "Tu dois rentrer au {x} pour régler ta situation.", "pays"),
    ("fr", "sensitive_info", "Il voudrait les discussions {x} du ministère.", "internes"),
    ("zh", "secrecy", "这件事{x}，就我们两个知道。", "别跟单位说"),
    ("zh", "coercion", "公安已经找过你父母了，{x}。", "让你尽快回国"),
    ("zh", "job_scam", "入职前需要先交{x}。", "800元培训费"),
    ("zh", "sensitive_info", "听听你们部门{x}的看法。", "内部"),
]
CJK_SPELLINGS = {  # what evaders do to Chinese words: spaces, zero-width, emoji, full-width digits
    "plain": lambda w: w,
    "spaced": _spaced(" "),
    "zero_width_space": _every_other("\u200b"),
    "emoji_separated": _spaced("🌹"),
    "fullwidth": _fullwidth,
}


def _variants() -> list[tuple[str, str, str, str]]:
    """(name, text, disguised part, expected category) for every generated variant."""
    out = []
    for lang, context in CONTEXTS.items():
        for channel in CHANNELS:
            for spelling, fn in SPELLINGS.items():
                disguised = fn(channel)
                out.append((f"{lang}/{channel}/{spelling}", context.format(x=disguised), disguised, "off_platform"))
    for nick, sentence in NICKNAMES.items():
        out.append((f"nickname/{nick}", sentence, nick, "off_platform"))
    for i, link in enumerate(LINKS):
        for lang, context in CONTEXTS.items():
            text = context.replace("{x}", "{x} ").format(x=link) if lang == "zh" else f"Chat here: {link}"
            out.append((f"link/{lang}/{i}", text, link, "off_platform"))
    for i, phone in enumerate(PHONES):
        for lang, context in PHONE_CONTEXTS.items():
            out.append((f"phone/{lang}/{i}", context.format(x=phone), phone, "off_platform"))
    for lang, category, sentence, word in OTHER_RULES:
        spellings = CJK_SPELLINGS if lang == "zh" else SPELLINGS
        for spelling, fn in spellings.items():
            if lang != "zh" and spelling in ("leetspeak", "emoji_inside", "underscored", "starred"):
                continue  # leetspeak is folded for channel names only
            disguised = fn(word)
            out.append((f"{lang}/{category}/{spelling}", sentence.format(x=disguised), disguised, category))
    return out


VARIANTS = _variants()
SCREENER = Screener(model=None)


def _found(text: str, disguised: str, category: str) -> bool:
    a = SCREENER.screen(text)
    lo = text.index(disguised)
    hi = lo + len(disguised)
    for f in a.findings:
        assert text[f.start : f.end] == f.excerpt, (f.rule_id, f.start, f.end)
        if f.category == category and f.start < hi and lo < f.end:
            return True
    return False


def test_the_suite_is_large_and_covers_every_kind() -> None:
    kinds = {name.split("/")[0] for name, *_ in VARIANTS}
    assert len(VARIANTS) >= 300
    assert {"en", "fr", "zh", "nickname", "link", "phone"} <= kinds


def test_at_least_95_percent_of_the_variants_are_found_on_their_words() -> None:
    missed = [name for name, text, disguised, cat in VARIANTS if not _found(text, disguised, cat)]
    rate = 1 - len(missed) / len(VARIANTS)
    assert rate >= 0.95, f"found {rate:.1%}; missed: {missed}"


@pytest.mark.parametrize("channel", CHANNELS)
def test_every_spelling_of_every_channel_is_found_in_english(channel: str) -> None:
    """English is the pack with the most traffic: there, every spelling must be found."""
    missed = [
        s for s, fn in SPELLINGS.items()
        if not _found(CONTEXTS["en"].format(x=fn(channel)), fn(channel), "off_platform")
    ]  # fmt: skip
    assert not missed, missed


# Channel names broken into chunks, the way a sender dodges a filter without spacing every letter.
CHUNKED = {
    "Té lé gram": "fr", "Tele gram": "en", "tele-gram": "en", "Whats.App": "en", "What sApp": "fr",
    "Sky pe": "en", "Vi-ber": "fr",
}  # fmt: skip


@pytest.mark.parametrize("chunked", sorted(CHUNKED))
def test_channel_names_split_into_chunks_are_found(chunked: str) -> None:
    assert _found(CONTEXTS[CHUNKED[chunked]].format(x=chunked), chunked, "off_platform")


@pytest.mark.parametrize("nick", sorted(NICKNAMES))
def test_nicknames_are_found_whatever_language_is_detected(nick: str) -> None:
    assert _found(NICKNAMES[nick], nick, "off_platform")


# ---------------------------------------------------------------------------------------------
# No false alarms
# ---------------------------------------------------------------------------------------------
GENUINE = {
    "russian": "Привет! Как дела на работе? Мы с мамой в субботу едем на дачу, приезжай, если сможешь.",
    "russian_wa": "Скинь мне фото в WhatsApp, бабушка очень ждёт. Обнимаю!",
    "greek": "Καλημέρα σας! Η συνάντηση της ομάδας μεταφέρεται την Πέμπτη στις δέκα. Ευχαριστώ.",
    "greek_family": "Μαμά, σου έστειλα τις φωτογραφίες στο Viber. Φιλιά από την Αθήνα!",
    "arabic": "السلام عليكم، الاجتماع غدا في الساعة العاشرة صباحا في مكتب الإدارة. شكرا لكم.",
    "arabic_family": "أمي، أرسلت لك الصور على واتساب. اشتقت إليكم كثيرا.",
    "persian_zwnj": "می\u200cخواهم فردا به خانه\u200cی مادربزرگ بروم. کتاب\u200cها را هم می\u200cآورم.",
    "persian_work": "جلسه\u200cی تیم به روز پنجشنبه منتقل شد. لطفا گزارش\u200cها را قبل از آن بفرستید.",
    "chinese_family": "妈，周末我们视频一下吧，用微信就行，孩子想外婆了。",
    "chinese_work": "明天上午十点在三楼会议室开会，请大家准时参加，材料我已经发到群里了。",
    "chinese_traditional": "媽，我已經把照片傳到LINE群組了，爸爸的生日蛋糕也訂好了。",
    "chinese_friends": "周末一起吃火锅吧？有事微信找我，我这周都在多伦多。",
    "french_family": "Allô maman! Je t'appelle sur WhatsApp ce soir après le souper, embrasse papa pour moi.",
    "french_work": "Bonjour à tous, la réunion d'équipe est déplacée à jeudi 10 h. Le lien Teams suit.",
    "french_friends": "Salut! On se retrouve au chalet samedi? Je t'écris sur Messenger pour l'adresse.",
    "french_chalet_cash": "Salut, je te paie ta part du chalet en argent comptant samedi, ça te va?",
    "french_payroll_never_cash": "Rappel : les honoraires des conférenciers sont versés par virement seulement. Nous ne payons jamais en argent comptant.",
    "french_witness_summons": "Ton père a été convoqué au tribunal comme témoin pour l'accident de la 40.",
    "french_brother_home": "Ton frère rentre au pays pour les Fêtes, maman est tellement contente!",
    "french_holiday_return": "Papa demande si tu rentres pour Noël; on paie la moitié du billet.",
    "french_security_notice": "Info-sécurité : si un « consultant » vous offre un voyage tout payé pour rencontrer son client et parle de rapports rémunérés, ne répondez pas et consultez le Bureau de la sécurité de la recherche.",
    "french_public_talk": "Le département t'invite à une causerie publique et enregistrée en mars; c'est payé 250 $ et on rembourse ton autobus.",
    "chinese_launch_notice": "各位同事，新品还没发布的参数请大家不要外传，发布会后统一宣传。——市场部",
    "chinese_named_headhunter": "您好，我是锐思猎头的周敏，客户是一家上市公司，官网可查。方便的话加个微信详聊？",
    "chinese_alumni_papers": "老同学们好，我的咨询公司在招兼职分析师，写行业报告按篇付费，全部用公开资料、署本人名字，公司信息工商网站可查。",
    "chinese_family_transfer": "妈，生活费转到爸爸的卡上了，别担心。",
    "chinese_security_notice": "【保密提醒】有人自称咨询公司，约写付费报告、打听未公开的项目进度、报销机票请你去第三地见客户，还让你加私人微信。遇到类似情况请截图发送至保密办。",
    "chinese_school_talk": "下个月系里请你来讲一次课，讲课费学院出，来回机票我们报。别带单位没公开的材料，讲讲公开论文就行。",
    "cantonese_payroll": "提提大家，出差報銷統一入你出糧戶口，公司唔會用現金或者其他方式俾。",
    "english_family": "Mom, add me on WeChat so grandma can see the photos from the wedding.",
    "english_work": "Team: we are moving the stand-up to Teams; ping me on Slack or WhatsApp if the link fails.",
    "english_colleague": "My work phone died, message me on Signal until I get a new one. See you at the office.",
    "mixed_family": "Grandma says 生日快乐! Call her on WeChat tonight, 她很想你。",
    "spanish": "Hola, nos vemos mañana en la oficina. Te escribo por WhatsApp si hay cambios.",
    "english_named_recruiter_hk": "Hi Priya, I'm Grace Lam, talent acquisition lead at Harbourline Securities Ltd, hiring a credit risk analyst in Central (ref 4471). Call me on +852 5550 0123 for details.",
    "english_per_diem": "Reminder: the per diem for the Osaka audit is JPY 9,000 a day, paid with your salary. Book hotels on the corporate card only.",
    "english_own_personal_email": "My last day is Friday! For keeping in touch, my personal email is dana.kowal@gmail.com. It's been a joy working with you all.",
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(GENUINE))
def test_genuine_text_is_not_flagged(name: str) -> None:
    a = SCREENER.screen(GENUINE[name])
    assert a.level == "low", [(f.rule_id, f.excerpt) for f in a.findings]


@pytest.mark.parametrize("name", ["persian_zwnj", "persian_work"])
def test_persian_zwnj_is_not_counted_as_evasion(name: str) -> None:
    a = SCREENER.screen(GENUINE[name])
    assert not any("invisible" in n for n in a.notes)


# ---------------------------------------------------------------------------------------------
# Spellings that once slipped through, each a case of its own
# ---------------------------------------------------------------------------------------------
MISSED_ONCE = {
    "zero_width_app_then_politeness": ("Ajoute-moi sur We\u200bChat stp : lune_rouge88", "lune_rouge88"),
    "address_parenthesised_a_and_point": ("Écris-moi à m.tremblay (a) gmail (point) com", "(a) gmail (point) com"),
    "address_at_and_dot_in_words": ("reach me at jlee77 at gmail dot com tonight", "at gmail dot com"),
    "qq_mailbox_nickname": ("资料直接发我扣扣邮箱就行", "扣扣邮箱"),
    "search_a_telegram_handle": ("有事搜 tg_beifeng 联系我", "tg_beifeng"),
    "north_american_number_in_french": ("Mon numéro : 514-555-0147, texte-moi ce soir.", "514-555-0147"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(MISSED_ONCE))
def test_spellings_that_once_slipped_through_are_found(name: str) -> None:
    text, part = MISSED_ONCE[name]
    assert _found(text, part, "off_platform")
