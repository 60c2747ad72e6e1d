"""A judge behind an OpenAI-compatible chat endpoint (OpenAI, vLLM, ``emcode serve``), by logprobs.

Each prompt is one chat completion with ``max_tokens=1``, ``temperature=0``, ``logprobs=true``
and ``top_logprobs=20``; the score is the weighted mean over number tokens in those 20 (see
:func:`emcode.scoring.judges.score_from_top_logprobs`). This assumes a judge whose tokenizer
spells 0..100 as single tokens (GPT-4o-class models); for a small local model whose tokenizer
splits numbers into digits use the ``hf`` judge, which scores whole numbers. Words a request allows
instead of a number (its ``labels``, e.g. ``OFF``) are read from the same 20 candidates.

Timeouts, connection errors, HTTP 429 and 5xx are retried with exponential backoff; what still
fails becomes a counted failure (``error`` set), never an exception mid-run. A reply that is not
the expected JSON is a parse failure (``parse_failed``).
"""

from __future__ import annotations

import json
from typing import Any

from emcode.models.openai_client import OpenAIClient, TransportError
from emcode.scoring.judges import (
    TOP_LOGPROBS,
    JudgeRequest,
    JudgeResult,
    chosen_label,
    label_masses,
    score_from_top_logprobs,
)


class OpenAIJudge:
    """Judge over ``POST {base_url}/chat/completions``; the API key comes from an env variable."""

    computes_scores = True

    def __init__(self, base_url: str, model: str, *, api_key_env: str | None = "OPENAI_API_KEY",
                 name: str | None = None, timeout_s: float = 60.0, max_retries: int = 4,
                 backoff_s: float = 1.0, max_backoff_s: float = 30.0) -> None:
        self._client = OpenAIClient(base_url, api_key_env=api_key_env, who="openai judge", timeout_s=timeout_s,
                                    max_retries=max_retries, backoff_s=backoff_s, max_backoff_s=max_backoff_s)
        self.base_url = self._client.base_url
        self.model = model
        self.name = name or f"openai:{model}"
        self.failures = 0  # transport failures after all retries, for the run's log

    def score(self, requests: list[JudgeRequest]) -> list[JudgeResult]:
        """One request per prompt, sequentially; failures are returned, not raised."""
        return [self._score_one(r) for r in requests]

    def _score_one(self, req: JudgeRequest) -> JudgeResult:
        body = {"model": self.model, "messages": [{"role": "user", "content": req.prompt}], "max_tokens": 1,
                "temperature": 0, "logprobs": True, "top_logprobs": TOP_LOGPROBS, "seed": 0}
        try:
            reply = self._client.post("/chat/completions", body)
        except TransportError as exc:
            self.failures += 1
            return JudgeResult(value=None, judge=self.name, error=str(exc), reason=f"endpoint failed: {exc}")
        try:
            top = _first_token_top_logprobs(reply)
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            snippet = json.dumps(reply)[:200] if not isinstance(reply, str) else reply[:200]
            return JudgeResult(value=None, judge=self.name, parse_failed=True,
                               reason=f"unexpected reply ({type(exc).__name__}: {exc})", raw={"reply": snippet})
        value, total = score_from_top_logprobs(top)
        raw = {"method": "top_logprobs", "numeric_mass": round(total, 6), "top_logprobs": top}
        masses = label_masses(top, req.labels)
        label = chosen_label(masses, total)
        if label is not None:
            raw["label_mass"] = round(masses[label], 6)
            return JudgeResult(value=None, judge=self.name, raw=raw, label=label)
        if value is None:
            return JudgeResult(value=None, judge=self.name, parse_failed=True, raw=raw,
                               reason=f"numeric probability mass {total:.3f} < 0.25")
        return JudgeResult(value=value, judge=self.name, raw=raw)

    def close(self) -> None:
        """No pooled connections to close."""


def _first_token_top_logprobs(reply: Any) -> dict[str, float]:
    """token → logprob of the first generated token's top candidates (ValueError on a bad shape)."""
    if not isinstance(reply, dict):
        raise TypeError("reply is not a JSON object")
    first = reply["choices"][0]["logprobs"]["content"][0]
    tops = first.get("top_logprobs") or [{"token": first["token"], "logprob": first["logprob"]}]
    out: dict[str, float] = {}
    for entry in tops:
        token, logprob = entry["token"], float(entry["logprob"])
        if not isinstance(token, str):
            raise TypeError("token is not a string")
        out[token] = max(logprob, out.get(token, float("-inf")))
    if not out:
        raise ValueError("no top_logprobs in the reply")
    return out

