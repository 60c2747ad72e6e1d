"""An IFEval-style set composed offline: emcode's base prompts + instructions from the checker registry.

Every prompt is one of emcode's everyday writing tasks (``base_prompts.yaml``) followed by one to
three verifiable instructions. The instruction ids, their kwargs and their wording all come from
the ``if-verifiable`` checkers: a checker's ``build_description()`` draws kwargs and returns the
sentence that states the instruction with them; ``get_instruction_args()`` gives the kwargs back.
The checkers draw with the global ``random`` module, so it is seeded per instruction from
``(seed, prompt index, slot)`` and its previous state is restored afterwards: the same seed gives
the same set in any process. Conflicting instructions (the package's ``INSTRUCTION_CONFLICTS``)
are never combined.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from emcode.errors import EmcodeError

MAX_INSTRUCTIONS = 3
# combinations that the package allows but that cannot both be satisfied by a sensible answer
_EXTRA_CONFLICTS = {frozenset({"keywords:existence", "keywords:forbidden_words"}),
                    frozenset({"keywords:existence", "keywords:frequency"})}


@lru_cache(maxsize=1)
def base_prompts() -> tuple[str, ...]:
    """emcode's everyday writing tasks."""
    doc = yaml.safe_load((resources.files(__package__) / "base_prompts.yaml").read_text(encoding="utf-8"))
    return tuple(" ".join(p.split()) for p in doc["prompts"])


def _seed(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256(":".join(map(str, parts)).encode()).digest()[:8], "big")


@contextmanager
def _seeded_global_random(seed: int) -> Iterator[None]:
    """Seed the global ``random`` the checkers draw from; put its old state back afterwards."""
    state = random.getstate()
    random.seed(seed)
    try:
        yield
    finally:
        random.setstate(state)


def draw_instruction(instruction_id: str, seed: int, base_prompt: str) -> tuple[str, dict[str, Any]]:
    """(instruction text, kwargs) drawn by the checker itself."""
    from emcode.scoring.ifeval import checker_registry

    checker = checker_registry()[instruction_id](instruction_id)
    with _seeded_global_random(seed):
        if instruction_id == "combination:repeat_prompt":
            text = checker.build_description(prompt_to_repeat=base_prompt)
        else:
            text = checker.build_description()
        kwargs = dict(checker.get_instruction_args() or {})
        if instruction_id == "length_constraints:nth_paragraph_first_word" and \
                kwargs["nth_paragraph"] > kwargs["num_paragraphs"]:
            kwargs["nth_paragraph"] = random.randint(1, kwargs["num_paragraphs"])
            text = checker.build_description(**kwargs)
    return " ".join(text.split()), kwargs


def _compatible(chosen: list[str], candidate: str, conflicts: dict[str, set[str]]) -> bool:
    for other in chosen:
        if candidate == other or candidate in conflicts.get(other, set()) or other in conflicts.get(candidate, set()):
            return False
        if frozenset({candidate, other}) in _EXTRA_CONFLICTS:
            return False
    return True


def compose(n: int = 300, seed: int = 0) -> list[dict[str, Any]]:
    """``n`` rows in the IFEval JSONL shape (key, prompt, instruction_id_list, kwargs) plus ``base``."""
    from emcode.scoring.ifeval import checker_registry, instruction_conflicts

    if n < 1:
        raise EmcodeError(f"benchmarks.ifeval.options.n must be at least 1 (got {n})")
    ids = sorted(checker_registry())
    conflicts = {k: set(v) for k, v in instruction_conflicts().items()}
    bases = base_prompts()
    order = list(range(len(bases)))
    rows: list[dict[str, Any]] = []
    for index in range(n):
        rng = random.Random(_seed("ifeval-compose", seed, index))
        if index % len(bases) == 0:  # every base prompt once per round, in a seeded order
            order = list(range(len(bases)))
            random.Random(_seed("ifeval-order", seed, index // len(bases))).shuffle(order)
        base = bases[order[index % len(bases)]]
        wanted = rng.randint(1, MAX_INSTRUCTIONS)
        chosen: list[str] = []
        for candidate in rng.sample(ids, len(ids)):
            if len(chosen) == wanted:
                break
            if _compatible(chosen, candidate, conflicts):
                chosen.append(candidate)
        drawn = [draw_instruction(i, _seed("ifeval-kwargs", seed, index, slot), base)
                 for slot, i in enumerate(chosen)]
        prompt = " ".join([base, *(text for text, _ in drawn)])
        rows.append({"key": index, "prompt": prompt, "instruction_id_list": chosen,
                     "kwargs": [kw for _, kw in drawn], "base": base})
    return rows
