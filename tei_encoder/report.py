"""The review report: every problem of a run, for an editor to check.

Written as JSON (``report.json``) and summed up in a few lines on stderr.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from .model import Problem


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    inputs: int = 0
    written: list[str] = field(default_factory=list)

    def add(self, problems) -> None:
        self.problems.extend(problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def as_dict(self) -> dict:
        by_code = Counter(p.code for p in self.problems)
        return {
            "summary": {"inputs": self.inputs, "documents": len(self.written),
                        "errors": len(self.errors), "warnings": len(self.warnings),
                        "by_code": dict(sorted(by_code.items()))},
            "problems": [p.as_dict() for p in sorted(self.problems, key=lambda p: (p.file, p.line))],
            "outputs": sorted(self.written),
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), indent=2, ensure_ascii=False) + "\n"

    def summary_lines(self, limit: int = 20) -> list[str]:
        lines = [str(p) for p in sorted(self.errors, key=lambda p: (p.file, p.line))]
        warnings = sorted(self.warnings, key=lambda p: (p.file, p.line))
        lines += [str(p) for p in warnings[:limit]]
        if len(warnings) > limit:
            lines.append(f"... and {len(warnings) - limit} more warnings (see the JSON report)")
        by_code = Counter(p.code for p in self.warnings)
        kinds = ", ".join(f"{code} {n}" for code, n in by_code.most_common())
        lines.append(f"{len(self.written)} document(s) written from {self.inputs} file(s); "
                     f"{len(self.errors)} error(s), {len(self.warnings)} warning(s)"
                     + (f" ({kinds})" if kinds else ""))
        return lines
