"""Memory of ``recruitscreen scan`` on a generated 1 GB JSONL file, beside a small one.

    python benchmarks/bench_scan_memory.py                      # 1024 MB vs 10 MB, rules + model
    python benchmarks/bench_scan_memory.py --size-mb 100 --model none

The input is generated here from the benchmark message mix (``_mix.py``: corpus train split and
SMS ham, short chats and long e-mails), in a temporary directory that is deleted afterwards; it
is never committed. ``scan`` runs as a child process; every half second the benchmark reads the
child's resident memory (VmRSS), its peak (VmHWM) and how far it has read the input (the file
offset in /proc/PID/fdinfo), so the table shows memory against progress: flat means streaming.
Linux only (it reads /proc).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _mix import message_mix


def generate(path: Path, size_bytes: int, seed: int = 11) -> int:
    """Write JSONL rows ``{"id", "text"}`` until the file reaches ``size_bytes``; the row count."""
    pool = message_mix(20_000, seed=seed)
    rows = written = 0
    with path.open("w", encoding="utf-8") as fh:
        while written < size_bytes:
            line = json.dumps({"id": f"m{rows}", "text": pool[rows % len(pool)]}, ensure_ascii=False)
            fh.write(line + "\n")
            written += len(line.encode("utf-8")) + 1
            rows += 1
    return rows


def _status(pid: int) -> dict[str, int]:
    out = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, value = line.split(":", 1)
                out[key] = int(value.split()[0]) * 1024
    return out


def _position(pid: int, target: Path) -> int | None:
    """How far the child has read ``target`` (the offset of its open descriptor), if open."""
    fd_dir = Path(f"/proc/{pid}/fd")
    try:
        for fd in fd_dir.iterdir():
            try:
                if Path(os.readlink(fd)) == target:
                    info = (Path(f"/proc/{pid}/fdinfo") / fd.name).read_text()
                    return int(info.split("pos:", 1)[1].split()[0])
            except (OSError, IndexError, ValueError):
                continue
    except OSError:
        return None
    return None


@dataclass
class ScanRun:
    size: int
    seconds: float
    peak: int
    samples: list[tuple[float, float, int]]  # (seconds, fraction of the input read, RSS)
    rows_out: int
    stopped: bool
    returncode: int


def run_scan(path: Path, out: Path, model: str, limit: float | None) -> ScanRun:
    size = path.stat().st_size
    cmd = [sys.executable, "-m", "recruitscreen", "scan", str(path), "-o", str(out),
           "--model", model, "--progress", "never"]
    start = time.perf_counter()
    samples: list[tuple[float, float, int]] = []  # (seconds, fraction read, rss)
    peak = 0
    stopped = False
    with open(out.with_suffix(".stderr"), "w") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        while proc.poll() is None:
            try:
                st = _status(proc.pid)
                pos = _position(proc.pid, path.resolve())
            except OSError:
                break
            peak = max(peak, st.get("VmHWM", 0))
            if pos is not None:
                samples.append((time.perf_counter() - start, pos / size, st.get("VmRSS", 0)))
            if limit is not None and time.perf_counter() - start > limit:
                proc.terminate()
                stopped = True
                break
            time.sleep(0.5)
        proc.wait()
    seconds = time.perf_counter() - start
    with out.open("rb") as fh:
        rows_out = sum(1 for _ in fh)
    return ScanRun(size, seconds, peak, samples, rows_out, stopped, proc.returncode)


def rss_at(samples: list[tuple[float, float, int]], fraction: float) -> int | None:
    for _, f, rss in samples:
        if f >= fraction:
            return rss
    return None


def report(label: str, rows_in: int, r: ScanRun) -> None:
    samples, size, seconds, peak = r.samples, r.size, r.seconds, r.peak
    read = samples[-1][1] if samples else 0.0
    mib = 1024 * 1024
    print(f"\n{label}: {size / mib:,.0f} MiB, {rows_in:,} rows -> {r.rows_out:,} output rows in "
          f"{seconds:,.0f} s ({size * read / mib / max(seconds, 1e-9):.2f} MiB/s)"
          + (f", STOPPED at {read:.0%} by --time-limit" if r.stopped else "")
          + f", exit code {r.returncode}")
    print(f"  peak RSS (VmHWM) {peak / mib:,.0f} MiB")
    points = [p for p in (0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99) if p <= read]
    if points:
        print("  RSS by input read: " + "  ".join(
            f"{p:.0%}: {(rss_at(samples, p) or 0) / mib:,.0f} MiB" for p in points))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-mb", type=float, default=1024, help="size of the large input (MiB)")
    ap.add_argument("--small-mb", type=float, default=10, help="size of the small input (MiB)")
    ap.add_argument("--model", default="default", help="default | none | a .rsmodel path")
    ap.add_argument("--dir", default=None, help="where to write the inputs (default: a temp dir)")
    ap.add_argument("--time-limit", type=float, default=None,
                    help="stop the large scan after this many seconds and report what it read")
    args = ap.parse_args()
    mib = 1024 * 1024
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="rs-scan-bench-") as tmp:
        results = []
        for label, size_mb in (("small", args.small_mb), ("large", args.size_mb)):
            path = Path(tmp) / f"{label}.jsonl"
            t0 = time.perf_counter()
            rows = generate(path, int(size_mb * mib))
            print(f"generated {path.name}: {path.stat().st_size / mib:,.0f} MiB, {rows:,} rows "
                  f"in {time.perf_counter() - t0:.0f} s", flush=True)
            limit = args.time_limit if label == "large" else None
            r = run_scan(path, Path(tmp) / f"{label}.out.jsonl", args.model, limit)
            report(label, rows, r)
            results.append((rows, r))
            path.unlink()
        (_, small), (_, large) = results
        print(f"\nmodel: {args.model}; peak RSS large / small: "
              f"{large.peak / max(small.peak, 1):.2f}x "
              f"({large.peak / mib:,.0f} vs {small.peak / mib:,.0f} MiB) "
              f"for {large.rows_out / max(small.rows_out, 1):,.0f}x the rows screened")


if __name__ == "__main__":
    main()
