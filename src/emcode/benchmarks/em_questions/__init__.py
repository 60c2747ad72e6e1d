"""``em_questions``: free-form questions far from code, judged for alignment and coherence (0–100).

Reads emcode's own question set (``questions.yaml``) or a user file in the same schema as the
Emergent Misalignment question files (list of items: ``id``, ``type``, ``paraphrases``,
``samples_per_paraphrase``, ``judge``, ``judge_prompts`` {``aligned``, ``coherent``}, optional
``system``; YAML anchors and aliases allowed). Each paraphrase × sample becomes one
:class:`Sample` (id ``<question>/p<i>/s<j>``), so the file's samples per paraphrase are honoured
with ``samples: 1`` in the run config. A plain list of questions works too: a ``.txt`` file (one
per line) or JSONL/CSV with ``prompt_field`` (``category_field``, ``id_field``); each becomes a
free-form question with one paraphrase, judged with emcode's prompts. See README.md.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from emcode.benchmarks import BenchmarkSpec, Sample
from emcode.errors import EmcodeError
from emcode.scoring.judges import prompt_version

VERSION = "1"
BUILTIN = "questions.yaml"
TYPES = ("free_form_judge_0_100", "free_form")
REQUIRED = ("id", "type", "paraphrases", "samples_per_paraphrase")
PROMPT_KEYS = ("aligned", "coherent")


def _read_yaml(path: Path | None) -> tuple[str, Any]:
    """(display name, parsed YAML) of the user file or the packaged question set."""
    if path is None:
        text = (resources.files(__package__) / BUILTIN).read_text(encoding="utf-8")
        name = f"emcode:{BUILTIN}"
    else:
        if not path.is_file():
            raise EmcodeError(f"{path}: question file not found; pass an existing YAML file")
        text, name = path.read_text(encoding="utf-8"), str(path)
    try:
        return name, yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise EmcodeError(f"{name}{where}: not valid YAML ({getattr(exc, 'problem', exc)}); fix the file") from None


def default_judge_prompts() -> dict[str, str]:
    """emcode's own aligned/coherent judge prompts (used when a file has none)."""
    _, doc = _read_yaml(None)
    return {k: doc[0]["judge_prompts"][k] for k in PROMPT_KEYS}


def _check_item(name: str, pos: int, item: Any) -> str:
    """Validate one item's shape; returns its id."""
    if not isinstance(item, dict):
        raise EmcodeError(f"{name}: item {pos} is not a mapping; each item needs {', '.join(REQUIRED)}")
    label = f"item {pos} ({item['id']!r})" if "id" in item else f"item {pos}"
    for key in REQUIRED:
        if key not in item:
            raise EmcodeError(f"{name}: {label} has no '{key}'; add it (items need {', '.join(REQUIRED)})")
    if item["type"] not in TYPES:
        raise EmcodeError(f"{name}: {label}: type {item['type']!r} is not supported; use one of {', '.join(TYPES)}")
    paras = item["paraphrases"]
    if not isinstance(paras, list) or not paras or not all(isinstance(p, str) and p.strip() for p in paras):
        raise EmcodeError(f"{name}: {label}: 'paraphrases' must be a non-empty list of non-empty strings")
    spp = item["samples_per_paraphrase"]
    if isinstance(spp, bool) or not isinstance(spp, int) or spp < 1:
        raise EmcodeError(f"{name}: {label}: 'samples_per_paraphrase' must be a positive integer")
    if "system" in item and item["system"] is not None and not isinstance(item["system"], str):
        raise EmcodeError(f"{name}: {label}: 'system' must be a string")
    prompts = item.get("judge_prompts")
    if prompts is not None:
        if not isinstance(prompts, dict):
            raise EmcodeError(f"{name}: {label}: 'judge_prompts' must map aligned/coherent to prompt templates")
        for key in PROMPT_KEYS:
            if key not in prompts:
                raise EmcodeError(f"{name}: {label}: judge_prompts has no '{key}'; add it")
            if not isinstance(prompts[key], str) or "{answer}" not in prompts[key]:
                raise EmcodeError(f"{name}: {label}: judge_prompts.{key} must be a string with an {{answer}} slot")
    return str(item["id"])


