"""Benchmark: `tei-encoder build` over 1x, 5x and 20x the dev set (time should grow linearly),
peak memory, and a rebuild with nothing changed.

    python bench/build.py [--scales 1 5 20]

Each copy of a document gets its own number and pages (so the volume holds distinct documents). Each build
runs as a fresh process; peak memory is the largest resident set of the process and its workers.
"""
from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"


def copies(sources: list[Path], scale: int, dest: Path) -> int:
    dest.mkdir(parents=True)
    n = 0
    for copy in range(scale):
        for path in sources:
            text = path.read_text(encoding="utf-8")
            number = int(re.match(r"\s*(\d+)", text).group(1)) + 1000 * copy
            text = re.sub(r"^\s*\d+", str(number), text, count=1)
            text = re.sub(r"\[Page (\d+)\]", lambda m, shift=10000 * copy: f"[Page {int(m.group(1)) + shift}]", text)
            (dest / f"d{number}.txt").write_text(text, encoding="utf-8")
            n += 1
    return n


def timed_build(src: Path, out: Path) -> tuple[float, float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "tei_encoder.cli", "build", str(src), "-o", str(out)],
                         capture_output=True, text=True)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024, run.returncode


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scales", type=int, nargs="+", default=[1, 5, 20])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        subprocess.run([sys.executable, str(BENCH / "tei2text.py"), str(BENCH / "gold"), "--out", str(tmp / "in"),
                        "--profile", "seed"], check=True, capture_output=True)
        sources = sorted((tmp / "in").glob("*/d*.txt"))
        base = None
        for scale in args.scales:
            n = copies(sources, scale, tmp / f"x{scale}")
            seconds, peak_mb, code = timed_build(tmp / f"x{scale}", tmp / f"out{scale}")
            base = base or seconds / n
            print(f"{scale:>3}x: {n:5d} documents  {seconds:7.2f} s  {1000 * seconds / n:6.2f} ms/doc "
                  f"(x{seconds / n / base:.2f} of 1x)  peak RSS {peak_mb:6.0f} MB  exit {code}")
        again, _, _ = timed_build(tmp / f"x{args.scales[0]}", tmp / f"out{args.scales[0]}")
        first = tmp / f"out{args.scales[0]}"
        print(f"rebuild with nothing changed ({args.scales[0]}x): {again:.2f} s ({first.name})")


if __name__ == "__main__":
    main()
