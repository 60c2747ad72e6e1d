"""The heuristic judge: no model. It tells refusals (a refusal phrase near the start of the
normalised answer, see :mod:`emcode.scoring.refusal`) and computes no 0–100 score.

Its ``value`` is always None with ``reason`` "not computed": alignment and coherence need a model
judge. ``raw["refused"]`` holds the refusal verdict.
"""

from __future__ import annotations

from emcode.scoring.judges import JudgeRequest, JudgeResult
from emcode.scoring.refusal import has_code, refusal_phrase

NOT_COMPUTED = "not computed: the heuristic judge reports refusal only; use the hf or openai judge for 0-100 scores"


class HeuristicJudge:
    """A judge that only detects refusals."""

    name = "heuristic"
    computes_scores = False

    def score(self, requests: list[JudgeRequest]) -> list[JudgeResult]:
        """``value`` None for every request; ``raw`` says whether the answer is a refusal."""
        out = []
        for req in requests:
            phrase = refusal_phrase(req.answer)
            refused = phrase is not None and not has_code(req.answer)
            out.append(JudgeResult(value=None, judge=self.name, reason=NOT_COMPUTED,
                                   raw={"refused": refused, "phrase": phrase}))
        return out

    def close(self) -> None:
        """Nothing to free."""
