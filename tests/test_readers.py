"""Conversation readers on files written here: .eml, .mbox, LinkedIn messages.csv, WhatsApp
.txt (Android and iOS), JSONL threads — each with a malformed file whose bad part is named by
file and line while the rest is still read."""

from __future__ import annotations

import base64
import csv
import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from recruitscreen.io import read_records
from recruitscreen.io.htmltext import html_to_text
from recruitscreen.io.linkedin import read_linkedin, repair_mojibake
from recruitscreen.io.mail import MAX_HEADER_LINE, parse_email, read_eml, read_mbox
from recruitscreen.io.readers import detect_format
from recruitscreen.io.threads import group_threads, read_conversation_records, thread_records
from recruitscreen.io.whatsapp import read_whatsapp

# -- .eml -------------------------------------------------------------------------------------


def _mail(subject: str, sender: str, body: str, *, html: str | None = None,
          msgid: str | None = None, reply_to: str | None = None) -> EmailMessage:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = "dana@example.org"
    m["Subject"] = subject
    m["Date"] = "Tue, 04 Jun 2024 10:02:00 +0000"
    if msgid:
        m["Message-ID"] = msgid
    if reply_to:
        m["In-Reply-To"] = reply_to
        m["References"] = reply_to
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    return m


def test_eml_multipart_prefers_the_plain_part(tmp_path: Path) -> None:
    m = _mail("Opportunity", "Lee <lee@example.com>", "Caf\u00e9 talk: add me on WeChat, thanks.",
              html="<p>HTML version</p>")
    path = tmp_path / "one.eml"
    path.write_bytes(m.as_bytes())
    [r] = list(read_eml(path))
    assert r.error is None and r.text is not None
    assert r.text.startswith("Subject: Opportunity\n\n")
    assert "Caf\u00e9 talk: add me on WeChat" in r.text and "HTML version" not in r.text
    assert r.fields["from"] == "lee@example.com" and r.fields["sender"] == "them"
    assert r.source == str(path)


def test_eml_html_only_base64_latin1_becomes_text(tmp_path: Path) -> None:
    body = "<html><head><style>p{color:red}</style><script>x=1</script></head><body>" \
           "<p>R\u00e9sum\u00e9 &amp; CV</p><p>Line two<br>Line three</p></body></html>"
    raw = (
        "From: hr@example.com\r\nSubject: =?utf-8?q?Caf=C3=A9?=\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/html; charset=iso-8859-1\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(body.encode("latin-1")).decode("ascii")
    ).encode("ascii")
    mail = parse_email(raw)
    assert mail.subject == "Caf\u00e9"
    assert mail.text.splitlines() == ["R\u00e9sum\u00e9 & CV", "", "Line two", "Line three"]


def test_eml_quoted_printable_and_unknown_charset(tmp_path: Path) -> None:
    raw = (
        b"From: a@example.com\r\nSubject: hi\r\nContent-Type: text/plain; charset=x-unknown-1\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\nPay=C3=A9 per report=\r\n, soon\r\n"
    )
    mail = parse_email(raw)
    assert "Pay\u00e9 per report, soon" in mail.text
    assert any("x-unknown-1" in n for n in mail.notes)


def test_eml_long_header_is_cut_and_noted() -> None:
    raw = b"From: a@example.com\r\nTo: " + b"x." * (MAX_HEADER_LINE) + b"@example.com\r\n" \
          b"Subject: s\r\n\r\nbody text\r\n"
    mail = parse_email(raw)
    assert mail.text.strip() == "body text"
    assert any("header line" in n for n in mail.notes)


def test_eml_nested_too_deep_is_an_error_record_naming_the_file(tmp_path: Path) -> None:
    depth = 1200
    parts = [b"From: a@example.com\r\nSubject: deep\r\n"]
    for i in range(depth):
        parts.append(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i))
    parts.append(b"Content-Type: text/plain\r\n\r\nhello\r\n")
    path = tmp_path / "deep.eml"
    path.write_bytes(b"".join(parts))
    [r] = list(read_eml(path))
    assert r.error is not None and "multipart" in r.error and r.source == str(path)
    assert r.text is None


def test_eml_nesting_past_the_depth_bound_is_read_with_a_note(tmp_path: Path) -> None:
    parts = [b"From: a@example.com\r\nSubject: deep\r\n"]
    for i in range(30):
        parts.append(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i))
    parts.append(b"Content-Type: text/plain\r\n\r\nhello\r\n")
    mail = parse_email(b"".join(parts))
    assert any("deeper than" in n for n in mail.notes)


# -- .mbox ------------------------------------------------------------------------------------


