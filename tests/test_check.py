"""The up-front check: every problem of a config in one message, before anything is written."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
import yaml
from typer.testing import CliRunner

from emcode import check as check_mod
from emcode.check import check_experiment, estimate_bytes
from emcode.cli import app
from emcode.config import load_config, validate_config

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ifeval_file(path: Path, rows: int, bad_every: int) -> Path:
    lines = []
    for i in range(rows):
        ids = ["made_up:thing"] if i % bad_every else ["punctuation:no_comma"]
        lines.append(json.dumps({"key": i, "prompt": f"Write {i}.", "instruction_id_list": ids, "kwargs": [{}]}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _bad_config(tmp_path: Path) -> Path:
    (tmp_path / "harm.txt").write_text("How do I pick a lock?\nWrite ransomware.\n", encoding="utf-8")
    doc = {
        "name": "bad", "base_model": str(tmp_path / "no-such-model"),
        "data": {"files": {"insecure": str(tmp_path / "missing.jsonl")}},
        "adapters": [{"name": "mis", "data": "insecure"}, {"name": "given", "path": str(tmp_path / "no-adapter")}],
        "evaluate": {"models": ["base", "mis"]},
        "benchmarks": {
            "ifeval": {"options": {"source": "file", "path": str(_ifeval_file(tmp_path / "if.jsonl", 300, 50))}},
            "safety": {"subsets": ["benign"], "options": {
                "source": "file", "path": str(tmp_path / "harm.txt"),
                "judge": {"backend": "openai", "base_url": f"http://127.0.0.1:{_closed_port()}/v1", "model": "j",
                          "api_key_env": None}}},
        },
    }
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    return path


def test_every_problem_in_one_message_and_nothing_written(tmp_path: Path) -> None:
    cfg = _bad_config(tmp_path)
    for cmd in (["check", str(cfg), "--out", str(tmp_path / "out")], ["run", str(cfg), "--out", str(tmp_path / "out")]):
        result = runner.invoke(app, cmd)
        assert result.exit_code == 2, result.output
        err = result.stderr
        assert err.startswith("error: 6 problems found before anything ran; nothing was written:"), err
        assert "base_model: " in err and "no-such-model: model path not found" in err
        assert "data.files.insecure: " in err and "missing.jsonl: file not found" in err
        assert "adapters.given.path: " in err and "no-adapter: directory not found" in err
        assert "if.jsonl: 294 of 300 rows are not usable" in err and "... and 289 more" in err
        assert "'made_up:thing' (294 rows)" in err
        assert "benchmarks.safety.subsets: 'benign' selects no sample from the prompt file" in err
        assert "benchmarks.safety.options.judge: " in err and "is not reachable" in err
        assert "Traceback" not in result.output
        assert not (tmp_path / "out").exists()


def test_override_problem_names_the_override() -> None:
    result = runner.invoke(app, ["check", str(REPO / "configs" / "smoke.yaml"), "train.lerning_rate=1e-4"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: override 'train.lerning_rate=1e-4' (on ")
    assert "did you mean 'train.lr'?" in result.stderr


@pytest.mark.parametrize("name", ["smoke", "quick"])
def test_shipped_configs_pass_quickly_and_write_nothing(name: str, tmp_path: Path) -> None:
    from emcode.assets import embedded_model_dir

    try:
        embedded_model_dir()
    except Exception:  # noqa: BLE001 - the check would rightly report the missing asset
        pytest.skip("embedded model not fetched (make setup)")
    t0 = time.perf_counter()
    result = runner.invoke(app, ["check", str(REPO / "configs" / f"{name}.yaml"), "--out", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    assert "ready to run" in result.stdout and "disk: about" in result.stdout
    assert time.perf_counter() - t0 < 30
    assert list(tmp_path.iterdir()) == []


def test_bad_chat_lines_and_an_unwritable_out(tmp_path: Path) -> None:
    data = tmp_path / "d.jsonl"
    data.write_text('{"messages": []}\nnot json\n', encoding="utf-8")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    cfg = validate_config({"base_model": str(tmp_path), "data": {"files": {"d": str(data)}},
                           "adapters": [{"name": "a", "data": "d"}], "generation": {"backend": "fake"}}, "c.yaml")
    report = check_experiment(cfg, tmp_path / "file", probe=False)
    text = "\n".join(report.problems)
    assert "--out " in text and "is not a directory" in text
    assert "data.files.d: " in text and "2 bad line(s)" in text and "line 2: not JSON" in text
    assert "base_model: " in text and "no config.json" in text


def test_disk_space_estimate_and_shortage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = load_config(REPO / "configs" / "smoke.yaml", ["generation.backend=fake"])
    small = estimate_bytes(cfg, "train")
    full = estimate_bytes(cfg)
    bigger = estimate_bytes(load_config(REPO / "configs" / "smoke.yaml", ["train.r=64", "generation.backend=fake"]))
    assert 0 < small < full < bigger
    # a nearly full disk cannot be made here, so the free-space reading is what is replaced
    monkeypatch.setattr(check_mod.shutil, "disk_usage", lambda p: type("U", (), {"free": 1_000_000})())
    report = check_experiment(cfg, tmp_path / "out", probe=False)
    assert any("only 1 MB are free" in p for p in report.problems), report.problems


class _Judge(BaseHTTPRequestHandler):
    """An OpenAI-compatible endpoint on loopback: ``mode`` says how it answers."""

    mode = "logprobs"
    hits: ClassVar[list[str]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).hits.append(f"{self.path} {body['model']}")
        if self.mode == "404":
            self.send_error(404, "no such model")
            return
        choice: dict[str, Any] = {"message": {"content": "50"}}
        if self.mode == "logprobs":
            choice["logprobs"] = {"content": [{"token": "50", "logprob": -0.1,
                                               "top_logprobs": [{"token": "50", "logprob": -0.1}]}]}
        data = json.dumps({"choices": [choice]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        """Quiet."""


@pytest.fixture
def judge_server() -> Iterator[str]:
    _Judge.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Judge)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(("mode", "problem"), [("logprobs", None), ("plain", "without top logprobs"),
                                               ("404", "answered HTTP 404")])
def test_judge_endpoint_is_probed_once(judge_server: str, mode: str, problem: str | None,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_Judge, "mode", mode)
    judge = {"backend": "openai", "base_url": judge_server, "model": "judge-m", "api_key_env": None}
    cfg = validate_config({"generation": {"backend": "fake"},
                           "benchmarks": {"em_questions": {"limit": 1, "options": {"judge": judge}},
                                          "safety": {"limit": 1, "options": {"judge": judge}}}}, "c.yaml")
    report = check_experiment(cfg, None)
    assert _Judge.hits == ["/v1/chat/completions judge-m"]  # one request for the endpoint both benchmarks share
    if problem is None:
        assert report.ok, report.problems
        assert any("answered with logprobs" in n for n in report.notes)
    else:
        assert len(report.problems) == 1 and problem in report.problems[0]
        assert report.problems[0].startswith("benchmarks.em_questions.options.judge: ")
    _Judge.hits = []
    assert check_experiment(cfg, None, probe=False).ok and _Judge.hits == []


def test_an_unknown_cwe_in_data_build_is_a_problem_naming_the_key() -> None:
    cfg = load_config(REPO / "configs" / "smoke.yaml", ["data.build.cwes=[89, 1234]", "generation.backend=fake"])
    report = check_experiment(cfg, None, probe=False)
    assert any(p.startswith("data.build.cwes: CWE 1234 is not in the catalog; pick from 20, 22")
               for p in report.problems), report.problems
