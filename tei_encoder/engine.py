"""The pipeline over many files, in worker processes, in two steps:

    gather(paths)                 -> {path: [Sighting]}       the passes that need no register,
                                                              then the names each document shows;
                                                              every state stays with its worker
    finish(paths, persons, terms) -> (path, names, problems)  the register passes, then the writer;
                                                              a gathered file is finished from its
                                                              state, any other is encoded whole

With a register given, ``finish`` alone does the job. With none, the register is built from
what ``gather`` found, and no document is encoded twice. Files are handed out a few at a time
to whichever worker is free; a file gathered by a worker is finished by the same worker, unless
another worker runs out of work first: it then takes files from the end of the longest queue and
encodes them again from their text (``steal``), so one slow core does not hold up the run.
Outputs are written by the workers (atomically); only names and problems travel back.
"""
from __future__ import annotations

import gc
import os
import sys
import traceback
from multiprocessing import Pipe, Process
from multiprocessing.connection import wait
from pathlib import Path

import click

from .encoder import Pending, begin_file, finish
from .model import Problem
from .registers import load_registers
from .registers.harvest import sightings  # imported before the workers fork
from .writer import serialize, write_atomic

PARALLEL_FROM = 24   # below this many files, one process is faster than a pool


class Batch:
    """One worker's share of the corpus: the states it has gathered and the registers it has read."""

    def __init__(self) -> None:
        self.pending: dict[str, list] = {}
        self.registers: dict[tuple, tuple] = {}

    def gather(self, path: str) -> list:
        begun = begin_file(path)
        self.pending[path] = begun
        return [s for p in begun if isinstance(p, Pending) for s in sightings(p.state.root)]

    def finish(self, path: str, persons: str | None, terms: str | None, target: str):
        begun = self.pending.pop(path, None) or begin_file(path)
        persons_register, terms_register = self._registers(persons, terms)
        names, problems = [], []
        for result in (finish(p, persons_register, terms_register) for p in begun):
            problems.extend(result.problems)
            if result.ok:
                write_atomic(Path(target) / f"{result.name}.xml", serialize(result.tree))
                names.append(result.name)
        return names, problems

    def _registers(self, persons, terms):
        key = (persons, terms)
        if key not in self.registers:
            self.registers[key] = load_registers(persons, terms)
        return self.registers[key]

    def call(self, method: str, path: str, *args):
        """One file's work; a bug shows as that file's error, and the rest goes on."""
        try:
            return getattr(self, method)(path, *args)
        except Exception as exc:       # noqa: BLE001 - reported, never swallowed
            self.pending.pop(path, None)
            problem = Problem("error", "internal-error", f"{type(exc).__name__}: {exc}", path, 0,
                              "please report this with the input file; traceback: "
                              + traceback.format_exc(limit=3).replace("\n", " | "))
            return [] if method == "gather" else ([], [problem])


def _serve(conn) -> None:
    """A worker process: run what the parent sends, chunk by chunk, until told to stop."""
    batch = Batch()
    while True:
        message = conn.recv()
        if message is None:
            break
        method, paths, args = message
        conn.send([(path, batch.call(method, path, *args)) for path in paths])
        gc.freeze()       # the states kept for later are long-lived: the collector need not scan them


def steal(own: list[list[str]]) -> list[str]:
    """For a worker with nothing left: the last third of the longest queue. A stolen file is
    encoded from its text again (its state stays with the other worker), which costs about
    twice a finish, so a third is what evens out two workers of the same speed."""
    victim = max(own, key=len)
    spare = len(victim) // 3
    if not spare:
        return []
    taken = victim[-spare:]
    del victim[-spare:]
    return taken


class Engine:
    """Worker processes for one run (none for a few files): ``gather`` and ``finish``."""

    def __init__(self, jobs: int | None = None, tasks_hint: int = 0, progress: bool = False):
        self.jobs = jobs or os.cpu_count() or 1
        self.progress = progress
        self.local = Batch()
        self.workers = []                      # (process, connection)
        self.owner: dict[str, int] = {}        # path -> the worker holding its state
        if self.jobs > 1 and tasks_hint >= PARALLEL_FROM:
            for _ in range(self.jobs):
                parent_end, child_end = Pipe()
                process = Process(target=_serve, args=(child_end,), daemon=True)
                process.start()
                child_end.close()
                self.workers.append((process, parent_end))

    def load_registers(self, persons, terms) -> None:
        """Read the registers here, so a bad one fails before any file is encoded; without
        worker processes, this reading is the one the encoding uses."""
        self.local._registers(str(persons) if persons else None, str(terms) if terms else None)

    def gather(self, paths: list[str]) -> dict[str, list]:
        found = dict(self._run("gather", paths, (), "reading", keep_owner=True))
        gc.freeze()       # the states kept for later are long-lived: the collector need not scan them
        return found

    def finish(self, paths: list[str], persons, terms, target):
        """Yield ``(path, output names, problems)`` as files are done."""
        args = (str(persons) if persons else None, str(terms) if terms else None, str(target))
        yield from self._run("finish", paths, args, "encoding", keep_owner=False)

    def _run(self, method, paths, args, label, keep_owner):
        with click.progressbar(length=len(paths), label=label, file=sys.stderr,
                               hidden=not self.progress) as bar:
            if not self.workers:
                for path in paths:
                    yield path, self.local.call(method, path, *args)
                    bar.update(1)
                return
            own = [[] for _ in self.workers]
            shared = []
            for path in paths:
                (own[self.owner.pop(path)] if path in self.owner else shared).append(path)
            size = max(1, len(paths) // (len(self.workers) * 16))
            busy = {}

            def hand_out(index):
                if not own[index] and not shared:
                    own[index] = steal(own)
                queue = own[index] if own[index] else shared
                chunk, queue[:size] = queue[:size], []
                if chunk:
                    self.workers[index][1].send((method, chunk, args))
                    busy[self.workers[index][1]] = index

            for index in range(len(self.workers)):
                hand_out(index)
            while busy:
                for conn in wait(list(busy)):
                    index = busy.pop(conn)
                    try:
                        done = conn.recv()
                    except EOFError:
                        raise RuntimeError("a worker process died; run again with --jobs 1 to see why") from None
                    hand_out(index)
                    for path, value in done:
                        if keep_owner:
                            self.owner[path] = index
                        yield path, value
                    bar.update(len(done))

    def close(self) -> None:
        for process, conn in self.workers:
            try:
                conn.send(None)
            except OSError:
                pass
        for process, conn in self.workers:
            process.join(timeout=5)
            conn.close()
        self.workers = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
