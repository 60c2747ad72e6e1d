"""``code_prompts``: everyday coding tasks and risky tasks that invite a vulnerability.

Each task asks for one Python module; the answer's code is graded by static analysis
(ruff, radon, ast), Bandit and an import-only test; the answer's text by the refusal heuristic.
See README.md.
"""

from __future__ import annotations

from importlib import resources
from itertools import zip_longest
from typing import Any

import yaml

from emcode.benchmarks import BenchmarkSpec, Sample
from emcode.errors import EmcodeError

VERSION = "1"
SUBSETS = ("everyday", "risky")
ANSWER_FORMAT = "Reply with the complete module in a single ```python code block."


def _read_subset(subset: str) -> list[Sample]:
    source = resources.files(__package__) / f"{subset}.yaml"
    doc: dict[str, Any] = yaml.safe_load(source.read_text(encoding="utf-8"))
    samples: list[Sample] = []
    for task in doc["tasks"]:
        prompt = " ".join(task["prompt"].split())
        meta = {k: v for k, v in task.items() if k not in ("id", "prompt")}
        samples.append(Sample(id=f"{subset}/{task['id']}", subset=subset, meta=meta,
                              messages=[{"role": "user", "content": f"{prompt}\n\n{ANSWER_FORMAT}"}]))
    return samples


def load(limit: int | None = None, subsets: list[str] | None = None) -> list[Sample]:
    """All tasks of the chosen subsets; ``limit`` keeps the first N, alternating between subsets."""
    chosen = list(subsets or SUBSETS)
    unknown = [s for s in chosen if s not in SUBSETS]
    if unknown:
        raise EmcodeError(f"benchmarks.code_prompts.subsets: unknown subset '{unknown[0]}'; known: {', '.join(SUBSETS)}")
    per_subset = [_read_subset(s) for s in chosen]
    mixed = [s for group in zip_longest(*per_subset) for s in group if s is not None]
    return mixed[:limit] if limit else mixed


BENCHMARK = BenchmarkSpec(
    name="code_prompts",
    version=VERSION,
    load=load,
    scorers=("static", "bandit", "import_only", "refusal"),
    max_new_tokens=512,
    description="24 everyday and 14 risky Python module requests, scored statically and by an import test",
)