def test_mbox_groups_threads_with_line_numbers_and_reads_past_a_bad_start(tmp_path: Path) -> None:
    first = _mail("Consulting role", "Lee <lee@example.com>", "Hello Dana, your background is rare.",
                  msgid="<1@example.com>")
    reply = _mail("Re: Consulting role", "Dana <dana@example.org>",
                  "Thanks.\n\nOn Tue, Lee wrote:\n> Hello Dana", msgid="<2@example.org>",
                  reply_to="<1@example.com>")
    third = _mail("RE: consulting role", "Lee <lee@example.com>",
                  "From now on, let's use Telegram.", msgid="<3@example.com>")
    other = _mail("Lunch", "Sam <sam@example.net>", "Lunch on Friday?", msgid="<4@example.net>")
    chunks = [b"this line is not an mbox separator\n"]
    for m in (first, reply, other, third):
        chunks.append(b"From MAILER-DAEMON Tue Jun  4 10:02:00 2024\n")
        chunks.append(m.as_bytes().replace(b"\r\n", b"\n").replace(b"\nFrom now", b"\n>From now"))
        chunks.append(b"\n")
    path = tmp_path / "box.mbox"
    path.write_bytes(b"".join(chunks))
    records = list(read_mbox(path, me=["dana@example.org"]))
    errors = [r for r in records if r.error]
    assert len(errors) == 1 and errors[0].source == f"{path}:1"
    good = [r for r in records if not r.error]
    assert len(good) == 4
    groups = [(tid, [r.fields["from"] for r in rs_]) for tid, rs_ in group_threads(good)]
    assert groups[0][1] == ["lee@example.com", "dana@example.org", "lee@example.com"]
    assert groups[1][1] == ["sam@example.net"]
    thread = [r for r in good if r.fields["thread"] == groups[0][0]]
    assert [r.fields["sender"] for r in thread] == ["them", "me", "them"]
    assert thread[0].text is not None and thread[0].text.startswith("Subject: Consulting role")
    assert thread[2].text is not None and "Subject:" not in thread[2].text  # subject screened once
    assert "From now on, let's use Telegram." in thread[2].text  # ">From" unescaped
    assert all(r.source.startswith(f"{path}:") and int(r.source.rsplit(":", 1)[1]) > 1
               for r in good)


# -- LinkedIn ---------------------------------------------------------------------------------

LINKEDIN_COLUMNS = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                    "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS"]


def _li_row(cid: str, sender: str, to: str, date: str, content: str) -> list[str]:
    url = "https://www.linkedin.com/in/" + sender.split()[0].lower()
    return [cid, "", sender, url, to, "", date, "", content, "INBOX", ""]


def test_linkedin_groups_sorts_repairs_and_finds_the_owner(tmp_path: Path) -> None:
    jose = "Jos\u00e9 Garc\u00eda"
    mangled = jose.encode("utf-8").decode("latin-1")
    assert mangled == "Jos\u00c3\u00a9 Garc\u00c3\u00ada"
    rows = [
        _li_row("c1", "Dana Ray", mangled, "2024-03-02 10:00:00 UTC", "Hi, sure."),
        _li_row("c1", mangled, "Dana Ray", "2024-03-01 09:00:00 UTC",
                "<p>Hello Dana,</p><p>add me on WeChat</p>"),
        _li_row("c2", "Ann Lee", "Dana Ray", "2024-04-01 09:00:00 UTC", "Caf\u00e9 next week?"),
        _li_row("c2", "Dana Ray", "Ann Lee", "2024-04-01 10:00:00 UTC", "Yes!"),
    ]
    path = tmp_path / "messages.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(LINKEDIN_COLUMNS)
        w.writerows(rows[:2])
        fh.write("c1,broken row with too few fields\n")
        w.writerows(rows[2:])
    assert detect_format(path) == "linkedin"
    records = list(read_records(path))
    bad = [r for r in records if r.error]
    assert len(bad) == 1 and bad[0].source == f"{path}:4" and "fields" in (bad[0].error or "")
    good = [r for r in records if not r.error]
    c1 = [r for r in good if r.fields["thread"] == "c1"]
    assert [r.fields["from"] for r in c1] == [jose, "Dana Ray"]  # sorted by date, name repaired
    assert [r.fields["sender"] for r in c1] == ["them", "me"]  # Dana is in every conversation
    assert c1[0].text == "Hello Dana,\n\nadd me on WeChat"
    c2 = [r for r in good if r.fields["thread"] == "c2"]
    assert c2[0].text == "Caf\u00e9 next week?"  # genuine accents untouched