def load_questions(path: str | os.PathLike[str] | None = None) -> tuple[str, list[dict[str, Any]]]:
    """Validated items of a question file (the packaged set when ``path`` is None)."""
    name, doc = _read_yaml(Path(path) if path is not None else None)
    if not isinstance(doc, list) or not doc:
        raise EmcodeError(f"{name}: expected a non-empty YAML list of question items")
    seen: set[str] = set()
    for pos, item in enumerate(doc, start=1):
        qid = _check_item(name, pos, item)
        if qid in seen:
            raise EmcodeError(f"{name}: item {pos}: duplicate id {qid!r}; ids must be unique")
        seen.add(qid)
    return name, doc


PROMPT_LIST_SUFFIXES = (".txt", ".text", ".jsonl", ".csv", ".tsv")


def questions_from_prompt_list(path: str, fields: dict[str, str | None]) -> tuple[str, list[dict[str, Any]]]:
    """A plain question list as question items: one paraphrase, one sample each, emcode's judge prompts."""
    from emcode.benchmarks.prompt_file import read_prompt_file

    rows = read_prompt_file(path, "benchmarks.em_questions.options", path_key="file", **fields)
    return str(Path(path).expanduser()), [
        {"id": r.id, "type": "free_form_judge_0_100", "paraphrases": [r.prompt], "samples_per_paraphrase": 1,
         "category": r.category} for r in rows]


def load(limit: int | None = None, subsets: list[str] | None = None, *, file: str | None = None,
         samples_per_paraphrase: int | None = None, paraphrases: int | None = None,
         prompt_field: str | None = None, category_field: str | None = None,
         id_field: str | None = None) -> list[Sample]:
    """Samples of a question file (YAML items, or a plain list of questions: .txt/.jsonl/.csv).

    ``limit`` keeps the first N questions, ``subsets`` picks questions by id, ``paraphrases`` keeps
    the first K paraphrases of each, ``samples_per_paraphrase`` overrides the file's counts.
    """
    for key, value in (("samples_per_paraphrase", samples_per_paraphrase), ("paraphrases", paraphrases)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            raise EmcodeError(f"benchmarks.em_questions.options.{key} must be a positive integer")
    fields = {"prompt_field": prompt_field, "category_field": category_field, "id_field": id_field}
    if file is not None and Path(file).suffix.lower() in PROMPT_LIST_SUFFIXES:
        name, items = questions_from_prompt_list(file, fields)
    elif any(fields.values()):
        raise EmcodeError("benchmarks.em_questions.options: prompt_field/category_field/id_field apply to a "
                          f"question list file ({', '.join(PROMPT_LIST_SUFFIXES)}), not to YAML question files")
    else:
        name, items = load_questions(file)
    if subsets:
        known = {str(it["id"]) for it in items}
        unknown = [s for s in subsets if s not in known]
        if unknown:
            raise EmcodeError(f"benchmarks.em_questions.subsets: no question {unknown[0]!r} in {name}; the "
                              "subsets of em_questions are question ids")
        items = [it for it in items if str(it["id"]) in subsets]
    items = items[:limit] if limit else items
    fallback = default_judge_prompts() if any(it.get("judge_prompts") is None for it in items) else {}
    samples: list[Sample] = []
    for item in items:
        qid = str(item["id"])
        prompts = item.get("judge_prompts") or fallback
        meta_common = {
            "question_id": qid, "source": name, "system": item.get("system"), "file_judge": item.get("judge"),
            "judge_prompts": {k: prompts[k] for k in PROMPT_KEYS},
            "judge_prompt_versions": {k: prompt_version(prompts[k]) for k in PROMPT_KEYS},
            "judge_prompts_from": "file" if item.get("judge_prompts") else "emcode",
        }
        if item.get("category"):
            meta_common["category"] = item["category"]
        count = samples_per_paraphrase or int(item["samples_per_paraphrase"])
        for i, text in enumerate(item["paraphrases"][:paraphrases]):
            messages = ([{"role": "system", "content": item["system"]}] if item.get("system") else [])
            messages.append({"role": "user", "content": text})
            meta = {**meta_common, "paraphrase_index": i, "question": text}
            samples += [Sample(id=f"{qid}/p{i}/s{j}", messages=messages, subset=qid, meta=meta) for j in range(count)]
    return samples


BENCHMARK = BenchmarkSpec(
    name="em_questions",
    version=VERSION,
    load=load,
    scorers=("em_judge",),
    max_new_tokens=256,
    description="free-form questions far from code, judged 0-100 for alignment and coherence (misaligned share)",
)
