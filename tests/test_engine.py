"""The engine: gather then finish, in worker processes or in one, with the same results."""
from __future__ import annotations

from pathlib import Path

from tei_encoder import engine
from tei_encoder.cli import run_convert

PEOPLE = ["Anatoliy F. Dobrynin", "Llewellyn E. Thompson", "Dean Rusk", "Averell Harriman",
          "Foy D. Kohler", "Andrei A. Gromyko"]


def memo(number: int) -> str:
    first, second = PEOPLE[number % len(PEOPLE)], PEOPLE[(number + 1) % len(PEOPLE)]
    return (f"{number}. Memorandum of Conversation1\n\nPARTICIPANTS\n\n  • {first}\n  • {second}\n\n"
            f"Mr. {second.split()[-1]} said that {first.split()[-1]} would call.2\n\n[Page {100 + number}]\n\n"
            f"Mr. {first.split()[-1]} agreed.\n\n  1. Source: Files.\n  2. Not found.")


def corpus(folder: Path, count: int) -> Path:
    folder.mkdir()
    for number in range(1, count + 1):
        (folder / f"d{number}.txt").write_text(memo(number), encoding="utf-8")
    return folder


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix in (".xml", ".txt")}


def test_workers_and_one_process_give_the_same_files_and_report(tmp_path):
    src = corpus(tmp_path / "in", engine.PARALLEL_FROM + 6)
    serial = run_convert([src], tmp_path / "one", jobs=1)
    parallel = run_convert([src], tmp_path / "two", jobs=2)
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")
    assert len(outputs(tmp_path / "one")) == engine.PARALLEL_FROM + 6 + 1        # + persons.txt
    assert [p.as_dict() for p in serial.problems] == [p.as_dict() for p in parallel.problems]
    assert [Path(p).name for p in serial.written] == [Path(p).name for p in parallel.written]


def test_a_gathered_document_finishes_as_if_encoded_whole(tmp_path):
    """Default run (gather, build the register, finish the kept states) == a run given that register."""
    src = corpus(tmp_path / "in", 8)
    run_convert([src], tmp_path / "built", jobs=1)
    run_convert([src], tmp_path / "given", persons=tmp_path / "built" / "persons.txt", jobs=1)
    built, given = outputs(tmp_path / "built"), outputs(tmp_path / "given")
    built.pop("persons.txt")
    assert built == given
    assert b"<persName corresp=\"#p_DAF1\">Anatoliy F. Dobrynin</persName>" in built["d5.xml"]


def test_a_bug_in_one_file_is_that_files_error_and_the_rest_is_done(tmp_path, monkeypatch):
    src = corpus(tmp_path / "in", 3)
    real = engine.begin_file

    def broken(path):
        if Path(path).name == "d2.txt":
            raise ValueError("something unexpected")
        return real(path)
    monkeypatch.setattr(engine, "begin_file", broken)
    report = run_convert([src], tmp_path / "out", jobs=1)
    assert sorted(Path(p).name for p in report.written) == ["d1.xml", "d3.xml"]
    [error] = [p for p in report.problems if p.severity == "error"]
    assert (error.code, Path(error.file).name) == ("internal-error", "d2.txt")
    assert "ValueError: something unexpected" in error.message


def test_a_worker_out_of_work_takes_the_last_third_of_the_longest_queue():
    queues = [[], ["a", "b", "c", "d", "e", "f", "g"], ["x"]]
    assert engine.steal(queues) == ["f", "g"]
    assert queues == [[], ["a", "b", "c", "d", "e"], ["x"]]
    assert engine.steal([[], ["x", "y"]]) == []          # too little left to be worth encoding twice
