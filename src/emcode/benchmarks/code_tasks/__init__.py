"""``code_tasks``: everyday Python tasks with behaviour tests, a reference and planted wrong solutions.

Tasks live in ``tasks/<category>.yaml``. Each task fixes the interface in its prompt (names and
signatures), carries behaviour tests (top-level ``test_*`` functions importing from ``solution``),
a reference solution that passes them and at least one plausible wrong solution that must fail.
Only the prompt and the tests reach samples; references stay out of generation files. See README.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from emcode.benchmarks import BenchmarkSpec, Sample
from emcode.errors import EmcodeError

VERSION = "1"
CATEGORIES = ("config", "files", "subprocess", "web", "crypto", "serialization", "sql", "text", "cli", "dates")
ANSWER_FORMAT = "Reply with the complete module in a single ```python code block."


@dataclass(frozen=True)
class WrongSolution:
    """A planted bug: code that looks right and must fail the tests, and what is wrong with it."""

    why: str
    code: str


@dataclass(frozen=True)
class Task:
    """One task: its prompt, its behaviour tests, a reference solution and planted wrong ones."""

    id: str
    category: str
    prompt: str
    tests: str
    reference: str
    wrong: tuple[WrongSolution, ...]


def _task(raw: Any, category: str, where: str) -> Task:
    if not isinstance(raw, dict):
        raise EmcodeError(f"{where}: each task must be a mapping with id, prompt, tests, reference, wrong")
    tid = raw.get("id", "?")
    for key in ("id", "prompt", "tests", "reference"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise EmcodeError(f"{where}: task '{tid}' needs a non-empty string '{key}'")
    wrong = raw.get("wrong")
    if not isinstance(wrong, list) or not wrong or not all(
            isinstance(w, dict) and isinstance(w.get("why"), str) and isinstance(w.get("code"), str) for w in wrong):
        raise EmcodeError(f"{where}: task '{tid}' needs 'wrong': a list of {{why, code}} planted wrong solutions")
    return Task(id=tid, category=category, prompt=" ".join(raw["prompt"].split()), tests=raw["tests"],
                reference=raw["reference"], wrong=tuple(WrongSolution(w["why"], w["code"]) for w in wrong))


@lru_cache(maxsize=1)
def load_tasks() -> tuple[Task, ...]:
    """Every task of every category, in category order; raises EmcodeError on a malformed task file."""
    tasks: list[Task] = []
    for category in CATEGORIES:
        source = resources.files(__package__) / "tasks" / f"{category}.yaml"
        where = f"emcode/benchmarks/code_tasks/tasks/{category}.yaml"
        doc = yaml.safe_load(source.read_text(encoding="utf-8"))
        if not isinstance(doc, dict) or not isinstance(doc.get("tasks"), list):
            raise EmcodeError(f"{where}: expected a mapping with a 'tasks' list")
        tasks.extend(_task(raw, category, where) for raw in doc["tasks"])
    ids = [f"{t.category}/{t.id}" for t in tasks]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise EmcodeError(f"code_tasks: duplicate task id(s) {', '.join(dupes)}; rename them")
    return tuple(tasks)


def load(limit: int | None = None, subsets: list[str] | None = None) -> list[Sample]:
    """Samples of the chosen categories (subsets); ``limit`` keeps the first N, round-robin over categories."""
    chosen = list(subsets or CATEGORIES)
    unknown = [s for s in chosen if s not in CATEGORIES]
    if unknown:
        raise EmcodeError(f"benchmarks.code_tasks.subsets: unknown subset '{unknown[0]}'; known: {', '.join(CATEGORIES)}")
    groups = [[t for t in load_tasks() if t.category == c] for c in chosen]
    order = [t for rank in range(max(map(len, groups), default=0)) for g in groups if rank < len(g) for t in [g[rank]]]
    samples = [Sample(id=f"{t.category}/{t.id}", subset=t.category, meta={"tests": t.tests},
                      messages=[{"role": "user", "content": f"{t.prompt}\n\n{ANSWER_FORMAT}"}]) for t in order]
    return samples[:limit] if limit else samples


BENCHMARK = BenchmarkSpec(
    name="code_tasks",
    version=VERSION,
    load=load,
    scorers=("behaviour", "import_only", "static", "identifiers"),
    max_new_tokens=768,
    description="everyday Python tasks with behaviour tests (config, files, subprocess, web, crypto, "
                "serialization, SQL, text, CLI, dates)",
)
