"""HTTP transport to an OpenAI-compatible endpoint, shared by the ``openai`` generator and judge.

Standard library only (``urllib``): one JSON POST per call, safe to call from several threads.
Timeouts, connection errors, HTTP 408/409/429 and 5xx are retried with exponential backoff
(a numeric ``Retry-After`` is honoured up to the backoff cap); what still fails raises
:class:`TransportError`, which callers count as a failure instead of crashing a run. Other 4xx
replies are not retried and come back as ``{"_http_error": code, "_body": text}`` for the caller
to report.
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

RETRY_STATUS = {408, 409, 429, 500, 502, 503, 504}


class TransportError(Exception):
    """A request that failed after every retry (timeout, connection, 429/5xx)."""


def is_loopback(url: str) -> bool:
    """True for http(s)://127.0.0.1, localhost or [::1] URLs."""
    host = url.split("://", 1)[1].split("/", 1)[0]
    host = host.rsplit("]", 1)[0].lstrip("[") if host.startswith("[") else host.rsplit(":", 1)[0]
    return host in {"127.0.0.1", "localhost", "::1"}


class OpenAIClient:
    """POSTs JSON to ``{base_url}{path}`` with an optional bearer key read from an env variable."""

    def __init__(self, base_url: str, *, api_key_env: str | None = "OPENAI_API_KEY", who: str = "openai",
                 timeout_s: float = 60.0, max_retries: int = 4, backoff_s: float = 1.0,
                 max_backoff_s: float = 30.0) -> None:
        if not isinstance(base_url, str) or not base_url.startswith(("http://", "https://")):
            raise EmcodeError(f"{who}: base_url {base_url!r} must start with http:// or https://")
        self.base_url = base_url.rstrip("/")
        self.api_key = os.environ.get(api_key_env, "") if api_key_env else ""
        if api_key_env and not self.api_key and not is_loopback(self.base_url):
            raise EmcodeError(f"{who}: environment variable {api_key_env} is empty; export the API key there "
                              "(or set api_key_env: null for a local server)")
        if timeout_s <= 0:
            raise EmcodeError(f"{who}: timeout_s must be > 0, got {timeout_s}")
        self.timeout_s = float(timeout_s)
        self.max_retries = max(0, int(max_retries))
        self.backoff_s = float(backoff_s)
        self.max_backoff_s = float(max_backoff_s)
        # a loopback server is reached directly, never through an HTTP proxy from the environment
        handlers = [urllib.request.ProxyHandler({})] if is_loopback(self.base_url) else []
        self._opener = urllib.request.build_opener(*handlers)

    def post(self, path: str, body: dict[str, Any]) -> Any:
        """POST with retries; the parsed JSON reply (or its text); :class:`TransportError` when all tries fail."""
        delay = self.backoff_s
        last = "no attempt"
        for attempt in range(self.max_retries + 1):
            try:
                return self.post_once(path, body)
            except _RetryAfter as exc:
                last = f"{exc} (after {attempt + 1} attempt{'s' if attempt else ''})"
                wait = exc.retry_after if exc.retry_after is not None else delay
            except TransportError as exc:
                last = f"{exc} (after {attempt + 1} attempt{'s' if attempt else ''})"
                wait = delay
            if attempt < self.max_retries:
                time.sleep(min(wait, self.max_backoff_s))
                delay *= 2
        raise TransportError(last)

    def post_once(self, path: str, body: dict[str, Any]) -> Any:
        """One POST; :class:`TransportError` on a retryable failure."""
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
                raise _RetryAfter(f"HTTP {exc.code}", _retry_after(exc.headers.get("Retry-After"))) from None
            detail = exc.read()[:200].decode("utf-8", "replace")
            return {"_http_error": exc.code, "_body": detail}
        except TimeoutError as exc:
            raise TransportError(f"timeout after {self.timeout_s:g} s") from exc
        except (urllib.error.URLError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise TransportError(f"timeout after {self.timeout_s:g} s") from exc
            raise TransportError(f"connection failed: {reason}") from exc
        try:
            return json.loads(payload)
        except (json.JSONDecodeError, UnicodeDecodeError):
            return payload.decode("utf-8", "replace")


class _RetryAfter(TransportError):
    """A retryable HTTP status, with the server's ``Retry-After`` seconds when it sent a number."""

    def __init__(self, message: str, retry_after: float | None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None  # an HTTP date: fall back to our own backoff
