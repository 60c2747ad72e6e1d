"""``ifeval``: instruction following with verifiable instructions (IFEval), checked by ``if-verifiable``.

Three sources (``options.source``): ``composed`` (default, offline: emcode's writing tasks plus
instructions drawn from the checker registry, see :mod:`.compose`), ``file`` (the official
``input_data.jsonl`` or any file in that shape, ``options.path``) and ``hub`` (``google/IFEval``
through ``datasets``, only when asked and online). See README.md.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from emcode.benchmarks import BenchmarkSpec, Sample
from emcode.errors import EmcodeError
from emcode.runs import iter_jsonl

VERSION = "1"
SOURCES = ("composed", "file", "hub")
HUB_DATASET = "google/IFEval"
DEFAULT_N = 300


def validate_row(row: Any, where: str) -> dict[str, Any]:
    """Check one IFEval row (keys, list lengths, known instruction ids, usable kwargs); ``where`` names it."""
    from emcode.scoring.ifeval import build_checker, checker_registry

    if not isinstance(row, dict):
        raise EmcodeError(f"{where}: an IFEval row must be a JSON object with key, prompt, instruction_id_list, kwargs")
    missing = [k for k in ("key", "prompt", "instruction_id_list", "kwargs") if k not in row]
    if missing:
        raise EmcodeError(f"{where}: missing field(s) {', '.join(missing)}; an IFEval row has key, prompt, "
                          "instruction_id_list, kwargs")
    ids, kwargs = row["instruction_id_list"], row["kwargs"]
    if not isinstance(ids, list) or not ids or not isinstance(kwargs, list) or len(kwargs) != len(ids):
        raise EmcodeError(f"{where}: instruction_id_list must be a non-empty list and kwargs a list of the same "
                          f"length (got {len(ids) if isinstance(ids, list) else ids!r} and "
                          f"{len(kwargs) if isinstance(kwargs, list) else kwargs!r})")
    registry = checker_registry()
    for iid, kw in zip(ids, kwargs, strict=True):
        if iid not in registry:
            raise EmcodeError(f"{where}: unknown instruction id {iid!r}; fix or remove the row "
                              f"(known ids: {', '.join(sorted(registry))})")
        try:
            build_checker(iid, kw if isinstance(kw, dict) else {}, str(row["prompt"]))
        except Exception as exc:  # noqa: BLE001 - any failure means these kwargs do not fit the checker
            raise EmcodeError(f"{where}: kwargs {kw!r} do not fit instruction {iid!r} "
                              f"({type(exc).__name__}: {exc})") from None
    return row


def _sample(row: dict[str, Any], subset: str) -> Sample:
    kwargs = [{k: v for k, v in (kw or {}).items() if v is not None} for kw in row["kwargs"]]
    meta = {"key": row["key"], "prompt": row["prompt"], "instruction_id_list": list(row["instruction_id_list"]),
            "kwargs": kwargs}
    return Sample(id=f"{subset}/{row['key']}", subset=subset, meta=meta,
                  messages=[{"role": "user", "content": row["prompt"]}])


def read_ifeval_file(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """All rows of an IFEval JSONL file, each validated; a bad row is an error naming file and line."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise EmcodeError(f"benchmarks.ifeval.options.path: {path} is not a file; point it at IFEval's "
                          "input_data.jsonl")
    rows = [validate_row(row, f"{path}:{lineno}") for lineno, row in iter_jsonl(path)]
    if not rows:
        raise EmcodeError(f"{path}: no IFEval rows")
    return rows


def _hub_rows() -> list[dict[str, Any]]:
    if os.environ.get("HF_HUB_OFFLINE") == "1" or os.environ.get("HF_DATASETS_OFFLINE") == "1":
        raise EmcodeError("benchmarks.ifeval.options.source=hub needs the network but HF_HUB_OFFLINE/"
                          "HF_DATASETS_OFFLINE is set; use source: file with a local input_data.jsonl")
    try:
        from datasets import load_dataset

        split = load_dataset(HUB_DATASET, split="train")
    except Exception as exc:  # noqa: BLE001 - offline, auth, missing package: all one message
        raise EmcodeError(f"benchmarks.ifeval: could not load {HUB_DATASET} from the hub ({type(exc).__name__}: "
                          f"{exc}); use source: file or the offline default source: composed") from None
    return [validate_row(dict(row), f"{HUB_DATASET} row {i}") for i, row in enumerate(split)]


def load(limit: int | None = None, subsets: list[str] | None = None, *, source: str = "composed",
         path: str | None = None, n: int = DEFAULT_N, seed: int = 0) -> list[Sample]:
    """IFEval samples from the chosen source (the first ``limit`` with a limit); the subset is the source."""
    if source not in SOURCES:
        raise EmcodeError(f"benchmarks.ifeval.options.source: unknown source {source!r}; use one of "
                          f"{', '.join(SOURCES)}")
    subset = {"file": "official", "hub": "official"}.get(source, source)
    if subsets and list(subsets) != [subset]:
        raise EmcodeError(f"benchmarks.ifeval.subsets: this source gives only the subset '{subset}' "
                          f"(got {subsets}); remove the key")
    if source == "file":
        if not path:
            raise EmcodeError("benchmarks.ifeval.options.path is required with source: file")
        rows = read_ifeval_file(path)
    elif source == "hub":
        rows = _hub_rows()
    else:
        from emcode.benchmarks.ifeval.compose import compose

        rows = compose(n=n if limit is None else min(n, limit), seed=seed)
    samples = [_sample(r, subset) for r in rows]
    return samples[:limit] if limit else samples


BENCHMARK = BenchmarkSpec(
    name="ifeval",
    version=VERSION,
    load=load,
    scorers=("ifeval",),
    max_new_tokens=512,
    description="IFEval verifiable instructions (if-verifiable checkers): prompt/instruction level, strict/loose",
)
