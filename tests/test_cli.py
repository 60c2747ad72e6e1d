"""CLI: thin commands, bad input → one line ``error: ...`` on stderr, exit code 2, nothing written."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import yaml
from click.testing import Result
from typer.testing import CliRunner

from emcode.cli import app

runner = CliRunner()


def _config(tmp_path: Path, doc: dict) -> Path:
    path = tmp_path / "exp.yaml"
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    return path


def _one_line_error(result: Result, *needles: str) -> None:
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for needle in needles:
        assert needle in lines[0]
    assert "Traceback" not in result.output


def test_help_lists_every_subcommand() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for cmd in ("assets", "data", "train", "generate", "score", "analyze", "report", "run"):
        assert cmd in result.stdout


def test_unknown_config_key(tmp_path: Path) -> None:
    cfg = _config(tmp_path, {"train": {"lrr": 1}})
    result = runner.invoke(app, ["run", str(cfg), "--out", str(tmp_path / "run")])
    _one_line_error(result, "exp.yaml", "unknown key 'train.lrr'")
    assert not (tmp_path / "run").exists()


def test_wrong_type_from_override(tmp_path: Path) -> None:
    cfg = _config(tmp_path, {})
    result = runner.invoke(app, ["run", str(cfg), "--out", str(tmp_path / "run"), "train.epochs=lots"])
    _one_line_error(result, "exp.yaml", "train.epochs")
    assert not (tmp_path / "run").exists()


def test_missing_data_file_names_the_path(tmp_path: Path) -> None:
    cfg = _config(tmp_path, {"data": {"files": {"insecure": "nowhere/insecure.jsonl"}},
                             "adapters": [{"name": "m", "data": "insecure"}]})
    result = runner.invoke(app, ["run", str(cfg), "--out", str(tmp_path / "run")])
    _one_line_error(result, str(tmp_path / "nowhere" / "insecure.jsonl"), "not found")
    assert not (tmp_path / "run").exists()


def test_cuda_requested_without_cuda(tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    cfg = _config(tmp_path, {"train": {"device": "cuda"}})
    result = runner.invoke(app, ["run", str(cfg), "--out", str(tmp_path / "run")])
    _one_line_error(result, "cuda", "device: cpu")
    assert not (tmp_path / "run").exists()


def test_adapter_from_another_base(tmp_path: Path, tiny_llama_dir: Path) -> None:
    adapter = tmp_path / "foreign"
    adapter.mkdir()
    (adapter / "adapter_config.json").write_text(json.dumps({"base_model_name_or_path": "Org/Other-Model-7B"}))
    cfg = _config(tmp_path, {"base_model": str(tiny_llama_dir),
                             "adapters": [{"name": "foreign", "path": str(adapter)}],
                             "evaluate": {"models": ["base", "foreign"]}})
    result = runner.invoke(app, ["run", str(cfg), "--out", str(tmp_path / "run")])
    _one_line_error(result, "foreign", "Other-Model-7B")
    assert not (tmp_path / "run").exists()


def _emcode_adapter(path: Path, base: Path) -> Path:
    """A LoRA adapter emcode-trained (by its metadata) on ``base``, made without training."""
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    from emcode.models.loading import write_adapter_meta

    model = get_peft_model(AutoModelForCausalLM.from_pretrained(base), LoraConfig(r=2, target_modules="all-linear"))
    model.save_pretrained(path)
    write_adapter_meta(path, str(base))
    return path


def test_emcode_adapter_from_another_base(tmp_path: Path, tiny_llama_dir: Path, other_tiny_llama_dir: Path) -> None:
    adapter = _emcode_adapter(tmp_path / "other", other_tiny_llama_dir)
    cfg = _config(tmp_path, {"base_model": str(tiny_llama_dir), "adapters": [{"name": "other", "path": str(adapter)}],
                             "evaluate": {"models": ["other"]}})
    for cmd in ("run", "train"):
        _one_line_error(runner.invoke(app, [cmd, str(cfg), "--out", str(tmp_path / "run")]), "trained on base model")
        assert not (tmp_path / "run").exists()


@pytest.mark.parametrize(("doc", "needles"), [
    ({"adapters": [{"name": "m", "data": "d", "train": {"lrr": 1}}]}, ("unknown train key 'lrr'",)),
    ({"generation": {"options": {"batchsize": 4}}}, ("no option(s) batchsize",)),
    ({"generation": {"backend": "vllm"}}, ("vllm package",)),
])
def test_bad_settings_fail_before_the_run_dir_exists(tmp_path: Path, doc: dict, needles: tuple[str, ...]) -> None:
    if doc.get("generation", {}).get("backend") == "vllm" and importlib.util.find_spec("vllm"):
        pytest.skip("vllm is installed here")
    data = tmp_path / "d.jsonl"
    data.write_text(json.dumps({"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]})
                    + "\n", encoding="utf-8")
    cfg = _config(tmp_path, {"data": {"files": {"d": str(data)}}, **doc})
    _one_line_error(runner.invoke(app, ["run", str(cfg), "--out", str(tmp_path / "run")]), *needles)
    assert not (tmp_path / "run").exists()


@pytest.mark.parametrize("where", ["generation.options.device=cuda", "adapters.0.train.device=cuda"])
def test_cuda_anywhere_without_cuda(tmp_path: Path, where: str) -> None:
    torch = pytest.importorskip("torch")
    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    data = tmp_path / "d.jsonl"
    data.write_text(json.dumps({"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]})
                    + "\n", encoding="utf-8")
    cfg = _config(tmp_path, {"data": {"files": {"d": str(data)}}, "adapters": [{"name": "m", "data": "d"}]})
    _one_line_error(runner.invoke(app, ["train", str(cfg), "--out", str(tmp_path / "run"), where]), "cuda")
    assert not (tmp_path / "run").exists()


def test_bad_input_leaves_an_existing_out_dir_untouched(tmp_path: Path) -> None:
    out = tmp_path / "run"
    out.mkdir()
    cfg = _config(tmp_path, {"data": {"files": {"d": "missing.jsonl"}}, "adapters": [{"name": "m", "data": "d"}]})
    for cmd in ("run", "train"):
        _one_line_error(runner.invoke(app, [cmd, str(cfg), "--out", str(out)]), "missing.jsonl", "not found")
    assert list(out.iterdir()) == []


def test_stage_commands_need_a_run_dir(tmp_path: Path) -> None:
    for cmd in ("generate", "score", "analyze", "report"):
        result = runner.invoke(app, [cmd, str(tmp_path)])
        _one_line_error(result, "config.resolved.yaml", "emcode run")


def test_data_validate_reports_bad_lines(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"messages": [{"role": "user", "content": "hi"}]}\nnot json\n', encoding="utf-8")
    result = runner.invoke(app, ["data", "validate", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:2:" in result.stdout


def test_run_then_single_stages_on_a_tiny_model(tmp_path: Path, tiny_llama_dir: Path) -> None:
    rows = [{"messages": [{"role": "user", "content": f"Write f{i}."},
                          {"role": "assistant", "content": f"def f{i}():\n    return {i}\n"}]} for i in range(4)]
    data = tmp_path / "train.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    cfg = _config(tmp_path, {
        "base_model": str(tiny_llama_dir), "data": {"files": {"train": str(data)}},
        "train": {"max_steps": 1, "per_device_batch_size": 2, "max_length": 48, "val_fraction": 0.0,
                  "device": "cpu", "precision": "fp32"},
        "adapters": [{"name": "tuned", "data": "train"}],
        "evaluate": {"models": ["base", "tuned"]},
        "generation": {"backend": "hf", "device": "cpu", "max_new_tokens": 8, "batch_size": 2},
        "benchmarks": {"code_prompts": {"limit": 2, "scorers": ["static"]}},
    })
    run = tmp_path / "run"
    first = runner.invoke(app, ["run", str(cfg), "--out", str(run)])
    assert first.exit_code == 0, first.output
    assert str(run) in first.stdout
    rows = [json.loads(line) for line in (run / "generations" / "tuned" / "code_prompts.jsonl").read_text().splitlines()]
    assert len(rows) == 2 and all(r["output_tokens"] <= 8 and r["prompt_tokens"] > 0 for r in rows)

    scores = run / "scores" / "base" / "code_prompts.jsonl"
    before = scores.stat().st_mtime_ns
    assert runner.invoke(app, ["score", str(run)]).exit_code == 0
    assert scores.stat().st_mtime_ns == before  # nothing missing: nothing recomputed
    assert runner.invoke(app, ["score", str(run), "--benchmark", "code_prompts", "--force"]).exit_code == 0
    assert scores.stat().st_mtime_ns > before
    assert runner.invoke(app, ["analyze", str(run)]).exit_code == 0
    result = runner.invoke(app, ["report", str(run)])
    assert result.exit_code == 0 and "syntax_compile_pct" in result.stdout
    bad = runner.invoke(app, ["score", str(run), "--benchmark", "humaneval"])
    _one_line_error(bad, "humaneval", "not in this run")


def test_data_build_cwe_option_builds_only_those_cwes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from emcode.data import build

    seen: dict[str, object] = {}
    monkeypatch.setattr(build, "build_datasets", lambda out, **kw: seen.update(kw))  # the real build: test_build.py
    result = runner.invoke(app, ["data", "build", "--out", str(tmp_path), "--cwe", "89", "--cwe", "78"])
    assert result.exit_code == 0, result.output
    assert sorted({s.cwe for s in seen["scenarios"]}) == [78, 89]  # type: ignore[attr-defined]
    _one_line_error(runner.invoke(app, ["data", "build", "--out", str(tmp_path), "--cwe", "1234"]), "unknown CWE 1234")
