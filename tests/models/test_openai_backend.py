"""The ``openai`` backend against a real ``emcode serve`` on 127.0.0.1, and against a failure-injecting stub."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from emcode.benchmarks import Sample
from emcode.errors import EmcodeError
from emcode.generate import GenerationPlan, generate_benchmark, sample_seed
from emcode.models.base import RequestGenerator, SamplingParams
from emcode.models.factory import make_generator
from emcode.models.openai import OpenAIGenerator
from emcode.runs import RunDir, read_jsonl

PLAN = GenerationPlan(max_new_tokens=6, temperature=1.0, top_p=0.95, samples=1, batch_size=2, seed=11)


def _samples(n: int) -> list[Sample]:
    return [Sample(id=f"t/{i}", subset="t", meta={}, messages=[{"role": "user", "content": f"Write add {i}."}])
            for i in range(n)]


@pytest.fixture(scope="module")
def served(tiny_llama_dir: Path) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """``emcode serve``'s server around the tiny model; the list records every request body it answered."""
    from emcode.serve import make_server
    from emcode.serve_engine import Engine

    engine = Engine(str(tiny_llama_dir), name="tiny", device="cpu")
    seen: list[dict[str, Any]] = []
    real = engine.generate

    def counting(prompt_ids: list[int], **kw: Any) -> Any:
        seen.append({"prompt_len": len(prompt_ids), **kw})
        return real(prompt_ids, **kw)

    engine.generate = counting  # type: ignore[method-assign]
    server = make_server(engine, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1", seen
    server.shutdown()
    server.server_close()


def _gen(url: str, **kw: Any) -> OpenAIGenerator:
    opts = {"base_url": url, "served_model": "tiny", "api_key_env": None, "concurrency": 2, "timeout_s": 30,
            "max_retries": 0, "backoff_s": 0.01} | kw
    return make_generator("openai", "unused-base", name="tiny", **opts)  # type: ignore[return-value]


def test_real_server_rows_seeds_and_repeatability(served: tuple[str, list[dict[str, Any]]], tmp_path: Path) -> None:
    url, seen = served
    gen = _gen(url)
    assert isinstance(gen, RequestGenerator)
    plan = GenerationPlan(max_new_tokens=6, temperature=1.0, top_p=0.95, samples=2, batch_size=2, seed=11)
    before = len(seen)
    rows = read_jsonl(generate_benchmark(gen, RunDir(tmp_path / "a"), "tiny", "b", _samples(3), plan))
    assert len(seen) - before == 6  # one request per (sample, index)
    assert [(r["sample_id"], r["sample_index"]) for r in rows] == [(f"t/{i}", k) for i in range(3) for k in range(2)]
    assert [r["seed"] for r in rows] == [sample_seed(11, f"t/{i}", k) for i in range(3) for k in range(2)]
    assert {s["seed"] for s in seen[before:]} == {r["seed"] for r in rows}  # the server got each sample's seed
    assert all(r["output_tokens"] >= 1 and r["prompt_tokens"] > 5 and r["finish_reason"] in ("stop", "length")
               for r in rows)
    again = read_jsonl(generate_benchmark(_gen(url, concurrency=3), RunDir(tmp_path / "b"), "tiny", "b",
                                          _samples(3), plan))
    assert [r["text"] for r in again] == [r["text"] for r in rows]  # seeded: same answers at another concurrency


def test_completions_endpoint_and_extra_body(served: tuple[str, list[dict[str, Any]]]) -> None:
    url, seen = served
    gen = _gen(url, endpoint="completions", extra_body={"stop": ["\n\n\n"]})
    out = gen.generate([[{"role": "user", "content": "def add(a, b):"}]], SamplingParams(max_new_tokens=4, n=2))
    assert len(out[0]) == 2 and all(c.finish_reason in ("stop", "length") for c in out[0])
    assert seen[-1]["stop"] == ["\n\n\n"] and seen[-1]["max_tokens"] == 4


def test_interrupted_run_resumes_without_repeating_requests(served: tuple[str, list[dict[str, Any]]],
                                                            tmp_path: Path) -> None:
    """Ctrl-C after two samples; the rerun sends exactly the four missing requests; progress starts at 2."""
    url, seen = served
    run, samples = RunDir(tmp_path), _samples(6)
    before = len(seen)
    done: list[int] = []

    def stop_after_two(k: int) -> None:
        done.append(k)
        if sum(done) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        generate_benchmark(_gen(url, concurrency=1), run, "tiny", "b", samples, PLAN, on_batch=stop_after_two)
    assert len(seen) - before == 2
    progress: list[int] = []
    rows = read_jsonl(generate_benchmark(_gen(url, concurrency=3), run, "tiny", "b", samples, PLAN,
                                         on_batch=progress.append))
    assert len(seen) - before == 6  # 2 + 4: no finished request was sent again
    assert progress[0] == 2 and sum(progress) == 6
    assert [r["sample_id"] for r in rows] == [s.id for s in samples]
    finished = []
    generate_benchmark(_gen(url), run, "tiny", "b", samples, PLAN, on_batch=finished.append)
    assert len(seen) - before == 6 and finished == [6]  # a finished benchmark shows 6/6, sends nothing


# ------------------------------------------------------------------ failure injection on a stub server

class _Stub(BaseHTTPRequestHandler):
    """Answers /v1/chat/completions by ``plan(prompt, attempt) -> (status, delay_s, headers)``."""

    plan: Callable[[str, int], tuple[int, float, dict[str, str]]]
    hits: Counter[str]
    lock: threading.Lock

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
        prompt = body["messages"][-1]["content"]
        with self.lock:
            self.hits[prompt] += 1
            attempt = self.hits[prompt]
        status, delay, headers = type(self).plan(prompt, attempt)
        time.sleep(delay)
        reply = {"choices": [{"message": {"role": "assistant", "content": f"ok {prompt} seed={body.get('seed')}"},
                              "finish_reason": "stop"}], "usage": {"prompt_tokens": 3, "completion_tokens": 2}}
        data = json.dumps(reply if status == 200 else {"error": {"message": "nope"}}).encode()
        try:
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            pass  # the client timed out and hung up


@pytest.fixture()
def stub() -> Iterator[Callable[[Callable[[str, int], tuple[int, float, dict[str, str]]]], tuple[str, Counter[str]]]]:
    servers: list[ThreadingHTTPServer] = []

    def start(plan: Callable[[str, int], tuple[int, float, dict[str, str]]]) -> tuple[str, Counter[str]]:
        hits: Counter[str] = Counter()
        handler = type("H", (_Stub,), {"plan": staticmethod(plan), "hits": hits, "lock": threading.Lock()})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/v1", hits

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def test_429_and_5xx_are_retried_then_succeed(stub: Any, tmp_path: Path) -> None:
    def plan(prompt: str, attempt: int) -> tuple[int, float, dict[str, str]]:
        if prompt.endswith("1.") and attempt == 1:
            return 429, 0.0, {"Retry-After": "0"}
        if prompt.endswith("2.") and attempt <= 2:
            return 503, 0.0, {}
        return 200, 0.0, {}

    url, hits = stub(plan)
    gen = _gen(url, max_retries=2, concurrency=4)
    rows = read_jsonl(generate_benchmark(gen, RunDir(tmp_path), "tiny", "b", _samples(4), PLAN))
    assert len(rows) == 4 and gen.failures == 0
    assert hits == Counter({"Write add 0.": 1, "Write add 1.": 2, "Write add 2.": 3, "Write add 3.": 1})
    assert rows[1]["text"] == f"ok Write add 1. seed={sample_seed(11, 't/1', 0)}"


def test_timeouts_and_500s_fail_are_kept_out_and_retried_on_resume(stub: Any, tmp_path: Path) -> None:
    broken = {"Write add 1.": (0, 2.0), "Write add 4.": (500, 0.0)}  # 0 = no answer before the timeout
    healthy = threading.Event()

    def plan(prompt: str, attempt: int) -> tuple[int, float, dict[str, str]]:
        if prompt in broken and not healthy.is_set():
            status, delay = broken[prompt]
            return status or 200, delay, {}
        return 200, 0.0, {}

    url, hits = stub(plan)
    run, samples = RunDir(tmp_path), _samples(6)
    gen = _gen(url, max_retries=1, timeout_s=0.5, concurrency=3)
    with pytest.raises(EmcodeError, match=r"tiny/b: 2 of 6 requests failed .*run the same command again"):
        generate_benchmark(gen, run, "tiny", "b", samples, PLAN)
    assert gen.failures == 2
    assert hits["Write add 1."] == 2 and hits["Write add 4."] == 2  # 1 try + 1 retry each
    assert not run.generations("tiny", "b").exists()  # nothing published with holes
    healthy.set()
    first = sum(hits.values())
    rows = read_jsonl(generate_benchmark(_gen(url, concurrency=3), run, "tiny", "b", samples, PLAN))
    assert sum(hits.values()) - first == 2  # only the two failed requests are sent again
    assert [r["sample_id"] for r in rows] == [s.id for s in samples] and all(r["text"].startswith("ok") for r in rows)


def test_wrong_model_id_stops_at_once(stub: Any, tmp_path: Path) -> None:
    url, hits = stub(lambda prompt, attempt: (404, 0.0, {}))
    with pytest.raises(EmcodeError, match=r"HTTP 404 .*served_model"):
        generate_benchmark(_gen(url, concurrency=1), RunDir(tmp_path), "tiny", "b", _samples(5), PLAN)
    assert sum(hits.values()) == 1


def test_served_model_names_for_base_and_adapters() -> None:
    url = "http://127.0.0.1:9/v1"
    base = make_generator("openai", "Qwen/Qwen2.5-7B", None, name="base", base_url=url, api_key_env=None)
    assert base.served == "Qwen/Qwen2.5-7B"  # type: ignore[attr-defined]
    named = make_generator("openai", "Q", None, name="base", base_url=url, api_key_env=None, served_model="q7b")
    assert named.served == "q7b"  # type: ignore[attr-defined]
    lora = make_generator("openai", "Q", "runs/x/adapters/misaligned", name="misaligned", base_url=url,
                          api_key_env=None, served_adapters={"aligned": "al"})
    assert lora.served == "misaligned"  # type: ignore[attr-defined]
    mapped = make_generator("openai", "Q", "runs/x/adapters/aligned", name="aligned", base_url=url,
                            api_key_env=None, served_adapters={"aligned": "al"})
    assert mapped.served == "al"  # type: ignore[attr-defined]


def test_remote_key_must_be_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EMCODE_TEST_KEY", raising=False)
    with pytest.raises(EmcodeError, match="EMCODE_TEST_KEY is empty"):
        make_generator("openai", "m", name="m", base_url="https://api.example.com/v1", api_key_env="EMCODE_TEST_KEY")
    with pytest.raises(EmcodeError, match="must start with http"):
        make_generator("openai", "m", name="m", base_url="ftp://x", api_key_env=None)
