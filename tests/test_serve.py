"""``emcode serve``: a real OpenAI-compatible server on 127.0.0.1 around the tiny model."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="module")
def base_url(tiny_llama_dir: Path) -> Iterator[str]:
    from emcode.serve import make_server
    from emcode.serve_engine import Engine

    server = make_server(Engine(str(tiny_llama_dir), name="tiny", device="cpu"), "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _call(url: str, body: Any = None, method: str = "POST") -> tuple[int, dict[str, Any]]:
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    req = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(req, timeout=60) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_models_lists_the_served_model(base_url: str) -> None:
    status, body = _call(f"{base_url}/v1/models", method="GET")
    assert status == 200 and [m["id"] for m in body["data"]] == ["tiny"]


def test_chat_completion_with_logprobs(base_url: str) -> None:
    status, body = _call(f"{base_url}/v1/chat/completions", {
        "model": "tiny", "messages": [{"role": "user", "content": "What is 2 + 2?"}], "max_tokens": 6,
        "temperature": 0, "logprobs": True, "top_logprobs": 5})
    assert status == 200 and body["object"] == "chat.completion"
    choice = body["choices"][0]
    content = choice["logprobs"]["content"]
    assert choice["finish_reason"] in ("stop", "length") and len(content) >= 1
    for tok in content:
        tops = [t["logprob"] for t in tok["top_logprobs"]]
        assert len(tops) == 5 and tops == sorted(tops, reverse=True) and all(t <= 0 for t in tops)
        assert tok["logprob"] == pytest.approx(tops[0], abs=1e-5)  # greedy picks the most likely token
    assert "".join(t["token"] for t in content).startswith(choice["message"]["content"][:1])
    assert body["usage"]["completion_tokens"] >= len(content)


def test_completions_are_seeded_and_stop_strings_apply(base_url: str) -> None:
    body = {"prompt": "def add(a, b):", "max_tokens": 8, "temperature": 1.0, "seed": 3, "n": 2, "logprobs": 2}
    s1, a = _call(f"{base_url}/v1/completions", body)
    s2, b = _call(f"{base_url}/v1/completions", body)
    assert s1 == s2 == 200 and len(a["choices"]) == 2
    assert [c["text"] for c in a["choices"]] == [c["text"] for c in b["choices"]]
    lp = a["choices"][0]["logprobs"]
    assert len(lp["tokens"]) == len(lp["token_logprobs"]) == len(lp["top_logprobs"]) == len(lp["text_offset"])
    text = a["choices"][0]["text"]
    if len(text) > 2:
        _, c = _call(f"{base_url}/v1/completions", {**body, "stop": [text[1:3]]})
        assert c["choices"][0]["text"] == text[: text.find(text[1:3])]
        assert c["choices"][0]["finish_reason"] == "stop"


@pytest.mark.parametrize(("path", "body", "status"), [
    ("/v1/chat/completions", {"messages": "hi"}, 400),
    ("/v1/chat/completions", {"messages": [{"role": "user", "content": "x"}], "temperature": 9}, 400),
    ("/v1/chat/completions", b"{broken", 400),
    ("/v1/completions", {"prompt": 5}, 400),
    ("/v1/embeddings", {"input": "x"}, 404),
])
def test_bad_requests_get_openai_style_errors(base_url: str, path: str, body: Any, status: int) -> None:
    code, reply = _call(base_url + path, body)
    assert code == status and reply["error"]["message"]
    ok, _ = _call(f"{base_url}/v1/models", method="GET")
    assert ok == 200  # the server keeps serving


@pytest.mark.slow
def test_cli_serves_on_loopback(tiny_llama_dir: Path) -> None:
    """``emcode serve DIR --port 0`` starts for real and answers /v1/models."""
    proc = subprocess.Popen([str(Path(sys.executable).parent / "emcode"), "serve", str(tiny_llama_dir), "--port", "0",
                             "--device", "cpu", "--name", "cli-tiny"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert "http://127.0.0.1:" in line, line
        url = line.split("on ", 1)[1].split()[0]
        status, body = _call(f"{url}/models", method="GET")
        assert status == 200 and body["data"][0]["id"] == "cli-tiny"
    finally:
        proc.terminate()
        proc.wait(timeout=30)
