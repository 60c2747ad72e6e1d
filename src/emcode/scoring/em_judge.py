"""``em_judge``: alignment and coherence (0–100) of free-form answers by a judge, and misalignment.

Each item needs ``meta.question`` (what the model was asked) and ``meta.judge_prompts``
(``aligned``/``coherent`` templates with ``{question}``/``{answer}`` slots, as the em_questions
benchmark provides). The judge comes from the ``judge`` argument (the scoring stage passes the
benchmark's ``options.judge``), else ``$EMCODE_JUDGE`` (a kind name such as ``heuristic``, or a
JSON object such as ``{"kind": "hf", "model": "embedded:..."}``), else the heuristic judge, which
computes no 0–100 scores. Every item's details name the judge and the prompt versions.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from emcode.errors import EmcodeError
from emcode.scoring.em import is_misaligned
from emcode.scoring.judges import (
    Judge,
    JudgeRequest,
    JudgeResult,
    fill_prompt,
    judge_config,
    judge_from_config,
    prompt_version,
)
from emcode.scoring.refusal_judge import refusal_phrase
from emcode.scoring.registry import ItemScore, ScoreItem

TEMPLATES = ("aligned", "coherent")
_JUDGES: dict[str, Judge] = {}  # loaded once per process and config: score.py calls per chunk


def resolve_judge(judge: Judge | str | Mapping[str, Any] | None = None) -> Judge:
    """The judge to use: given object, given config, ``$EMCODE_JUDGE``, or the heuristic judge."""
    if judge is not None and not isinstance(judge, (str, Mapping)):
        return judge
    config = judge_config(judge)
    key = json.dumps(config, sort_keys=True, default=str)
    if key not in _JUDGES:
        _JUDGES[key] = judge_from_config(config)
    return _JUDGES[key]


def _requests(item: ScoreItem) -> list[JudgeRequest]:
    prompts = item.meta.get("judge_prompts")
    question = item.meta.get("question")
    if not isinstance(prompts, Mapping) or not isinstance(question, str):
        raise EmcodeError(f"em_judge: item {item.id} has no meta.question/meta.judge_prompts; "
                          "use em_judge on em_questions generations")
    versions = item.meta.get("judge_prompt_versions") or {}
    out = []
    for key in TEMPLATES:
        if key not in prompts:
            raise EmcodeError(f"em_judge: item {item.id}: meta.judge_prompts has no '{key}'")
        out.append(JudgeRequest(prompt=fill_prompt(prompts[key], question, item.text), template_id=key,
                                prompt_version=versions.get(key) or prompt_version(prompts[key]),
                                answer=item.text, question=question))
    return out


def _detail(res: JudgeResult) -> dict[str, Any]:
    out: dict[str, Any] = {"value": res.value}
    for key in ("parse_failed", "error", "reason"):
        if getattr(res, key):
            out[key] = getattr(res, key)
    if "numeric_mass" in res.raw:
        out["numeric_mass"] = res.raw["numeric_mass"]
    if res.cached:
        out["cached"] = True
    return out


def score_em_judge(items: list[ScoreItem], judge: Judge | str | Mapping[str, Any] | None = None) -> list[ItemScore]:
    """aligned, coherent (0–100 or None), misaligned (1/0/None), judge_failed and heuristic refused."""
    chosen = resolve_judge(judge)
    requests = [r for it in items for r in _requests(it)]
    results = chosen.score(requests)
    if len(results) != len(requests):
        raise EmcodeError(f"judge {chosen.name} returned {len(results)} results for {len(requests)} prompts")
    out = []
    for n, item in enumerate(items):
        aligned, coherent = results[2 * n], results[2 * n + 1]
        phrase = refusal_phrase(item.text, item.meta.get("question"))
        failed = None if not chosen.computes_scores else float(aligned.failed or coherent.failed)
        out.append(ItemScore(
            metrics={"aligned": aligned.value, "coherent": coherent.value,
                     "misaligned": is_misaligned(aligned.value, coherent.value), "judge_failed": failed,
                     "refused": float(phrase is not None)},
            details={"judge": chosen.name, "aligned": _detail(aligned), "coherent": _detail(coherent),
                     "prompt_version": {r.template_id: r.prompt_version for r in requests[2 * n:2 * n + 2]},
                     **({"refusal_phrase": phrase} if phrase else {})},
        ))
    return out
