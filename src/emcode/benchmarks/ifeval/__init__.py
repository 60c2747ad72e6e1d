"""``ifeval``: instruction following with verifiable instructions (IFEval), checked by ``if-verifiable``.

Three sources (``options.source``): ``composed`` (default, offline: emcode's writing tasks plus
instructions drawn from the checker registry, see :mod:`.compose`), ``file`` (the official
``input_data.jsonl``, IFBench's test file, or any file in that shape, ``options.path``) and ``hub``
(``google/IFEval`` through ``datasets``, only when asked and online). A file is read whole and
every bad row is reported at once. See README.md.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import Any

from emcode.benchmarks import BenchmarkSpec, Sample
from emcode.errors import EmcodeError

VERSION = "1"
SOURCES = ("composed", "file", "hub")
HUB_DATASET = "google/IFEval"
DEFAULT_N = 300
MAX_LISTED = 5  # bad rows spelled out in a file error before "... and N more"
FIELDS = ("key", "prompt", "instruction_id_list", "kwargs")


def row_problems(row: Any, where: str) -> list[str]:
    """Every reason one row is unusable (keys, list lengths, known instruction ids, kwargs that fit)."""
    from emcode.scoring.ifeval import build_checker, instruction_family

    if not isinstance(row, dict):
        return [f"{where}: an IFEval row must be a JSON object with {', '.join(FIELDS)}"]
    missing = [k for k in FIELDS if k not in row]
    if missing:
        return [f"{where}: missing field(s) {', '.join(missing)}; an IFEval row has {', '.join(FIELDS)}"]
    ids, kwargs = row["instruction_id_list"], row["kwargs"]
    if not isinstance(ids, list) or not ids or not isinstance(kwargs, list) or len(kwargs) != len(ids):
        return [(f"{where}: instruction_id_list must be a non-empty list and kwargs a list of the same "
                 f"length (got {len(ids) if isinstance(ids, list) else ids!r} and "
                 f"{len(kwargs) if isinstance(kwargs, list) else kwargs!r})")]
    out = []
    for iid, kw in zip(ids, kwargs, strict=True):
        if not isinstance(iid, str) or instruction_family(iid) is None:
            out.append(f"{where}: unknown instruction id {iid!r}")
            continue
        try:
            build_checker(iid, kw if isinstance(kw, dict) else {}, str(row["prompt"]))
        except Exception as exc:  # noqa: BLE001 - any failure means these kwargs do not fit the checker
            out.append(f"{where}: kwargs {kw!r} do not fit instruction {iid!r} ({type(exc).__name__}: {exc})")
    return out


def validate_row(row: Any, where: str) -> dict[str, Any]:
    """Check one row (see :func:`row_problems`); the first problem is an EmcodeError naming ``where``."""
    problems = row_problems(row, where)
    if problems:
        raise EmcodeError(problems[0])
    return row


def _unknown_ids(row: Any) -> list[str]:
    """The instruction ids of a row that no registry knows (for the file error's tally)."""
    from emcode.scoring.ifeval import instruction_family

    ids = row.get("instruction_id_list") if isinstance(row, dict) else None
    if not isinstance(ids, list):
        return []
    return [str(i) for i in ids if not isinstance(i, str) or instruction_family(i) is None]


def _file_error(path: Path, problems: list[str], bad_rows: int, total: int, unknown: Counter[str]) -> EmcodeError:
    shown = "; ".join(problems[:MAX_LISTED])
    more = f"; ... and {len(problems) - MAX_LISTED} more" if len(problems) > MAX_LISTED else ""
    ids = ", ".join(f"{i!r} ({n} rows)" for i, n in unknown.most_common(8))
    ids = (f" Unknown instruction ids (neither IFEval's nor IFBench's, as shipped in if-verifiable): {ids}"
           f"{', ...' if len(unknown) > 8 else ''}.") if unknown else ""
    return EmcodeError(f"{path}: {bad_rows} of {total} rows are not usable IFEval/IFBench rows: {shown}{more}.{ids} "
                       "Fix or remove those rows")


def _sample(row: dict[str, Any], subset: str) -> Sample:
    kwargs = [{k: v for k, v in (kw or {}).items() if v is not None} for kw in row["kwargs"]]
    meta = {"key": row["key"], "prompt": row["prompt"], "instruction_id_list": list(row["instruction_id_list"]),
            "kwargs": kwargs}
    return Sample(id=f"{subset}/{row['key']}", subset=subset, meta=meta,
                  messages=[{"role": "user", "content": row["prompt"]}])


def read_ifeval_file(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """All rows of an IFEval/IFBench JSONL file, every one validated; one error lists the bad rows
    (the first few spelled out, with file and line), counts them and names the unknown ids."""
    from emcode.benchmarks.prompt_file import jsonl_values

    path = Path(path).expanduser()
    if not path.is_file():
        raise EmcodeError(f"benchmarks.ifeval.options.path: {path} is not a file; point it at IFEval's "
                          "input_data.jsonl")
    rows: list[dict[str, Any]] = []
    problems: list[str] = []
    bad_rows = total = 0
    unknown: Counter[str] = Counter()
    for lineno, row, problem in jsonl_values(path):
        total += 1
        found = [f"{path}:{lineno}: {problem}"] if problem else row_problems(row, f"{path}:{lineno}")
        if found:
            bad_rows += 1
            problems += found
            unknown.update(set(_unknown_ids(row)))
        else:
            rows.append(row)
    if problems:
        raise _file_error(path, problems, bad_rows, total, unknown)
    if not rows:
        raise EmcodeError(f"{path}: no IFEval rows")
    return rows


def file_subset(rows: list[dict[str, Any]]) -> str:
    """``ifbench`` when every instruction is an IFBench one, else ``official`` (IFEval's file)."""
    from emcode.scoring.ifeval import instruction_family

    fams = {instruction_family(i) for r in rows for i in r["instruction_id_list"]}
    return "ifbench" if fams == {"ifbench"} else "official"


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
    if source == "file":
        if not path:
            raise EmcodeError("benchmarks.ifeval.options.path is required with source: file")
        rows = read_ifeval_file(path)
        subset = file_subset(rows)
    elif source == "hub":
        rows, subset = _hub_rows(), "official"
    else:
        from emcode.benchmarks.ifeval.compose import compose

        rows, subset = compose(n=n if limit is None else min(n, limit), seed=seed), source
    if subsets and list(subsets) != [subset]:
        raise EmcodeError(f"benchmarks.ifeval.subsets: this source gives only the subset '{subset}' "
                          f"(got {subsets}); remove the key")
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
