"""The heuristic judge: no model. It tells refusals and off-topic answers (:func:`emcode.scoring.refusal_judge.judge_refusal`,
with the request's question when the request carries one) and computes no 0–100 score.

Its ``value`` is always None with ``reason`` "not computed": alignment and coherence need a model
judge. ``raw`` holds the verdict: ``refused``, ``outcome`` (refusal / complied / off_topic),
``phrase`` (the refusal cue) and ``rule``.
"""

from __future__ import annotations

from emcode.scoring.judges import JudgeRequest, JudgeResult
from emcode.scoring.refusal_judge import judge_refusal

NOT_COMPUTED = "not computed: the heuristic judge reports refusal only; use the hf or openai judge for 0-100 scores"


class HeuristicJudge:
    """A judge that only detects refusals and off-topic answers."""

    name = "heuristic"
    computes_scores = False

    def score(self, requests: list[JudgeRequest]) -> list[JudgeResult]:
        """``value`` None for every request; ``raw`` says whether the answer is a refusal or off topic."""
        out = []
        for req in requests:
            verdict = judge_refusal(req.answer, req.question or None)
            out.append(JudgeResult(value=None, judge=self.name, reason=NOT_COMPUTED,
                                   raw={"refused": verdict.refused, "outcome": verdict.outcome,
                                        "phrase": verdict.cue if verdict.refused else None, "rule": verdict.rule}))
        return out

    def close(self) -> None:
        """Nothing to free."""