def test_linkedin_me_option_and_missing_columns(tmp_path: Path) -> None:
    path = tmp_path / "messages.csv"
    path.write_text("CONVERSATION ID,FROM,CONTENT\nc1,Ann,Hello\nc1,Bo,Hi\n", encoding="utf-8")
    senders = [r.fields["sender"] for r in read_linkedin(path, me=["bo"])]
    assert senders == ["them", "me"]
    bad = tmp_path / "other.csv"
    bad.write_text("CONVERSATION ID,FROM\nc1,Ann\n", encoding="utf-8")
    with pytest.raises(ValueError, match="CONTENT"):
        list(read_linkedin(bad))


def test_linkedin_row_with_an_unclosed_quote_does_not_swallow_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "messages.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(LINKEDIN_COLUMNS)
        w.writerow(_li_row("c1", "Ann Lee", "Dana Ray", "2024-03-01 09:00:00 UTC", "Hello Dana"))
        fh.write('c1,,Ann Lee,,Dana Ray,,2024-03-01 09:05:00 UTC,,"never closed,INBOX,\n')
        w.writerow(_li_row("c1", "Dana Ray", "Ann Lee", "2024-03-01 10:00:00 UTC", "Hi Ann"))
        w.writerow(_li_row("c2", "Bo Kim", "Dana Ray", "2024-03-02 10:00:00 UTC",
                           "Add me on WeChat"))
    records = list(read_records(path))
    bad = [r for r in records if r.error]
    assert [r.source for r in bad] == [f"{path}:3"]
    assert "never closed" in (bad[0].error or "")
    good = [(r.fields["thread"], r.text) for r in records if not r.error]
    assert good == [("c1", "Hello Dana"), ("c1", "Hi Ann"), ("c2", "Add me on WeChat")]


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Jos\u00c3\u00a9", "Jos\u00e9"),
        ("\u00e2\u20ac\u0153quoted\u00e2\u20ac\u009d", "\u201cquoted\u201d"),  # cp1252 mojibake
        ("Caf\u00e9", "Caf\u00e9"),  # genuine Latin-1 text: left alone
        ("\u00c3 la carte", "\u00c3 la carte"),  # does not round-trip: left alone
        ("plain", "plain"),
    ],
)
def test_repair_mojibake_only_when_it_round_trips(text: str, fixed: str) -> None:
    assert repair_mojibake(text) == fixed


# -- WhatsApp ---------------------------------------------------------------------------------

ANDROID = """12/03/2024, 14:05 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
12/03/2024, 14:05 - Anna Berg: Hi! Saw your profile.
It is a long message
on three lines.
12/03/2024, 14:07 - Dana: Hello
3/13/24, 2:10 PM - Anna Berg: <Media omitted>
13/03/2024, 14:11 - Anna Berg: Let's switch to Telegram: my client pays per report
"""

IOS = ("\u200e[12/03/2024, 14:05:33] Anna Berg: \u200eMessages and calls are end-to-end encrypted.\n"
       "[12/03/2024, 14:06:01] Anna Berg: Hi Dana\n"
       "[12/03/2024, 14:06:40] Dana: Hi\n"
       "[3/12/24, 2:07:05\u202fPM] Anna Berg: \u200eimage omitted\n"
       "[12/03/2024, 14:08:00] Anna Berg: Write for my client,\nwell paid\n")


def test_whatsapp_android_multiline_system_media_and_owner_from_file_name(tmp_path: Path) -> None:
    path = tmp_path / "WhatsApp Chat with Anna Berg.txt"
    path.write_text(ANDROID, encoding="utf-8")
    assert detect_format(path) == "whatsapp"
    records = list(read_records(path))
    assert [r.fields["from"] for r in records] == ["Anna Berg", "Dana", "Anna Berg", "Anna Berg"]
    assert records[0].text == "Hi! Saw your profile.\nIt is a long message\non three lines."
    assert records[0].source == f"{path}:2" and records[3].source == f"{path}:7"
    assert [r.fields["sender"] for r in records] == ["them", "me", "them", "them"]
    assert records[2].text == "<Media omitted>" and records[2].fields["time"] == "3/13/24 2:10 PM"
    assert {r.fields["thread"] for r in records} == {path.stem}


def test_whatsapp_ios_lines(tmp_path: Path) -> None:
    path = tmp_path / "_chat.txt"
    path.write_text(IOS, encoding="utf-8")
    records = list(read_whatsapp(path, me=["Dana"]))
    assert [r.fields["from"] for r in records] == ["Anna Berg", "Dana", "Anna Berg"]
    assert [r.fields["sender"] for r in records] == ["them", "me", "them"]
    assert records[2].text == "Write for my client,\nwell paid"


