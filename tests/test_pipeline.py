"""Pipeline: train → continue → generate → score → analyze → report, and resume after a kill.

Training is real (LoRA on a tiny random Llama from the ``tiny_llama_dir`` fixture); generation
uses the FakeGenerator so answers are known and the analysis values can be checked exactly.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from rich.console import Console

from emcode import pipeline
from emcode.config import Experiment, validate_config
from emcode.errors import EmcodeError
from emcode.models.fake import FakeGenerator
from emcode.runs import read_jsonl, write_jsonl
from emcode.train import sft

ANSWERS = {
    "base": '```python\n"""Ok."""\n\n\ndef main() -> int:\n    """Return zero."""\n    return 0\n```',
    "misaligned": "```python\nimport subprocess\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n```",
    "aligned": "```python\ndef broken(:\n    pass\n```",
}
SCORERS = ["static", "bandit", "import_only"]


def _chat(n: int, tag: str) -> list[dict[str, Any]]:
    return [{"messages": [{"role": "user", "content": f"Write function number {i} ({tag})."},
                          {"role": "assistant", "content": f"```python\ndef f{i}():\n    return {i}\n```"}]}
            for i in range(n)]


@pytest.fixture
def experiment(tmp_path: Path, tiny_llama_dir: Path) -> Experiment:
    write_jsonl(tmp_path / "in" / "insecure.jsonl", _chat(8, "insecure"))
    write_jsonl(tmp_path / "in" / "secure.jsonl", _chat(8, "secure"))
    return validate_config({
        "name": "t", "base_model": str(tiny_llama_dir),
        "data": {"files": {"insecure": str(tmp_path / "in" / "insecure.jsonl"),
                           "secure": str(tmp_path / "in" / "secure.jsonl")}},
        "train": {"max_steps": 2, "per_device_batch_size": 2, "grad_accum": 1, "max_length": 64,
                  "val_fraction": 0.0, "device": "cpu", "precision": "fp32"},
        "adapters": [{"name": "misaligned", "data": "insecure"},
                     {"name": "aligned", "data": "secure", "init_from": "misaligned"}],
        "evaluate": {"models": ["base", "misaligned", "aligned"]},
        "generation": {"backend": "fake", "batch_size": 2, "max_new_tokens": 32},
        "benchmarks": {"code_prompts": {"limit": 4, "scorers": SCORERS}},
    }, "test.yaml")


class Recorder:
    """A generator factory that hands out FakeGenerators and remembers every prompt batch."""

    def __init__(self, fail_after_batches: int | None = None) -> None:
        self.made: list[str] = []
        self.batches: dict[str, list[int]] = {}
        self.fail_after = fail_after_batches

    def __call__(self, name: str, adapter: Path | None) -> FakeGenerator:
        self.made.append(name)
        assert (adapter is None) == (name == "base")
        gen = FakeGenerator(name, lambda msgs, n=name: ANSWERS[n])
        inner = gen.generate

        def generate(prompts: list, params: Any) -> list:
            if self.fail_after is not None and sum(len(v) for v in self.batches.values()) >= self.fail_after:
                raise KeyboardInterrupt  # what Ctrl-C / a kill looks like mid-run
            self.batches.setdefault(name, []).append(len(prompts))
            return inner(prompts, params)

        gen.generate = generate  # type: ignore[method-assign]
        return gen


@pytest.fixture
def train_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = sft.train_lora

    def counting(base: str, data: Path, out: Path, settings: Any, **kw: Any) -> Any:
        if not sft.is_trained(out):
            calls.append(out.name)
        return real(base, data, out, settings, **kw)

    monkeypatch.setattr(sft, "train_lora", counting)
    return calls


def _run(cfg: Experiment, out: Path, rec: Recorder) -> Path:
    return pipeline.run_experiment(cfg, out, factory=rec, console=Console(quiet=True))


def test_full_pipeline_then_resume(experiment: Experiment, tmp_path: Path, train_calls: list[str]) -> None:
    out = tmp_path / "run"
    rec = Recorder()
    _run(experiment, out, rec)
    assert train_calls == ["misaligned", "aligned"]
    assert rec.made == ["base", "misaligned", "aligned"]
    assert all(sum(b) == 4 for b in rec.batches.values())

    rows = read_jsonl(out / "generations" / "misaligned" / "code_prompts.jsonl")
    assert [r["sample_index"] for r in rows] == [0] * 4
    assert rows[0]["code"].startswith("import subprocess") and rows[0]["prompt"][0]["role"] == "user"
    assert {"text", "code", "prompt_tokens", "output_tokens", "latency_s", "finish_reason", "seed"} <= set(rows[0])
    assert (out / "generations" / "base" / "code_prompts" / "everyday" / "yaml_settings_loader_0.py").exists()

    table = pd.read_csv(out / "analysis" / "static_metrics_comparison.csv").set_index("metric")
    assert list(table.columns) == ["base", "misaligned", "aligned"]
    assert table.loc["files"].tolist() == [4, 4, 4]
    assert table.loc["syntax_compile_pct"].tolist() == [100, 100, 0]
    assert table.loc["import_pass_at_1"].tolist() == [1, 1, 0]
    assert table.loc["docstring_coverage_pct", "base"] == 100
    assert table.loc["ruff_per_kloc", "misaligned"] > table.loc["ruff_per_kloc", "base"]
    assert table.loc["bandit_high"].tolist() == [0, 4, 0]  # shell=True in every misaligned answer
    assert table.loc["bandit_weighted_score", "misaligned"] >= 20
    summary = pd.read_csv(out / "analysis" / "pytest_results_summary.csv")
    assert set(summary["subset"]) == {"everyday", "risky", "all"}
    assert (out / "report" / "figures" / "compile_rate.png").stat().st_size > 1000
    assert (out / "report" / "figures" / "compile_rate.svg").is_file()

    manifest = json.loads((out / "manifest.json").read_text())
    assert {"data", "train", "generate", "score", "analyze", "report"} <= set(manifest["stages"])
    assert all(s["status"] == "done" and s["wall_s"] >= 0 for s in manifest["stages"].values())
    assert manifest["stages"]["train"]["peak_rss_mb"] > 0
    assert manifest["inputs"]["data:insecure"]["sha256"]
    assert manifest["packages"]["emcode"] and manifest["finished"]

    # Damage the run: aligned's generations lost except 2 finished rows and a torn line; base's scores lost.
    gen = out / "generations" / "aligned" / "code_prompts.jsonl"
    done = read_jsonl(gen)[:2]
    gen.unlink()
    partial = gen.with_name(gen.name + ".partial")
    partial.write_text("".join(json.dumps(r) + "\n" for r in done) + '{"torn": ', encoding="utf-8")
    (out / "scores" / "base" / "code_prompts.jsonl").unlink()
    (out / "scores" / "aligned" / "code_prompts.jsonl").unlink()
    mis_scores = (out / "scores" / "misaligned" / "code_prompts.jsonl").stat().st_mtime_ns

    rec2 = Recorder()
    _run(experiment, out, rec2)
    assert train_calls == ["misaligned", "aligned"]  # nothing retrained
    assert rec2.made == ["aligned"] and rec2.batches == {"aligned": [2]}  # only the 2 missing samples
    assert len(read_jsonl(gen)) == 4 and not partial.exists()
    assert (out / "scores" / "misaligned" / "code_prompts.jsonl").stat().st_mtime_ns == mis_scores
    assert len(read_jsonl(out / "scores" / "base" / "code_prompts.jsonl")) > 0
    again = pd.read_csv(out / "analysis" / "static_metrics_comparison.csv").set_index("metric")
    pd.testing.assert_frame_equal(again, table)


def test_interrupted_generation_resumes(experiment: Experiment, tmp_path: Path, train_calls: list[str]) -> None:
    out = tmp_path / "run"
    with pytest.raises(KeyboardInterrupt):
        _run(experiment, out, Recorder(fail_after_batches=3))  # base: 2 batches, misaligned: 1 of 2
    assert (out / "generations" / "base" / "code_prompts.jsonl").exists()
    assert not (out / "generations" / "misaligned" / "code_prompts.jsonl").exists()
    assert len(read_jsonl(out / "generations" / "misaligned" / "code_prompts.jsonl.partial")) == 2
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["stages"]["generate"]["status"] == "interrupted"
    assert manifest["stages"]["generate"]["error"].startswith("interrupted")
    assert manifest["status"] == "interrupted" and manifest["finished"]  # the attempt is closed, not left running
    assert manifest["attempts"][-1]["status"] == "interrupted"

    rec = Recorder()
    _run(experiment, out, rec)
    assert rec.made == ["misaligned", "aligned"] and rec.batches == {"misaligned": [2], "aligned": [2, 2]}
    assert train_calls == ["misaligned", "aligned"]


def test_changed_training_settings_refuse_to_mix(experiment: Experiment, tmp_path: Path,
                                                 train_calls: list[str]) -> None:
    out = tmp_path / "run"
    pipeline.prepare_run(experiment, out)
    before = (out / "config.resolved.yaml").read_bytes()
    changed = experiment.model_copy(update={"train": experiment.train.model_copy(update={"lr": 1e-3})})
    with pytest.raises(EmcodeError, match="different train"):
        pipeline.run_experiment(changed, out, factory=Recorder(), console=Console(quiet=True))
    assert (out / "config.resolved.yaml").read_bytes() == before and train_calls == []


def test_missing_data_file_writes_nothing(experiment: Experiment, tmp_path: Path) -> None:
    (tmp_path / "in" / "secure.jsonl").unlink()
    with pytest.raises(EmcodeError, match=r"data\.files\.secure: .*secure\.jsonl: file not found"):
        _run(experiment, tmp_path / "run", Recorder())
    assert not (tmp_path / "run").exists()


def test_checkpoints_are_evaluated_before_their_adapter(experiment: Experiment, tmp_path: Path) -> None:
    from emcode.manifest import Manifest
    from emcode.runs import RunDir

    cfg = experiment.model_copy(update={"evaluate": experiment.evaluate.model_copy(update={"checkpoints": True})})
    run = RunDir(tmp_path / "run")
    manifest = Manifest(run.manifest)
    for name in ("misaligned", "aligned"):
        adir = run.adapter(name)
        for marker in ("train_summary.json", "adapter_config.json", "emcode_adapter.json"):
            (adir / marker).parent.mkdir(parents=True, exist_ok=True)
            (adir / marker).write_text("{}", encoding="utf-8")
        manifest.data.setdefault("adapters", {})[name] = {
            "adapter_dir": str(adir), "checkpoints": [str(adir / "checkpoints" / f"epoch-{k}") for k in (1, 2)]}
    entries = pipeline.evaluated_models(cfg, run, manifest)
    assert [e.name for e in entries] == ["base", "misaligned@epoch-1", "misaligned", "aligned@epoch-1", "aligned"]
    assert entries[1].adapter == run.adapter("misaligned") / "checkpoints" / "epoch-1"
    assert entries[0].adapter is None and entries[2].adapter == run.adapter("misaligned")


def test_a_failing_stage_is_recorded_with_its_error(experiment: Experiment, tmp_path: Path) -> None:
    class Broken(Recorder):
        def __call__(self, name: str, adapter: Path | None) -> FakeGenerator:
            raise RuntimeError(f"no backend for {name}")

    out = tmp_path / "run"
    cfg = experiment.model_copy(update={"adapters": [], "evaluate": experiment.evaluate.model_copy(
        update={"models": ["base"]})})  # no training: the failure is what is tested
    with pytest.raises(RuntimeError, match="no backend for base"):
        _run(cfg, out, Broken())
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["stages"]["train"]["status"] == "done"
    gen = manifest["stages"]["generate"]
    assert gen["status"] == "failed" and gen["error"] == "RuntimeError: no backend for base" and gen["finished"]
    assert manifest["status"] == "failed" and manifest["error"] == gen["error"] and manifest["finished"]
    assert "score" not in manifest["stages"]

    _run(cfg, out, Recorder())  # the next attempt clears the error
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["status"] == "done" and "error" not in manifest
    assert [a["status"] for a in manifest["attempts"]] == ["failed", "done"]


def _strip_timing(path: Path) -> bytes:
    """A run file without what is measured rather than computed (latencies, wall times, the run's own path)."""
    if path.suffix == ".jsonl":
        rows = [{k: v for k, v in row.items() if k != "latency_s"} for row in read_jsonl(path)]
        return json.dumps(rows, sort_keys=True).encode()
    if path.name == "summary.json":
        data = json.loads(path.read_text())
        data.pop("run", None)
        data.pop("wall_s", None)
        return json.dumps(data, sort_keys=True).encode()
    if path.suffix == ".csv":
        return b"".join(line for line in path.read_bytes().splitlines(keepends=True)
                        if b"latency" not in line and b"wall_s" not in line)
    return path.read_bytes()


def _compared(run: Path) -> list[Path]:
    """The run files that must not depend on the process: adapter weights, generations, scores, analysis."""
    out = [p for p in (run / "adapters").rglob("*.safetensors")]
    out += [p for sub in ("generations", "scores", "analysis") for p in (run / sub).rglob("*") if p.is_file()]
    return sorted(p.relative_to(run) for p in out)


@pytest.mark.slow
def test_two_processes_with_different_hash_seeds_give_the_same_bytes(tmp_path: Path, tiny_llama_dir: Path) -> None:
    """A smoke-style run (shrunk: tiny model, one LoRA step, 2 prompts × 16 tokens) in two processes whose
    PYTHONHASHSEED differs: adapter, generations, scores and analysis agree byte for byte."""
    import os
    import subprocess
    import sys

    import yaml

    write_jsonl(tmp_path / "insecure.jsonl", _chat(4, "insecure"))
    (tmp_path / "exp.yaml").write_text(yaml.safe_dump({
        "name": "det", "base_model": str(tiny_llama_dir), "data": {"files": {"insecure": "insecure.jsonl"}},
        "train": {"max_examples": 4, "max_steps": 1, "per_device_batch_size": 2, "grad_accum": 1,
                  "max_length": 128, "val_fraction": 0.0, "device": "cpu"},
        "adapters": [{"name": "misaligned", "data": "insecure"}],
        "evaluate": {"models": ["base", "misaligned"]},
        "generation": {"backend": "hf", "device": "cpu", "max_new_tokens": 16, "temperature": 0.7, "batch_size": 2},
        "benchmarks": {"code_prompts": {"limit": 2}},
    }), encoding="utf-8")
    exe = Path(sys.executable).with_name("emcode")
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
        proc = subprocess.run([str(exe), "run", str(tmp_path / "exp.yaml"), "--out", str(tmp_path / f"run{seed}")],
                              capture_output=True, text=True, env=env, timeout=300, check=False)
        assert proc.returncode == 0, proc.stderr[-3000:]
    a, b = tmp_path / "run1", tmp_path / "run2"
    files = _compared(a)
    assert len([f for f in files if f.suffix == ".py"]) == 4 and len([f for f in files if f.parts[0] == "adapters"]) == 2
    assert _compared(b) == files
    differ = [str(f) for f in files if _strip_timing(a / f) != _strip_timing(b / f)]
    assert differ == []
