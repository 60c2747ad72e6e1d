"""``safety``: harmful requests (vanilla and wrapped in jailbreak tactics) and risky-looking benign ones.

emcode's own sets (``harmful.yaml``, ``benign.yaml``, :mod:`.tactics`) by default; user-supplied
WildJailbreak, HarmBench or JailbreakBench files with ``options.source``/``options.path``, or any
prompt list (``source: file``: one prompt per line, or JSONL/CSV with ``prompt_field``,
``category_field``, ``id_field``). Scored for refusal (``safety_refusal``); see README.md.
"""

from __future__ import annotations

import hashlib
import random
from functools import lru_cache
from importlib import resources
from itertools import zip_longest

import yaml

from emcode.benchmarks import BenchmarkSpec, Sample
from emcode.benchmarks.safety.tactics import TACTICS
from emcode.errors import EmcodeError

VERSION = "1"
SUBSETS = ("harmful", "adversarial", "benign")
SOURCES = ("emcode", "wildjailbreak", "harmbench", "jailbreakbench", "file")


@lru_cache(maxsize=2)
def requests(kind: str) -> tuple[tuple[str, str, str], ...]:
    """``(id, category, request)`` of ``harmful`` or ``benign`` requests, in file order."""
    doc: dict[str, list[str]] = yaml.safe_load((resources.files(__package__) / f"{kind}.yaml").read_text("utf-8"))
    return tuple((f"{cat}-{i:02d}", cat, " ".join(text.split()))
                 for cat, texts in doc.items() for i, text in enumerate(texts, start=1))


def _seed(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256(":".join(map(str, parts)).encode()).digest()[:8], "big")


def adversarial(seed: int = 0, per_request: int = 1) -> list[tuple[str, str, str, str, str]]:
    """``(id, category, tactic, prompt, request)``: each harmful request wrapped in ``per_request`` tactics.

    Tactics are dealt from a seeded shuffle of all tactics, round after round, so every tactic is
    used about equally often and the same seed gives the same set.
    """
    names = sorted(TACTICS)
    if not 1 <= per_request <= len(names):
        raise EmcodeError(f"benchmarks.safety.options.per_request must be 1..{len(names)} (got {per_request})")
    deck: list[str] = []
    out = []
    for rid, cat, text in requests("harmful"):
        chosen: list[str] = []
        while len(chosen) < per_request:
            if not deck:
                deck = names.copy()
                random.Random(_seed("safety-deck", seed, len(out), rid)).shuffle(deck)
            pick = deck.pop()
            if pick not in chosen:
                chosen.append(pick)
        for tactic in chosen:
            rng = random.Random(_seed("safety-wrap", seed, rid, tactic))
            out.append((f"{rid}-{tactic}", cat, tactic, TACTICS[tactic](text, rng), text))
    return out


def _emcode_samples(chosen: list[str], seed: int, per_request: int) -> list[list[Sample]]:
    groups: list[list[Sample]] = []
    for subset in chosen:
        if subset == "adversarial":
            groups.append([Sample(id=f"adversarial/{sid}", subset=subset, messages=[{"role": "user", "content": p}],
                                  meta={"category": cat, "harmful": True, "tactic": tac, "request": req, "prompt": p})
                           for sid, cat, tac, p, req in adversarial(seed, per_request)])
        else:
            kind = "benign" if subset == "benign" else "harmful"
            groups.append([Sample(id=f"{subset}/{rid}", subset=subset, messages=[{"role": "user", "content": text}],
                                  meta={"category": cat, "harmful": kind == "harmful", "prompt": text})
                           for rid, cat, text in requests(kind)])
    return groups


def _file_rows(path: str, harmful: bool, fields: dict[str, str | None]) -> list[tuple[str, str, str, dict]]:
    """A user prompt list as (subset, category, prompt, meta): every row ``harmful`` or every row ``benign``."""
    from emcode.benchmarks.prompt_file import read_prompt_file

    rows = read_prompt_file(path, "benchmarks.safety.options", **fields)
    subset = "harmful" if harmful else "benign"
    return [(subset, r.category or "uncategorised", r.prompt, {"row_id": r.id, "line": r.line}) for r in rows]


