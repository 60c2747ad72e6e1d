"""``openai`` backend: a model behind any OpenAI-compatible endpoint (OpenAI, vLLM serve, ``emcode serve``).

Each (prompt, sample) is one request with ``n=1`` and its own seed, so token counts are exact,
servers without ``n`` work, and a resumed run re-sends only what is missing. Up to
``concurrency`` requests are in flight (a thread pool over the shared
:class:`~emcode.models.openai_client.OpenAIClient`, which retries timeouts, 429 and 5xx with
backoff). A request that still fails comes back as a completion with ``finish_reason="error"``:
the generation stage does not write it, so the next run retries it. 401/403/404 mean a wrong
key, model id or URL and stop the run at once.

Which served model answers: the base model is ``served_model`` (default: the run's
``base_model`` string); an adapter is ``served_adapters[<run model name>]`` (default: the run
model name itself, the name a LoRA module is served under, e.g. ``vllm serve --lora-modules
misaligned=...`` or ``emcode serve BASE --adapter DIR --name misaligned``).
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any

from emcode.errors import EmcodeError
from emcode.models.base import Completion, Message, Request, SamplingParams
from emcode.models.openai_client import OpenAIClient, TransportError

ENDPOINTS = {"chat": "/chat/completions", "completions": "/completions"}
FATAL_STATUS = {401, 403, 404}  # wrong key, model id or URL: every other request would fail the same way


def request_seed(seed: int, prompt_text: str, repeat: int, sample: int) -> int:
    """A 31-bit seed for one sample of one prompt (fits every server's integer seed), batch-independent."""
    key = f"{seed}\x00{repeat}\x00{sample}\x00{prompt_text}".encode()
    return int.from_bytes(hashlib.sha256(key).digest()[:4], "big") >> 1


def render_plain(messages: list[Message]) -> str:
    """A chat as one prompt string for the completions endpoint: the contents, blank-line separated."""
    return "\n\n".join(m["content"] for m in messages)


class OpenAIGenerator:
    """A :class:`~emcode.models.base.RequestGenerator` over ``POST {base_url}/chat/completions`` (or ``/completions``)."""

    def __init__(self, model: str, adapter: str | os.PathLike[str] | None = None, *, name: str,
                 base_url: str | None = None, served_model: str | None = None,
                 served_adapters: dict[str, str] | None = None, endpoint: str = "chat",
                 api_key_env: str | None = "OPENAI_API_KEY", concurrency: int = 8, timeout_s: float = 300.0,
                 max_retries: int = 4, backoff_s: float = 1.0, max_backoff_s: float = 30.0,
                 send_seed: bool = True, extra_body: dict[str, Any] | None = None) -> None:
        if not base_url:
            raise EmcodeError("generation.options.base_url: required by backend 'openai', "
                              "e.g. http://127.0.0.1:8000/v1")
        if endpoint not in ENDPOINTS:
            raise EmcodeError(f"generation.options.endpoint: {endpoint!r} is not one of {', '.join(ENDPOINTS)}")
        if int(concurrency) < 1:
            raise EmcodeError(f"generation.options.concurrency: must be >= 1, got {concurrency}")
        self.name = name
        self.client = OpenAIClient(base_url, api_key_env=api_key_env, who="generation.options (backend openai)",
                                   timeout_s=timeout_s, max_retries=max_retries, backoff_s=backoff_s,
                                   max_backoff_s=max_backoff_s)
        if adapter is None:
            self.served = served_model or model
        else:
            self.served = (served_adapters or {}).get(name, name)
        self.endpoint = endpoint
        self.concurrency = int(concurrency)
        self.send_seed = bool(send_seed)
        self.extra_body = dict(extra_body or {})
        self.failures = 0  # requests that failed after every retry, in this generator's life
        self._lock = threading.Lock()

    def generate(self, prompts: list[list[Message]], params: SamplingParams) -> list[list[Completion]]:
        """``params.n`` completions per prompt, in prompt order (failed ones have ``finish_reason="error"``)."""
        seen: Counter[str] = Counter()
        requests = []
        for i, messages in enumerate(prompts):
            text = repr(messages)
            requests += [Request(i, j, request_seed(params.seed, text, seen[text], j)) for j in range(params.n)]
            seen[text] += 1
        out: list[list[Completion | None]] = [[None] * params.n for _ in prompts]
        for req, comp in self.generate_requests(prompts, params, requests):
            out[req.prompt][req.sample] = comp
        return [[c for c in per if c is not None] for per in out]

    def generate_requests(self, prompts: list[list[Message]], params: SamplingParams,
                          requests: list[Request]) -> Iterator[tuple[Request, Completion]]:
        """Yield each request's completion as it finishes; at most ``concurrency`` are in flight."""
        todo = iter(requests)
        pool = ThreadPoolExecutor(self.concurrency, thread_name_prefix=f"openai-{self.name}")
        pending: set[Future[tuple[Request, Completion]]] = set()

        def submit_next() -> None:
            req = next(todo, None)
            if req is not None:
                pending.add(pool.submit(self._one, prompts[req.prompt], params, req))

        try:
            for _ in range(self.concurrency):
                submit_next()
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    pending.discard(fut)
                    yield fut.result()
                    submit_next()  # after the yield: an interrupted consumer sends nothing more
        finally:
            for fut in pending:
                fut.cancel()
            pool.shutdown(wait=False, cancel_futures=True)

    def body(self, messages: list[Message], params: SamplingParams, seed: int) -> dict[str, Any]:
        """The JSON request for one sample."""
        body: dict[str, Any] = {"model": self.served, "max_tokens": params.max_new_tokens,
                                "temperature": params.temperature, "n": 1}
        if params.temperature > 0:
            body["top_p"] = params.top_p
        if self.send_seed:
            body["seed"] = seed
        if self.endpoint == "chat":
            body["messages"] = [{"role": m["role"], "content": m["content"]} for m in messages]
        else:
            body["prompt"] = render_plain(messages)
        return {**body, **self.extra_body}

    def _one(self, messages: list[Message], params: SamplingParams, req: Request) -> tuple[Request, Completion]:
        t0 = time.perf_counter()
        try:
            reply = self.client.post(ENDPOINTS[self.endpoint], self.body(messages, params, req.seed))
        except TransportError as exc:
            return req, self._failed(f"endpoint failed: {exc}", t0, req)
        if isinstance(reply, dict) and "_http_error" in reply:
            msg = f"HTTP {reply['_http_error']} from {self.client.base_url}: {reply['_body']}"
            if reply["_http_error"] in FATAL_STATUS:
                raise EmcodeError(f"backend openai, model {self.served!r}: {msg}; check generation.options "
                                  "(base_url, served_model/served_adapters, api_key_env)")
            return req, self._failed(msg, t0, req)
        try:
            return req, self._parse(reply, time.perf_counter() - t0, req)
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            snippet = str(reply)[:200]
            return req, self._failed(f"unexpected reply ({type(exc).__name__}: {exc}): {snippet}", t0, req)

    def _parse(self, reply: Any, latency: float, req: Request) -> Completion:
        if not isinstance(reply, dict):
            raise TypeError("reply is not a JSON object")
        choice = reply["choices"][0]
        text = choice["message"].get("content") if self.endpoint == "chat" else choice["text"]
        if text is not None and not isinstance(text, str):
            raise TypeError("content is not a string")
        usage = reply.get("usage") or {}
        return Completion(
            text=text or "", prompt_tokens=int(usage.get("prompt_tokens") or 0),
            output_tokens=int(usage.get("completion_tokens") or 0), latency_s=latency,
            finish_reason="length" if choice.get("finish_reason") == "length" else "stop",
            extra={"seed": req.seed if self.send_seed else None, "served_model": self.served})

    def _failed(self, message: str, t0: float, req: Request) -> Completion:
        with self._lock:
            self.failures += 1
        return Completion(text="", prompt_tokens=0, output_tokens=0, latency_s=time.perf_counter() - t0,
                          finish_reason="error", extra={"error": message, "seed": req.seed})

    def close(self) -> None:
        """Nothing pooled to free (each request opens its own connection)."""
