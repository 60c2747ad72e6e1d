"""The OpenAI-compatible judge against a real ``emcode serve`` on 127.0.0.1, and against bad servers."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from emcode.scoring.judges import JudgeRequest, make_judge
from emcode.scoring.judges.hf import HFJudge
from emcode.scoring.judges.openai import OpenAIJudge

REQS = [JudgeRequest(prompt=f"Rate answer {i} from 0 to 100.", template_id="aligned", prompt_version="v1")
        for i in range(3)]


@pytest.fixture(scope="module")
def served(constant_model_dir: Path) -> Iterator[str]:
    """``emcode serve``'s server around the constant model, on a free loopback port."""
    from emcode.serve import make_server
    from emcode.serve_engine import Engine

    server = make_server(Engine(str(constant_model_dir), name="const", device="cpu"), "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def _judge(url: str, **kw: object) -> OpenAIJudge:
    opts = {"api_key_env": None, "timeout_s": 30, "max_retries": 0, "backoff_s": 0.01, "cache": False} | kw
    return make_judge("openai", base_url=url, model="const", **opts)  # type: ignore[return-value]


def test_scores_equal_the_local_judge_on_the_same_model(served: str, constant_model_dir: Path) -> None:
    remote = _judge(served).score(REQS)
    local = HFJudge(str(constant_model_dir), device="cpu", method="top_logprobs").score(REQS)
    for r, loc in zip(remote, local, strict=True):
        assert r.error is None and not r.parse_failed
        assert r.value == pytest.approx(loc.value, abs=1e-3)
        assert r.raw["numeric_mass"] == pytest.approx(loc.raw["numeric_mass"], abs=1e-4)
        assert r.judge == "openai:const"


class _Scripted(BaseHTTPRequestHandler):
    """Answers every POST with the class's status and body."""

    status = 200
    body = b"not json at all"
    hits = 0

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        type(self).hits += 1
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(self.status)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)


def _scripted(status: int, body: bytes) -> tuple[ThreadingHTTPServer, str, type[_Scripted]]:
    handler = type("H", (_Scripted,), {"status": status, "body": body, "hits": 0})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/v1", handler


@pytest.mark.parametrize("body", [b"not json at all", b'{"choices": []}', b'{"choices": [{"logprobs": null}]}',
                                  b'{"choices": [{"logprobs": {"content": [{"token": 5, "logprob": "x"}]}}]}'])
def test_garbage_replies_are_counted_parse_failures(body: bytes) -> None:
    server, url, _ = _scripted(200, body)
    try:
        results = _judge(url).score(REQS[:2])
    finally:
        server.shutdown()
    assert all(r.value is None and r.parse_failed and r.error is None for r in results)


def test_5xx_is_retried_with_backoff_then_counted() -> None:
    server, url, handler = _scripted(503, b"busy")
    try:
        judge = _judge(url, max_retries=2)
        results = judge.score(REQS[:2])
    finally:
        server.shutdown()
    assert handler.hits == 6  # 1 try + 2 retries, per request
    assert judge.failures == 2  # type: ignore[attr-defined]
    assert all(r.error and "503" in r.error and r.value is None for r in results)


@pytest.fixture()
def silent_url() -> Iterator[str]:
    """A socket that accepts connections and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/v1"
    sock.close()


def test_timeout_is_a_counted_failure_and_cached_results_are_kept(served: str, silent_url: str,
                                                                  tmp_path: Path) -> None:
    first = _judge(served, name="openai:const", cache=tmp_path).score(REQS[:1])
    assert first[0].value is not None and not first[0].cached
    cache_file = next(tmp_path.glob("*.jsonl"))
    before = cache_file.read_text()

    judge = _judge(silent_url, name="openai:const", cache=tmp_path, timeout_s=0.3, max_retries=1)
    again, new = judge.score(REQS[:2])
    assert again.cached and again.value == pytest.approx(first[0].value)  # answered from disk
    assert new.value is None and new.error is not None and "timeout" in new.error
    assert judge.inner.failures == 1  # type: ignore[attr-defined]
    assert cache_file.read_text() == before  # the failure is not cached; the earlier result stays


def test_connection_refused_is_a_counted_failure() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    res = _judge(f"http://127.0.0.1:{port}/v1").score(REQS[:1])[0]
    assert res.value is None and res.error and "connection" in res.error


def test_config_judge_reaches_em_judge_through_the_scoring_stage(served: str) -> None:
    """A benchmark's options.judge (openai backend at the served model) → score_rows → em_judge rows."""
    from emcode.benchmarks.em_questions import load
    from emcode.config import validate_config
    from emcode.score import score_rows

    bench = validate_config({"benchmarks": {"em_questions": {"options": {"judge": {
        "backend": "openai", "model": "const", "base_url": served, "api_key_env": None}}}}},
        "x.yaml").benchmarks["em_questions"]
    config = {**bench.judge_config(), "cache": False}  # type: ignore[dict-item]
    sample = load(limit=1, paraphrases=1, samples_per_paraphrase=1)[0]
    gen = [{"model": "m", "benchmark": "em_questions", "sample_id": sample.id, "sample_index": 0,
            "subset": sample.subset, "meta": sample.meta, "text": "Be kind.", "code": ""}]
    rows = {r["metric"]: r for r in score_rows(gen, "em_judge", judge=config)}
    assert {r["judge"] for r in rows.values()} == {"openai:const"}
    assert rows["aligned"]["details"]["judge"] == "openai:const"
    assert rows["aligned"]["value"] is not None and rows["judge_failed"]["value"] == 0.0


def test_label_reply_is_a_label_not_a_parse_failure() -> None:
    """A real HTTP reply whose first token is mostly "OFF": the judge returns the label (requests that allow it)."""
    import json
    import math

    tops = [{"token": "OFF", "logprob": math.log(0.7)}, {"token": "9", "logprob": math.log(0.2)}]
    body = json.dumps({"choices": [{"logprobs": {"content": [{"token": "OFF", "logprob": math.log(0.7),
                                                               "top_logprobs": tops}]}}]}).encode()
    server, url, _ = _scripted(200, body)
    try:
        allowed = JudgeRequest(prompt="p", template_id="refusal", prompt_version="v1", labels=("OFF",))
        labelled, plain = _judge(url).score([allowed, REQS[0]])
    finally:
        server.shutdown()
        server.server_close()
    assert labelled.label == "OFF" and labelled.value is None and not labelled.failed
    assert labelled.raw["label_mass"] == pytest.approx(0.7)
    assert plain.label is None and plain.parse_failed  # without the label, 0.2 numeric mass is too little