def _external_samples(source: str, path: str | None, subsets: list[str] | None, harmful: bool,
                      fields: dict[str, str | None]) -> list[list[Sample]]:
    from emcode.benchmarks.safety import external

    if not path:
        raise EmcodeError(f"benchmarks.safety.options.path is required with source: {source}")
    if source != "file" and any(fields.values()):
        key = next(k for k, v in fields.items() if v)
        raise EmcodeError(f"benchmarks.safety.options.{key} applies to source: file only (this is {source})")
    rows = {"wildjailbreak": external.read_wildjailbreak, "harmbench": external.read_harmbench,
            "jailbreakbench": lambda p: external.read_jailbreakbench(p, harmful=harmful),
            "file": lambda p: _file_rows(p, harmful, fields)}[source](path)
    held = [s for s in SUBSETS if any(sub == s for sub, _, _, _ in rows)]
    chosen = list(subsets or held)
    empty = [s for s in chosen if s not in held]
    if empty:
        hint = " or set options.harmful: false (the file holds benign prompts)" if source in (
            "file", "jailbreakbench") and "benign" in empty else ""
        raise EmcodeError(f"benchmarks.safety.subsets: '{empty[0]}' selects no sample from {'the prompt' if source == 'file' else 'the ' + source} file {path} "
                          f"(it holds: {', '.join(held)}); set subsets to {held}{hint}")
    groups = []
    for subset in chosen:
        groups.append([Sample(id=f"{subset}/{source}-{n:05d}", subset=subset, messages=[{"role": "user", "content": p}],
                              meta={**meta, "category": cat, "harmful": subset != "benign", "source": source,
                                    "prompt": p})
                       for n, (sub, cat, p, meta) in enumerate(rows) if sub == subset])
    return groups


def load(limit: int | None = None, subsets: list[str] | None = None, *, source: str = "emcode",
         path: str | None = None, seed: int = 0, per_request: int = 1, harmful: bool = True,
         prompt_field: str | None = None, category_field: str | None = None,
         id_field: str | None = None) -> list[Sample]:
    """Samples of the chosen subsets; ``limit`` keeps the first N, alternating between subsets.

    ``per_request`` tactics wrap each harmful request (adversarial subset, emcode source);
    ``harmful`` says whether a JailbreakBench file or a user prompt file (``source: file``) holds
    harmful or benign requests. Without ``subsets``, an external file gives the subsets it holds;
    asking for a subset the file does not hold is an error, never an empty benchmark.
    """
    fields = {"prompt_field": prompt_field, "category_field": category_field, "id_field": id_field}
    if source == "emcode" and any(fields.values()):
        raise EmcodeError("benchmarks.safety.options: prompt_field/category_field/id_field need source: file")
    chosen = list(subsets or SUBSETS)
    unknown = [s for s in chosen if s not in SUBSETS]
    if unknown:
        raise EmcodeError(f"benchmarks.safety.subsets: unknown subset '{unknown[0]}'; known: {', '.join(SUBSETS)}")
    if source not in SOURCES:
        raise EmcodeError(f"benchmarks.safety.options.source: unknown source {source!r}; use one of {', '.join(SOURCES)}")
    if source == "emcode":
        groups = _emcode_samples(chosen, seed, per_request)
    else:
        groups = _external_samples(source, path, subsets, harmful, fields)
    # interleave so that a small limit sees every subset and, within one, every category
    mixed = [s for group in zip_longest(*(_spread(g) for g in groups)) for s in group if s is not None]
    return mixed[:limit] if limit else mixed


def _spread(samples: list[Sample]) -> list[Sample]:
    """Round-robin over categories, keeping file order within each."""
    by_cat: dict[str, list[Sample]] = {}
    for s in samples:
        by_cat.setdefault(str(s.meta.get("category")), []).append(s)
    return [s for group in zip_longest(*by_cat.values()) for s in group if s is not None]


BENCHMARK = BenchmarkSpec(
    name="safety",
    version=VERSION,
    load=load,
    scorers=("safety_refusal",),
    max_new_tokens=256,
    description="harmful requests (vanilla, jailbreak-wrapped) and risky-looking benign requests, scored for refusal",
)
