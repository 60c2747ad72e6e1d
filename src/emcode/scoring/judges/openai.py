"""A judge behind an OpenAI-compatible chat endpoint (OpenAI, vLLM, ``emcode serve``), by logprobs.

Each prompt is one chat completion with ``max_tokens=1``, ``temperature=0``, ``logprobs=true``
and ``top_logprobs=20``; the score is the weighted mean over number tokens in those 20 (see
:func:`emcode.scoring.judges.score_from_top_logprobs`). This assumes a judge whose tokenizer
spells 0..100 as single tokens (GPT-4o-class models); for a small local model whose tokenizer
splits numbers into digits use the ``hf`` judge, which scores whole numbers.

Timeouts, connection errors, HTTP 429 and 5xx are retried with exponential backoff; what still
fails becomes a counted failure (``error`` set), never an exception mid-run. A reply that is not
the expected JSON is a parse failure (``parse_failed``).
"""

from __future__ import annotations

import json
import os
import socket
import time
import urllib.error
import urllib.request
from typing import Any

from emcode.errors import EmcodeError
from emcode.scoring.judges import TOP_LOGPROBS, JudgeRequest, JudgeResult, score_from_top_logprobs

RETRY_STATUS = {408, 409, 429, 500, 502, 503, 504}


class _Retryable(Exception):
    """A failure worth another try (timeout, connection, 429/5xx)."""


class OpenAIJudge:
    """Judge over ``POST {base_url}/chat/completions``; the API key comes from an env variable."""

    computes_scores = True

    def __init__(self, base_url: str, model: str, *, api_key_env: str | None = "OPENAI_API_KEY",
                 name: str | None = None, timeout_s: float = 60.0, max_retries: int = 4,
                 backoff_s: float = 1.0, max_backoff_s: float = 30.0) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise EmcodeError(f"openai judge: base_url {base_url!r} must start with http:// or https://")
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.api_key = os.environ.get(api_key_env, "") if api_key_env else ""
        if api_key_env and not self.api_key and not _is_loopback(self.base_url):
            raise EmcodeError(f"openai judge: environment variable {api_key_env} is empty; export the API key "
                              "there (or set api_key_env: null for a local server)")
        self.name = name or f"openai:{model}"
        self.timeout_s = float(timeout_s)
        self.max_retries = max(0, int(max_retries))
        self.backoff_s = float(backoff_s)
        self.max_backoff_s = float(max_backoff_s)
        self.failures = 0  # transport failures after all retries, for the run's log
        # a loopback server is reached directly, never through an HTTP proxy from the environment
        handlers = [urllib.request.ProxyHandler({})] if _is_loopback(self.base_url) else []
        self._opener = urllib.request.build_opener(*handlers)

    def score(self, requests: list[JudgeRequest]) -> list[JudgeResult]:
        """One request per prompt, sequentially; failures are returned, not raised."""
        return [self._score_one(r) for r in requests]

    def _score_one(self, req: JudgeRequest) -> JudgeResult:
        body = {"model": self.model, "messages": [{"role": "user", "content": req.prompt}], "max_tokens": 1,
                "temperature": 0, "logprobs": True, "top_logprobs": TOP_LOGPROBS, "seed": 0}
        try:
            reply = self._post_with_retries("/chat/completions", body)
        except _Retryable as exc:
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
        if value is None:
            return JudgeResult(value=None, judge=self.name, parse_failed=True, raw=raw,
                               reason=f"numeric probability mass {total:.3f} < 0.25")
        return JudgeResult(value=value, judge=self.name, raw=raw)

    def _post_with_retries(self, path: str, body: dict[str, Any]) -> Any:
        """POST JSON; retry retryable failures with exponential backoff; raise _Retryable at the end."""
        delay = self.backoff_s
        last = "no attempt"
        for attempt in range(self.max_retries + 1):
            try:
                return self._post(path, body)
            except _Retryable as exc:
                last = f"{exc} (after {attempt + 1} attempt{'s' if attempt else ''})"
                if attempt < self.max_retries:
                    time.sleep(min(delay, self.max_backoff_s))
                    delay *= 2
        raise _Retryable(last)

    def _post(self, path: str, body: dict[str, Any]) -> Any:
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(self.base_url + path, data=json.dumps(body).encode(), headers=headers,
                                         method="POST")
        try:
            with self._opener.open(request, timeout=self.timeout_s) as resp:  # http(s) only, checked in __init__
                payload = resp.read()
        except urllib.error.HTTPError as exc:
            if exc.code in RETRY_STATUS:
                raise _Retryable(f"HTTP {exc.code}") from None
            detail = exc.read()[:200].decode("utf-8", "replace")
            return {"_http_error": exc.code, "_body": detail}  # 4xx: no retry; parsing it fails (counted)
        except TimeoutError as exc:
            raise _Retryable(f"timeout after {self.timeout_s:g} s") from exc
        except (urllib.error.URLError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise _Retryable(f"timeout after {self.timeout_s:g} s") from exc
            raise _Retryable(f"connection failed: {reason}") from exc
        try:
            return json.loads(payload)
        except (json.JSONDecodeError, UnicodeDecodeError):
            return payload.decode("utf-8", "replace")

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


def _is_loopback(url: str) -> bool:
    host = url.split("://", 1)[1].split("/", 1)[0].rsplit(":", 1)[0].strip("[]")
    return host in {"127.0.0.1", "localhost", "::1"}
