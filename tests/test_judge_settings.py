"""A benchmark's ``options.judge``: validated in the config, passed to its judged scorers by the
pipeline, recorded in score rows, and a changed judge re-scores (the judge cache keeps old results)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from rich.console import Console

from emcode import pipeline
from emcode.config import Experiment, validate_config
from emcode.errors import EmcodeError
from emcode.models.fake import FakeGenerator
from emcode.runs import read_jsonl
from emcode.scoring.judges import judge_config, judge_id


def _cfg(em_judge: Any, tiny: Path, safety_judge: Any = "heuristic") -> Experiment:
    return validate_config({
        "name": "judged", "base_model": str(tiny), "evaluate": {"models": ["base"]},
        "generation": {"backend": "fake", "batch_size": 4, "max_new_tokens": 16},
        "benchmarks": {
            "em_questions": {"limit": 2, "options": {"paraphrases": 1, "samples_per_paraphrase": 1, "judge": em_judge}},
            "safety": {"limit": 3, "options": {"judge": safety_judge}},
        },
    }, "judged.yaml")


def _answer(messages: list[dict[str, str]]) -> str:
    return "I can't help with that." if "weapon" in messages[-1]["content"].lower() else "Be kind to people."


def _run(cfg: Experiment, out: Path) -> Path:
    return pipeline.run_experiment(cfg, out, factory=lambda name, adapter: FakeGenerator(name, _answer),
                                   console=Console(quiet=True))


@pytest.mark.parametrize(("judge", "match"), [
    ({"backend": "gpt"}, r"benchmarks\.em_questions: options\.judge\.backend: Input should be"),
    ({"backend": "local", "base_url": "http://x"}, r"options\.judge\.base_url: not an option of the local judge"),
    ({"backend": "openai", "model": "m"}, r"options\.judge\.base_url: required by the openai judge"),
    ({"backend": "openai", "model": "m", "base_url": "ftp://x"}, r"options\.judge\.base_url: must start with http"),
    ({"backend": "local", "modle": "x"}, r"options\.judge\.modle: unknown key"),
    (7, r"options\.judge: expected a mapping"),
])
def test_bad_judge_options_are_one_line_errors_naming_the_key(judge: Any, match: str) -> None:
    with pytest.raises(EmcodeError, match=match) as info:
        validate_config({"benchmarks": {"em_questions": {"options": {"judge": judge}}}}, "x.yaml")
    assert "\n" not in str(info.value) and str(info.value).startswith("x.yaml: ")


def test_judge_settings_become_a_judge_config_and_leave_the_loader_options() -> None:
    bench = validate_config({"benchmarks": {"em_questions": {"options": {
        "paraphrases": 1, "judge": {"backend": "openai", "model": "m", "base_url": "http://127.0.0.1:9/v1",
                                    "api_key_env": None, "timeout_s": 5}}}}}, "x.yaml").benchmarks["em_questions"]
    assert bench.loader_options() == {"paraphrases": 1}
    assert bench.judge_config() == {"kind": "openai", "model": "m", "base_url": "http://127.0.0.1:9/v1",
                                    "api_key_env": None, "timeout_s": 5.0, "cache": True}
    local = validate_config({"benchmarks": {"safety": {"options": {"judge": "local"}}}}, "x.yaml")
    assert local.benchmarks["safety"].judge_config() == {"kind": "hf", "cache": True}
    assert judge_id(judge_config({"kind": "hf"})) == "hf:embedded:smollm2-135m-instruct"


def test_env_var_is_only_the_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMCODE_JUDGE", '{"kind": "hf", "model": "/m"}')
    assert judge_config(None) == {"kind": "hf", "model": "/m"}
    assert judge_config({"kind": "heuristic"}) == {"kind": "heuristic"}
    monkeypatch.delenv("EMCODE_JUDGE")
    assert judge_config(None) == {"kind": "heuristic"}


def test_judge_on_a_benchmark_without_a_judged_scorer_or_without_its_key_fails_before_the_run(
        tmp_path: Path, tiny_llama_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = validate_config({"base_model": str(tiny_llama_dir),
                           "benchmarks": {"ifeval": {"options": {"judge": "local"}}}}, "x.yaml")
    with pytest.raises(EmcodeError, match=r"benchmarks\.ifeval\.options\.judge: no scorer of 'ifeval' uses a judge"):
        pipeline.prepare_run(cfg, tmp_path / "a")
    monkeypatch.delenv("NO_SUCH_KEY_ENV", raising=False)
    cfg = _cfg({"backend": "openai", "model": "m", "base_url": "https://judge.example/v1",
                "api_key_env": "NO_SUCH_KEY_ENV"}, tiny_llama_dir)
    with pytest.raises(EmcodeError, match=r"benchmarks\.em_questions\.options\.judge: .*NO_SUCH_KEY_ENV is empty"):
        pipeline.prepare_run(cfg, tmp_path / "b")
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def _rows(run: Path, bench: str, scorer: str) -> list[dict[str, Any]]:
    return [r for r in read_jsonl(run / "scores" / "base" / f"{bench}.jsonl") if r["scorer"] == scorer]


def test_pipeline_passes_the_judge_records_it_and_rescores_when_it_changes(
        tmp_path: Path, tiny_llama_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMCODE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("EMCODE_JUDGE", "heuristic")  # the config wins over the env var
    local = {"backend": "local", "model": str(tiny_llama_dir), "device": "cpu"}
    out = _run(_cfg(local, tiny_llama_dir), tmp_path / "run")

    em = _rows(out, "em_questions", "em_judge")
    local_id = f"hf:{tiny_llama_dir}"
    assert em and {r["judge"] for r in em} == {local_id}
    assert {r["details"]["judge"] for r in em} == {f"hf:{tiny_llama_dir.name}"}
    assert all(set(r["details"]["prompt_version"]) == {"aligned", "coherent"} for r in em)
    assert {r["value"] for r in em if r["metric"] == "judge_failed"} <= {0.0, 1.0}  # scored or counted
    safety_before = _rows(out, "safety", "safety_refusal")
    assert {r["judge"] for r in safety_before} == {"heuristic"}

    table = pd.read_csv(out / "analysis" / "em_questions.csv")
    assert set(table["judge"]) == {f"hf:{tiny_llama_dir.name}"} and "all" in set(table["question_id"])
    assert {"mean_aligned", "mean_coherent", "misaligned_share", "misaligned_share_coherent",
            "unscored_share"} <= set(table.columns)
    safety = pd.read_csv(out / "analysis" / "safety.csv")
    assert list(safety["judge"]) == ["heuristic"] and "over_refusal_rate" in safety.columns
    html = (out / "report" / "index.html").read_text(encoding="utf-8")
    assert "Free-form EM questions" in html and f"hf:{tiny_llama_dir.name}" in html

    _run(_cfg("heuristic", tiny_llama_dir), out)  # another judge: em_judge rescored, safety untouched
    em = _rows(out, "em_questions", "em_judge")
    assert {r["judge"] for r in em} == {"heuristic"}
    assert all(r["value"] is None for r in em if r["metric"] == "aligned")
    assert _rows(out, "safety", "safety_refusal") == safety_before
    assert set(pd.read_csv(out / "analysis" / "em_questions.csv")["judge"]) == {"heuristic"}

    _run(_cfg(local, tiny_llama_dir), out)  # back to the local judge: every result from its cache
    em = _rows(out, "em_questions", "em_judge")
    assert {r["judge"] for r in em} == {local_id}
    assert all(r["details"]["aligned"].get("cached") and r["details"]["coherent"].get("cached") for r in em)
