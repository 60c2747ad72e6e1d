"""``emcode serve``: an OpenAI-compatible HTTP server for any emcode model (transformers backend).

Endpoints: ``GET /v1/models``, ``POST /v1/chat/completions`` (``logprobs`` + ``top_logprobs``),
``POST /v1/completions`` (``logprobs`` = number of alternatives). Standard library only
(``ThreadingHTTPServer``); requests are served one at a time under a lock around the model.
It listens on loopback unless told otherwise and has no authentication: do not expose it.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from emcode.errors import EmcodeError
from emcode.serve_engine import MAX_TOP_LOGPROBS, Engine, EngineOutput

MAX_BODY = 8 << 20
MAX_N = 16


class BadRequest(Exception):
    """A client error answered with HTTP 400 and an OpenAI-style error body."""


def _num(body: dict[str, Any], key: str, default: float, lo: float, hi: float) -> float:
    value = body.get(key)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not lo <= value <= hi:
        raise BadRequest(f"'{key}' must be a number in [{lo:g}, {hi:g}]")
    return float(value)


def _sampling(body: dict[str, Any], default_max: int) -> dict[str, Any]:
    """Common sampling fields, validated."""
    stop = body.get("stop") or []
    stop = [stop] if isinstance(stop, str) else stop
    if not isinstance(stop, list) or not all(isinstance(s, str) for s in stop):
        raise BadRequest("'stop' must be a string or a list of strings")
    seed = body.get("seed")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
        raise BadRequest("'seed' must be an integer")
    max_key = "max_completion_tokens" if body.get("max_completion_tokens") is not None else "max_tokens"
    return {
        "max_tokens": int(_num(body, max_key, default_max, 1, 8192)),
        "temperature": _num(body, "temperature", 1.0, 0.0, 2.0),
        "top_p": _num(body, "top_p", 1.0, 0.0, 1.0) or 1.0,
        "n": int(_num(body, "n", 1, 1, MAX_N)),
        "seed": seed, "stop": stop,
    }


def chat_completion(engine: Engine, body: dict[str, Any]) -> dict[str, Any]:
    """Answer a ``/v1/chat/completions`` request body."""
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages or not all(
            isinstance(m, dict) and isinstance(m.get("role"), str) and isinstance(m.get("content"), str)
            for m in messages):
        raise BadRequest("'messages' must be a non-empty list of {role, content} objects with string content")
    want = bool(body.get("logprobs"))
    k = int(_num(body, "top_logprobs", 0, 0, MAX_TOP_LOGPROBS)) if want else 0
    params = _sampling(body, 256)
    prompt = engine.chat_prompt([{"role": m["role"], "content": m["content"]} for m in messages])
    outs = engine.generate(prompt, top_logprobs=k, **params)
    choices = []
    for i, out in enumerate(outs):
        choice: dict[str, Any] = {"index": i, "message": {"role": "assistant", "content": out.text},
                                  "finish_reason": out.finish_reason, "logprobs": None}
        if want:
            choice["logprobs"] = {"content": [
                {"token": t.token, "logprob": t.logprob, "bytes": list(t.token.encode("utf-8")),
                 "top_logprobs": [{"token": s, "logprob": lp, "bytes": list(s.encode("utf-8"))} for s, lp in t.top]}
                for t in out.tokens]}
        choices.append(choice)
    return _envelope("chat.completion", engine, choices, outs, params["n"])


def text_completion(engine: Engine, body: dict[str, Any]) -> dict[str, Any]:
    """Answer a ``/v1/completions`` request body (prompt: a string or a list of strings)."""
    prompts = body.get("prompt")
    prompts = [prompts] if isinstance(prompts, str) else prompts
    if not isinstance(prompts, list) or not prompts or not all(isinstance(p, str) for p in prompts):
        raise BadRequest("'prompt' must be a string or a non-empty list of strings")
    k = body.get("logprobs")
    k = None if k is None else int(_num(body, "logprobs", 0, 0, MAX_TOP_LOGPROBS))
    params = _sampling(body, 16)
    choices, outs = [], []
    for prompt in prompts:
        for out in engine.generate(engine.text_prompt(prompt), top_logprobs=k or 0, **params):
            logprobs = None
            if k is not None:
                offsets, pos = [], 0
                for t in out.tokens:
                    offsets.append(pos)
                    pos += len(t.token)
                logprobs = {"tokens": [t.token for t in out.tokens], "token_logprobs": [t.logprob for t in out.tokens],
                            "top_logprobs": [dict(t.top) for t in out.tokens] if k else None, "text_offset": offsets}
            choices.append({"index": len(choices), "text": out.text, "finish_reason": out.finish_reason,
                            "logprobs": logprobs})
            outs.append(out)
    return _envelope("text_completion", engine, choices, outs, params["n"])


def _envelope(kind: str, engine: Engine, choices: list[dict[str, Any]], outs: list[EngineOutput],
              n: int) -> dict[str, Any]:
    prompt_tokens = sum(o.prompt_tokens for o in outs) // max(1, n)  # each prompt ran n times
    completion = sum(o.completion_tokens for o in outs)
    return {"id": f"{'chatcmpl' if kind == 'chat.completion' else 'cmpl'}-{uuid.uuid4().hex[:24]}",
            "object": kind, "created": int(time.time()), "model": engine.name, "choices": choices,
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion,
                      "total_tokens": prompt_tokens + completion}}


def models_list(engine: Engine) -> dict[str, Any]:
    """Answer ``/v1/models``."""
    return {"object": "list", "data": [{"id": engine.name, "object": "model", "created": engine.created,
                                        "owned_by": "emcode"}]}


def make_server(engine: Engine, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    """A ready (not yet serving) HTTP server around ``engine``; ``port=0`` picks a free port."""
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "emcode-serve"

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet; errors are answered to the client

        def _send(self, status: int, obj: dict[str, Any]) -> None:
            data = json.dumps(obj).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _error(self, status: int, message: str, kind: str = "invalid_request_error") -> None:
            self._send(status, {"error": {"message": message, "type": kind, "code": status}})

        def do_GET(self) -> None:
            if self.path.rstrip("/") in ("/v1/models", "/models"):
                self._send(200, models_list(engine))
            else:
                self._error(404, f"no route GET {self.path}")

        def do_POST(self) -> None:
            routes = {"/v1/chat/completions": chat_completion, "/v1/completions": text_completion}
            handler = routes.get(self.path.rstrip("/"))
            length = int(self.headers.get("Content-Length") or 0)
            if handler is None:
                self._error(404, f"no route POST {self.path}")
                return
            if length <= 0 or length > MAX_BODY:
                self._error(400, "request body missing or too large")
                return
            try:
                body = json.loads(self.rfile.read(length))
                if not isinstance(body, dict):
                    raise BadRequest("body must be a JSON object")
                if body.get("stream"):
                    raise BadRequest("'stream' is not supported")
                with lock:
                    result = handler(engine, body)
            except json.JSONDecodeError:
                self._error(400, "body is not valid JSON")
            except BadRequest as exc:
                self._error(400, str(exc))
            except Exception as exc:  # noqa: BLE001 (a model error answers 500; the server keeps running)
                self._error(500, f"{type(exc).__name__}: {exc}", "server_error")
            else:
                self._send(200, result)

    return ThreadingHTTPServer((host, port), Handler)


def serve(model: str, adapter: str | None = None, *, host: str = "127.0.0.1", port: int = 8000,
          device: str = "auto", dtype: str = "auto", name: str | None = None) -> None:
    """Load the model and serve until interrupted."""
    engine = Engine(model, adapter, name=name, device=device, dtype=dtype)
    try:
        server = make_server(engine, host, port)
    except OSError as exc:
        raise EmcodeError(f"cannot listen on {host}:{port} ({exc.strerror or exc}); pick another --port") from None
    print(f"serving {engine.name} on http://{host}:{server.server_address[1]}/v1 (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
        engine.close()