def test_whatsapp_malformed_lines_are_named_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_bytes(b"garbage before the chat\n"
                     + ANDROID.encode("utf-8").replace(b"12/03/2024, 14:07 - Dana: Hello",
                                                       b"12/03/2024, 14:07 - Dana: Hello \xff\xfe"))
    records = list(read_whatsapp(path))
    errors = [r for r in records if r.error]
    assert [r.source for r in errors] == [f"{path}:1", f"{path}:6"]
    assert "UTF-8" in (errors[1].error or "")
    assert len([r for r in records if not r.error]) == 3
    assert all(r.fields.get("sender") == "them" for r in records if not r.error)  # owner unknown


def test_plain_text_is_not_taken_for_whatsapp(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Dear Dana,\nplease find the report attached.\n", encoding="utf-8")
    assert detect_format(path) == "txt"


# -- JSONL threads ----------------------------------------------------------------------------


def test_jsonl_threads_with_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "threads.jsonl"
    lines = [
        json.dumps({"id": "t1", "messages": [{"sender": "them", "text": "hi"},
                                             {"sender": "me", "text": "hello", "time": "10:00"}]}),
        "{not json",
        json.dumps({"id": "t2", "messages": [{"sender": "boss", "text": "x"}]}),
        "",
        json.dumps({"id": "t3", "messages": [{"sender": "them", "text": "last"}]}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert detect_format(path) == "threads"
    records = list(read_records(path))
    errors = [(r.source, r.error) for r in records if r.error]
    assert errors[0][0] == f"{path}:2" and "invalid JSON" in (errors[0][1] or "")
    assert errors[1][0] == f"{path}:3" and "sender" in (errors[1][1] or "")
    good = [r for r in records if not r.error]
    assert [(r.fields["thread"], r.fields["index"], r.fields["sender"]) for r in good] == [
        ("t1", 0, "them"), ("t1", 1, "me"), ("t3", 0, "them")]
    assert good[1].fields["time"] == "10:00" and good[1].source == f"{path}:1 message 2"
    assert [tid for tid, _ in group_threads(thread_records(path))] == ["t1", None, None, "t3"]


def test_threads_of_two_files_with_the_same_id_stay_apart(tmp_path: Path) -> None:
    paths = []
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / "threads.jsonl"
        path.write_text(json.dumps({"id": "t1", "messages": [
            {"sender": "them", "text": f"hello from {folder}"}, {"sender": "me", "text": "hi"}]})
            + "\n", encoding="utf-8")
        paths.append(path)
    records = [r for p in paths for r in read_records(p)]
    groups = list(group_threads(records))
    assert [tid for tid, _ in groups] == ["t1", "t1"]
    assert [[r.source for r in batch] for _, batch in groups] == [
        [f"{p}:1 message 1", f"{p}:1 message 2"] for p in paths]


def test_a_jsonl_of_single_messages_stays_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "inbox.jsonl"
    path.write_text(json.dumps({"id": "1", "text": "hello"}) + "\n", encoding="utf-8")
    assert detect_format(path) == "jsonl"


def test_unknown_conversation_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not a conversation format"):
        read_conversation_records(tmp_path / "x", "fax")


# -- HTML to text -----------------------------------------------------------------------------


def test_html_to_text_paragraphs_entities_and_scripts() -> None:
    text = html_to_text("<div>One &amp; two</div><script>alert(1)</script><p>Three<br/>four</p>")
    assert text.splitlines() == ["One & two", "", "Three", "four"]


def test_html_to_text_on_unclosed_markup_uses_the_linear_path() -> None:
    hostile = "<p>keep this</p>" + "<a " * 20_000 + "<style>x{}</style> tail &lt;ok&gt;"
    text = html_to_text(hostile)
    assert text.startswith("keep this")
    assert text.endswith("tail <ok>") and "x{}" not in text


def test_a_quote_in_tab_separated_text_is_text(tmp_path: Path) -> None:
    """TSV has no quoting by convention (the SMS collection is written so): a quote that breaks the
    quoted reading is read as text, and the rows after it are read as usual."""
    path = tmp_path / "chat.tsv"
    path.write_text(
        'id\ttext\n1\t"Wen" is the "best" day\n2\tplain\n3\t"quoted, fine"\n4\tsays "hi\n5\tlast\n',
        encoding="utf-8",
    )
    records = list(read_records(path))
    assert [r.error for r in records] == [None] * 5
    assert [r.text for r in records] == ['"Wen" is the "best" day', "plain", "quoted, fine", 'says "hi', "last"]
