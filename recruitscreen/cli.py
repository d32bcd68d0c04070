"""The ``recruitscreen`` command line: check, scan, demo, rules, evaluate.

Exit codes: 0 ok; 1 when something reached ``--fail-on LEVEL``; 2 for bad usage or input that
could not be read (a one-line message on stderr, no traceback).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import IO, Any

from . import __version__
from .errors import InputError, RecruitscreenError
from .io.readers import FORMATS
from .types import LEVELS, Assessment

EXIT_OK, EXIT_FAIL_ON, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"recruitscreen: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="recruitscreen",
        description="Screen messages for suspicious recruiter approaches and explain the verdict.",
    )
    parser.add_argument("--version", action="version", version=f"recruitscreen {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--rules", action="append", metavar="PACK.toml",
                       help="use this rule pack instead of the built-in ones (repeatable)")
        p.add_argument("--disable", action="append", default=[], metavar="RULE_ID",
                       help="switch a rule off (repeatable)")
        p.add_argument("--model", default="default", metavar="default|none|PATH",
                       help="'default': the shipped model; 'none': the rules alone; or a .rsmodel "
                            "file made by `recruitscreen train`")
        p.add_argument("--trust-model", action="store_true",
                       help="allow --model to be a pickle (it runs code: only for your own files)")

    p = sub.add_parser("check", help="screen one message given as an argument or on stdin (-)")
    p.add_argument("text", help="the message text, or - to read it from stdin")
    p.add_argument("--json", action="store_true", help="print the assessment as JSON")
    p.add_argument("--fail-on", choices=LEVELS[1:], help="exit 1 when this level is reached")
    common(p)

    p = sub.add_parser("scan", help="screen every message of CSV, TSV, JSONL, text, JSONL thread, "
                                    ".eml, .mbox, LinkedIn or WhatsApp files")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("-o", "--output", metavar="OUT.{jsonl,csv,html}",
                   help="write one result row per input row (and one per conversation), or a "
                        "self-contained HTML report (default: JSONL on stdout)")
    p.add_argument("--format", choices=FORMATS,
                   help="input format (default: from the extension and the first lines: "
                        "a .jsonl of threads, a LinkedIn messages.csv, a WhatsApp .txt)")
    p.add_argument("--me", action="append", default=[], metavar="NAME|ADDRESS",
                   help="your own name, address or profile URL in conversation exports: your "
                        "messages are context, never evidence (repeatable)")
    p.add_argument("--redact", action="store_true",
                   help="replace the words of each piece of evidence by its category in every "
                        "output (offsets into the original text are kept)")
    p.add_argument("--text-column", default="text", help="column or field holding the text")
    p.add_argument("--id-column", default="id", help="column or field holding the row id")
    p.add_argument("--fail-on", choices=LEVELS[1:], help="exit 1 when a message reaches this level")
    p.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                   help="progress bar on stderr (auto: when stderr is a terminal)")
    common(p)

    sub.add_parser("demo", help="screen a small built-in inbox and print a table")

    p = sub.add_parser("rules", help="list the rules")
    p.add_argument("--json", action="store_true", help="print the rules as JSON")
    p.add_argument("--category", help="only this category")
    p.add_argument("--rules", action="append", metavar="PACK.toml", help="list this pack instead")

    p = sub.add_parser("evaluate", help="measure on a labelled file (precision, recall, AUC, per-rule "
                                        "statistics), or on labelled conversations (a JSONL thread file)")
    p.add_argument("path", metavar="DATA")
    p.add_argument("--format", choices=("csv", "tsv", "jsonl", "threads"))
    p.add_argument("--text-column", default="text")
    p.add_argument("--label-column", default="label")
    p.add_argument("--group-column", default=None,
                   help="break the flag rate down by this column (e.g. kind)")
    p.add_argument("--no-header", action="store_true",
                   help="the CSV/TSV file has no header row; name its columns with --columns")
    p.add_argument("--columns", help="comma-separated column names for a file without header")
    p.add_argument("--drop-label", action="append", default=[], metavar="LABEL",
                   help="skip rows with this label (e.g. spam in the SMS collection); counted")
    p.add_argument("--where", action="append", default=[], metavar="COLUMN=VALUE",
                   help="only rows where COLUMN equals VALUE (e.g. split=test), or with "
                        "COLUMN!=VALUE rows where it does not; repeatable")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    common(p)

    p = sub.add_parser("train", help="train a classifier (+ its combination with the rules) on labelled data")
    p.add_argument("path", metavar="DATA.{jsonl,csv}")
    p.add_argument("-o", "--output", required=True, metavar="MODEL.rsmodel")
    p.add_argument("--format", choices=("csv", "tsv", "jsonl"))
    p.add_argument("--text-column", default="text")
    p.add_argument("--label-column", default="label")
    p.add_argument("--group-column", default="family",
                   help="rows of one group (family, template, thread) never inform each other's "
                        "out-of-fold predictions; default 'family' (each row alone when absent)")
    p.add_argument("--where", action="append", default=[], metavar="COLUMN=VALUE",
                   help="only rows where COLUMN equals VALUE (e.g. split=train); repeatable: "
                        "values for one column are alternatives, different columns must all match; "
                        "COLUMN!=VALUE leaves out the rows where it holds VALUE")
    p.add_argument("--combine-where", action="append", default=[], metavar="COLUMN=VALUE",
                   help="fit the model-and-rules combination only on these rows (e.g. rows your "
                        "rule authors never read); the classifier still learns from every row")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--rules", action="append", metavar="PACK.toml",
                   help="rule packs whose evidence the combination learns (default: built-in)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        handler = {"check": _check, "scan": _scan, "demo": _demo, "rules": _rules,
                   "evaluate": _evaluate, "train": _train}[args.command]
        return handler(args)
    except BrokenPipeError:  # e.g. `recruitscreen demo | head`
        sys.stderr.close()
        return EXIT_OK
    except (RecruitscreenError, KeyError, ValueError, OSError) as exc:
        msg = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        print(f"recruitscreen: error: {msg}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("recruitscreen: interrupted", file=sys.stderr)
        return 130


# -- helpers --------------------------------------------------------------------------------------
def _screener(args: argparse.Namespace) -> Any:
    from .rules import RuleSet
    from .screener import Screener

    model = None if str(args.model).lower() == "none" else args.model
    rules = RuleSet.from_files(*args.rules) if getattr(args, "rules", None) else None
    return Screener(model=model, trusted=args.trust_model, rules=rules, disable=args.disable)


def _reached(level: str, fail_on: str | None) -> bool:
    return fail_on is not None and LEVELS.index(level) >= LEVELS.index(fail_on)


_COLOURS = {"low": "\033[32m", "medium": "\033[33m", "high": "\033[31m"}


def _colour(stream: IO[str]) -> bool:
    return stream.isatty() and os.environ.get("NO_COLOR") is None


def highlight(text: str, a: Assessment, colour: bool) -> str:
    """The text with every counted finding marked: [[…]] or reverse video on a terminal."""
    spans = sorted({(f.start, f.end) for f in a.findings if f.end > f.start})
    out, pos = [], 0
    for start, end in spans:
        if start < pos:
            start = pos
            if start >= end:
                continue
        out.append(text[pos:start])
        out.append(f"\033[7m{text[start:end]}\033[0m" if colour else f"[[{text[start:end]}]]")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def render_assessment(text: str, a: Assessment, colour: bool) -> str:
    level = a.level.upper()
    head = f"{_COLOURS[a.level]}{level}\033[0m" if colour else level
    lines = [f"{head} risk, score {a.score:.2f}" + (" (flagged)" if a.flagged else ""), ""]
    lines += ["  " + ln for ln in highlight(text, a, colour).splitlines() or [""]]
    lines.append("")
    if not a.findings:
        lines.append("No warning signs found.")
    for f in a.findings:
        lines.append(f"- [{f.category}] \u201c{' '.join(f.excerpt.split())}\u201d ({f.contribution:+.2f})")
        lines.append(f"    why: {f.explanation}")
        if f.advice:
            lines.append(f"    advice: {f.advice}")
    for s in a.suppressed:
        lines.append(f"- not counted: \u201c{' '.join(s.finding.excerpt.split())}\u201d ({s.reason})")
    for note in a.notes:
        lines.append(f"- note: {note}")
    return "\n".join(lines)


# -- commands -------------------------------------------------------------------------------------
def _check(args: argparse.Namespace) -> int:
    text = sys.stdin.read() if args.text == "-" else args.text
    a = _screener(args).screen(text)
    if args.json:
        print(json.dumps(a.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_assessment(text, a, _colour(sys.stdout)))
    return EXIT_FAIL_ON if _reached(a.level, args.fail_on) else EXIT_OK


class Progress:
    """A minimal progress line on stderr (only when asked or when stderr is a terminal)."""

    def __init__(self, enabled: bool, label: str = "screened") -> None:
        self.enabled = enabled
        self.label = label
        self.start = time.perf_counter()
        self._last = 0.0

    def __call__(self, n: int) -> None:
        now = time.perf_counter()
        if self.enabled and now - self._last >= 0.2:
            self._last = now
            rate = n / max(now - self.start, 1e-9)
            sys.stderr.write(f"\r{self.label} {n:,} messages ({rate:,.0f}/s)")
            sys.stderr.flush()

    def done(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def _scan(args: argparse.Namespace) -> int:
    from .io import Record, open_writer, read_records, result_row
    from .io.readers import detect_format
    from .io.writers import ResultWriter

    # fail early, before any output, on a path we cannot read at all
    kinds = [detect_format(path, args.format) for path in args.paths]
    if _conversation_mode(args, kinds):
        return _scan_conversations(args, kinds)
    screener = _screener(args)
    writer = open_writer(args.output) if args.output else ResultWriter(sys.stdout, "jsonl")
    show = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    progress = Progress(show)
    levels: Counter[str] = Counter()
    errors = readable = total = 0
    reached = False
    try:
        for path in args.paths:
            try:
                records = read_records(path, args.format, text_column=args.text_column,
                                       id_column=args.id_column)
                for record in records:
                    total += 1
                    if record.error is not None or record.text is None:
                        errors += 1
                        print(f"recruitscreen: {record.source}: {record.error}", file=sys.stderr)
                        writer.write(result_row(record, None))
                        continue
                    readable += 1
                    try:
                        a = screener.screen(record.text)
                    except InputError as exc:
                        errors += 1
                        print(f"recruitscreen: {record.source}: {exc}", file=sys.stderr)
                        writer.write(result_row(record, None, str(exc)))
                        continue
                    except Exception as exc:  # a bug must not cost the other rows
                        errors += 1
                        problem = f"internal error ({type(exc).__name__}); please report it"
                        print(f"recruitscreen: {record.source}: {problem}", file=sys.stderr)
                        writer.write(result_row(record, None, problem))
                        continue
                    levels[a.level] += 1
                    reached = reached or _reached(a.level, args.fail_on)
                    writer.write(result_row(record, a))
                    progress(total)
            except (InputError, OSError) as exc:  # the whole file: it still gets its own row
                errors += 1
                msg = exc if isinstance(exc, InputError) else f"{path}: {exc.strerror or exc}"
                print(f"recruitscreen: error: {msg}", file=sys.stderr)
                writer.write(result_row(Record(os.path.basename(path), None, path, str(msg)), None))
    except KeyboardInterrupt:
        progress.done()
        print(f"recruitscreen: interrupted; {writer.rows} rows written, every one complete"
              + (f" -> {args.output}" if args.output else ""), file=sys.stderr)
        return 130
    finally:
        if args.output:
            writer.close()
    progress.done()
    return _finish_scan(args, levels, total, readable, errors, reached)


def _finish_scan(args: argparse.Namespace, levels: Counter[str], total: int, readable: int,
                 errors: int, reached: bool, extra: str = "") -> int:
    """Print the one-line summary of a scan on stderr and choose the exit code."""
    flagged = levels["medium"] + levels["high"]
    print(
        f"recruitscreen: {total} rows, {readable} screened, {flagged} flagged "
        f"({levels['high']} high, {levels['medium']} medium), {errors} error(s){extra}"
        + (f" -> {args.output}" if args.output else ""),
        file=sys.stderr,
    )
    if readable == 0:
        return EXIT_USAGE
    return EXIT_FAIL_ON if reached else EXIT_OK


def _conversation_mode(args: argparse.Namespace, kinds: Sequence[str]) -> bool:
    from .io.threads import CONVERSATION_FORMATS

    html = bool(args.output) and str(args.output).lower().endswith((".html", ".htm"))
    return html or args.redact or any(k in CONVERSATION_FORMATS for k in kinds)


def _scan_records(args: argparse.Namespace, kinds: Sequence[str]) -> Iterator[Any]:
    """Every record of every path, in order; a file that cannot be read is one error record."""
    from .io import Record, read_records
    from .io.threads import CONVERSATION_FORMATS, read_conversation_records

    for path, kind in zip(args.paths, kinds, strict=True):
        try:
            if kind in CONVERSATION_FORMATS:
                yield from read_conversation_records(path, kind, args.me)
            else:
                yield from read_records(path, kind, text_column=args.text_column,
                                        id_column=args.id_column)
        except (InputError, OSError) as exc:  # the whole file: it still gets its own output row
            msg = exc if isinstance(exc, InputError) else f"{path}: {exc.strerror or exc}"
            yield Record(os.path.basename(path), None, path, f"cannot read the file: {msg}")


def _scan_conversations(args: argparse.Namespace, kinds: Sequence[str]) -> int:
    """``scan`` for conversation inputs, HTML reports and redacted output."""
    from dataclasses import replace

    from .io.conversation_rows import conversation_row, message_row, open_conversation_writer
    from .io.threads import group_threads
    from .report import ReportItem, redact_assessment, redact_conversation
    from .types import Message

    screener = _screener(args)
    writer = open_conversation_writer(args.output, sys.stdout, redact=args.redact,
                                      sources=list(args.paths))
    show = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    progress = Progress(show)
    levels: Counter[str] = Counter()
    threads: Counter[str] = Counter()
    errors = readable = total = 0
    reached = False

    def screen_one(record: Any) -> Any:
        nonlocal errors
        if record.error is not None or record.text is None:
            errors += 1
            print(f"recruitscreen: {record.source}: {record.error}", file=sys.stderr)
            return None, record.error
        try:
            return screener.screen(record.text), None
        except InputError as exc:
            problem = str(exc)
        except Exception as exc:  # a bug must not cost the other rows
            problem = f"internal error ({type(exc).__name__}); please report it"
        errors += 1
        print(f"recruitscreen: {record.source}: {problem}", file=sys.stderr)
        return None, problem

    def item(tid: str, batch: list[Any], found: list[Any], errs: list[str | None],
             conv: Any = None) -> ReportItem:
        return ReportItem(tid, tuple(r.text for r in batch), tuple(r.source for r in batch),
                          tuple(str(r.fields.get("sender", "them")) for r in batch),
                          tuple(found), conv, tuple(errs),
                          tuple(r.fields.get("time") for r in batch))

    try:
        for tid, batch in group_threads(_scan_records(args, kinds)):
            conv = None
            if tid is not None and all(r.text is not None for r in batch):
                msgs = [Message(r.text, "me" if r.fields.get("sender") == "me" else "them",
                                meta={"from": r.fields["from"]} if r.fields.get("from") else {})
                        for r in batch if r.text is not None]
                try:
                    conv = screener.screen_conversation(msgs)
                except Exception:  # a message that cannot be screened: screened one by one below
                    conv = None
            if conv is not None:
                found: list[Any] = list(conv.messages)
                errs: list[str | None] = [None] * len(batch)
            else:
                pairs = [screen_one(r) for r in batch]
                found = [a for a, _ in pairs]
                errs = [e for _, e in pairs]
            if conv is not None and args.redact:
                conv = redact_conversation(conv)
                found = list(conv.messages)
            elif args.redact:
                found = [None if a is None else redact_assessment(a) for a in found]
            found = [a if a is None or not r.fields.get("notes")
                     else replace(a, notes=(*a.notes, *r.fields["notes"]))
                     for r, a in zip(batch, found, strict=True)]  # the reader's bounds, shown
            for r, a, e in zip(batch, found, errs, strict=True):
                total += 1
                if a is not None:
                    readable += 1
                    if r.fields.get("sender") != "me":
                        levels[a.level] += 1
                writer.write(message_row(r, a, e))
                progress(total)
            if tid is not None:
                if conv is not None:
                    threads[conv.level] += 1
                    reached = reached or _reached(conv.level, args.fail_on)
                    row = conversation_row(tid, batch, conv)
                else:
                    row = conversation_row(tid, batch, None,
                                           "not scored as a conversation: a message could not be "
                                           "screened")
                writer.write(row)
                writer.add(item(tid, batch, found, errs, conv))
            else:
                a = found[0]
                reached = reached or (a is not None and _reached(a.level, args.fail_on))
                writer.add(item(batch[0].id, batch, found, errs))
    except KeyboardInterrupt:
        progress.done()
        if args.output:
            writer.close()
        print(f"recruitscreen: interrupted; {writer.rows} rows written, every one complete"
              + (f" -> {args.output}" if args.output else ""), file=sys.stderr)
        return 130
    if args.output:
        writer.close()
    progress.done()
    conv_part = ""
    if threads:
        conv_part = (f"; {sum(threads.values())} conversations, "
                     f"{threads['medium'] + threads['high']} flagged ({threads['high']} high)")
    return _finish_scan(args, levels, total, readable, errors, reached, conv_part)


def demo_inbox() -> list[dict[str, str]]:
    """The small built-in inbox that ``recruitscreen demo`` screens."""
    raw = resources.files("recruitscreen").joinpath("data/demo_inbox.jsonl").read_text("utf-8")
    return [json.loads(line) for line in raw.splitlines() if line.strip()]


def _demo(args: argparse.Namespace) -> int:
    from .screener import Screener

    screener = Screener()
    inbox = demo_inbox()
    colour = _colour(sys.stdout)
    print(f"Screening the built-in demo inbox ({len(inbox)} messages) with {screener!r}\n")
    width = max(len(item["from"]) for item in inbox)
    print(f"{'#':>2}  {'level':<6} {'score':>5}  {'from':<{width}}  categories")
    print("-" * (width + 60))
    results = [screener.screen(item["text"]) for item in inbox]
    for i, (item, a) in enumerate(zip(inbox, results, strict=True), start=1):
        level = f"{_COLOURS[a.level]}{a.level:<6}\033[0m" if colour else f"{a.level:<6}"
        cats = ", ".join(a.categories) or "-"
        print(f"{i:>2}  {level} {a.score:>5.2f}  {item['from']:<{width}}  {cats}")
    flagged = sum(a.flagged for a in results)
    print(f"\n{flagged} of {len(inbox)} messages flagged.")
    top = max(range(len(inbox)), key=lambda i: results[i].score)
    print("\nThe riskiest message, explained:\n")
    print(render_assessment(inbox[top]["text"], results[top], colour))
    print("\nTry: recruitscreen check \"Add me on WeChat, my client pays for short reports\"")
    return EXIT_OK


def _rules(args: argparse.Namespace) -> int:
    from .rules import RuleSet

    ruleset = RuleSet.from_files(*args.rules) if args.rules else RuleSet.default()
    rules = [r for r in ruleset if not args.category or r.category == args.category]
    if args.json:
        print(json.dumps([r.to_dict() for r in rules], ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{'id':<44} {'category':<21} {'stage':<12} weight  explanation")
    for r in rules:
        print(f"{r.id:<44} {r.category:<21} {r.stage or '-':<12} {r.weight:>6.2f}  {r.explanation}")
    print(f"\n{len(rules)} rules, {len(ruleset.contexts)} context rules")
    return EXIT_OK


def _eval_items(args: argparse.Namespace) -> Iterator[Any]:
    from .evaluate import EvalItem, parse_label
    from .io import read_records

    columns = args.columns.split(",") if args.columns else None
    if args.no_header and not columns:
        raise InputError("--no-header needs --columns, e.g. --columns label,text")
    dropped: Counter[str] = Counter()
    bad = 0
    where = _parse_where(args.where)
    for record in read_records(args.path, args.format, text_column=args.text_column,
                               header=not args.no_header, columns=columns):
        if record.error is not None or record.text is None:
            bad += 1
            print(f"recruitscreen: {record.source}: {record.error}", file=sys.stderr)
            continue
        if not _selected(record.fields, where):
            continue
        raw = record.fields.get(args.label_column)
        if raw is None:
            raise InputError(f"{record.source}: no label in column {args.label_column!r}; "
                             "name it with --label-column")
        if str(raw) in args.drop_label:
            dropped[str(raw)] += 1
            continue
        label = parse_label(raw)
        if label is None:
            raise InputError(f"{record.source}: label {raw!r} is neither suspicious (1) nor benign "
                             "(0); skip such rows with --drop-label")
        group = None
        if args.group_column:
            group = str(record.fields.get(args.group_column))
        yield EvalItem(record.text, label, group)
    for name, n in dropped.items():
        print(f"recruitscreen: skipped {n} rows labelled {name!r}", file=sys.stderr)
    if bad:
        print(f"recruitscreen: {bad} unreadable row(s) left out of the figures", file=sys.stderr)


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_report
    from .io.readers import detect_format

    screener = _screener(args)
    if detect_format(args.path, args.format) == "threads":
        return _evaluate_threads(args, screener)
    progress = Progress(sys.stderr.isatty(), "evaluated")
    report = evaluate(screener, _eval_items(args), progress=progress)
    progress.done()
    return _print_report(args, report, report.n, format_report(report), "rows")


def _evaluate_threads(args: argparse.Namespace, screener: Any) -> int:
    from .io.threads import read_thread_file
    from .thread_evaluation import evaluate_threads, format_thread_report

    report = evaluate_threads(screener, read_thread_file(args.path))
    return _print_report(args, report, report.n, format_thread_report(report), "threads")


def _print_report(args: argparse.Namespace, report: Any, n: int, text: str, what: str) -> int:
    if n == 0:
        raise InputError(f"{args.path}: no labelled {what} to evaluate")
    print(json.dumps(report.to_dict(), indent=2) if args.json else text)
    return EXIT_OK


def _parse_where(items: Sequence[str]) -> list[tuple[str, bool, str]]:
    """``COLUMN=VALUE`` or ``COLUMN!=VALUE`` -> (column, wanted, value)."""
    out = []
    for item in items:
        col, sep, value = item.partition("=")
        wanted = not col.endswith("!")
        col = col.removesuffix("!")
        if not sep or not col:
            raise InputError(
                f"--where {item!r}: expected COLUMN=VALUE or COLUMN!=VALUE, e.g. split=test"
            )
        out.append((col, wanted, value))
    return out


def _selected(fields: dict[str, Any], where: Sequence[tuple[str, bool, str]]) -> bool:
    """Every column named must match; several values given for one column are alternatives,
    and a row whose column holds a value excluded with ``!=`` is left out."""
    wanted: dict[str, set[str]] = {}
    for col, keep, value in where:
        if not keep and str(fields.get(col)) == value:
            return False
        if keep:
            wanted.setdefault(col, set()).add(value)
    return all(str(fields.get(col)) in values for col, values in wanted.items())


def _train(args: argparse.Namespace) -> int:
    from .evaluate import parse_label
    from .io import read_records
    from .model import write_model
    from .rules import RuleSet
    from .screener import Screener
    from .train import train_model

    where = _parse_where(args.where)
    combine_where = _parse_where(args.combine_where)
    texts: list[str] = []
    labels: list[int] = []
    groups: list[str] = []
    combine_on: list[bool] = []
    for record in read_records(args.path, args.format, text_column=args.text_column):
        if record.error is not None or record.text is None:
            print(f"recruitscreen: {record.source}: {record.error} (row left out)", file=sys.stderr)
            continue
        if not _selected(record.fields, where):
            continue
        label = parse_label(record.fields.get(args.label_column))
        if label is None:
            raise InputError(f"{record.source}: no usable label in column {args.label_column!r}")
        texts.append(record.text)
        labels.append(label)
        group = record.fields.get(args.group_column)
        groups.append(str(group) if group is not None else f"row-{len(texts)}")
        combine_on.append(_selected(record.fields, combine_where))
    if not texts:
        raise InputError(f"{args.path}: no labelled rows to train on")
    print(f"recruitscreen: training on {len(texts):,} messages ({sum(labels):,} suspicious) "
          f"in {len(set(groups)):,} groups", file=sys.stderr)
    rules = Screener(model=None, rules=RuleSet.from_files(*args.rules) if args.rules else None)
    start = time.perf_counter()
    if combine_where and not any(combine_on):
        raise InputError(f"--combine-where selects none of the {len(texts):,} training rows")
    spec = train_model(texts, labels, groups, rules=rules, seed=args.seed, combine_on=combine_on,
                       progress=lambda m: print(f"recruitscreen: {m}", file=sys.stderr))
    digest = write_model(spec, args.output)
    info = spec["info"]
    print(f"recruitscreen: wrote {args.output} ({info['n_features']:,} features, sha256 {digest}) "
          f"in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    print(json.dumps({"model": str(args.output), "sha256": digest, "combiner": spec["combiner"],
                      "calibration": spec["calibration"],
                      "out_of_fold_auc": {"model": info["oof_auc_model"], "rules": info["oof_auc_rules"]}},
                     indent=2))
    return EXIT_OK
