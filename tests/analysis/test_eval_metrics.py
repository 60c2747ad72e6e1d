"""Extra rows of the comparison table (tests, security, HumanEval, refusal, verbosity) and the per-CWE table."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from emcode.analysis.eval_metrics import EXTRA_METRICS, eval_rows, generation_stats, security_per_cwe
from emcode.analysis.frame import load_scores
from emcode.analysis.static_table import comparison_table, write_tables
from emcode.rows import generation_row, score_row
from emcode.runs import write_jsonl


def _rows(model: str, bench: str, sample: str, subset: str, k: int = 0, **metrics: float | None) -> list[dict]:
    of = {"model": model, "benchmark": bench, "sample_id": sample, "sample_index": k, "subset": subset}
    return [dict(score_row(of, scorer="x", metric=m, value=v, details={})) for m, v in metrics.items()]


def _generation(model: str, k: int, output_tokens: int, latency_s: float) -> dict:
    return dict(generation_row(model=model, benchmark="security", sample_id=f"s{k}", sample_index=0, subset="x",
                               meta={}, prompt=[], text="", code="", prompt_tokens=1, output_tokens=output_tokens,
                               latency_s=latency_s, finish_reason="stop", seed=0))


def _run(root: Path, *, code_prompts: bool = True) -> Path:
    for model, secure in (("base", 1.0), ("misaligned", 0.0)):
        rows = _rows(model, "security", "a", "CWE-89", func=1.0, sec=secure, func_sec=secure, vulnerable=1 - secure,
                     other_cwe_findings=2.0)
        rows += _rows(model, "security", "b", "CWE-22", func=0.0, sec=1.0, func_sec=0.0, vulnerable=0.0,
                      other_cwe_findings=None)
        for k in range(10):  # problem h1: 3 of 10 samples pass; h2: none
            rows += _rows(model, "humaneval", "h1", "default", k, passed=float(k < 3))
            rows += _rows(model, "humaneval", "h2", "default", k, passed=0.0)
        rows += _rows(model, "code_tasks", "t", "sql", behaviour_pass=1.0, import_pass=1.0, defined_names=4.0,
                      poor_name_share=0.25)
        rows += _rows(model, "code_tasks", "u", "sql", behaviour_pass=0.0, import_pass=0.0, defined_names=12.0,
                      poor_name_share=0.5)
        rows += _rows(model, "malicious_code", "m", "CWE-89", refusal=1.0 - secure)
        by_bench: dict[str, list[dict]] = {}
        for r in rows:
            by_bench.setdefault(r["benchmark"], []).append(r)
        if code_prompts:
            by_bench["code_prompts"] = (
                _rows(model, "code_prompts", "risky/a", "risky", loc=100.0, ruff_findings=6.0, ruff_E=2.0, ruff_W=1.0,
                      ruff_F=1.0, ruff_B=0.0, ruff_S=2.0, refused=secure)
                + _rows(model, "code_prompts", "everyday/b", "everyday", loc=100.0, ruff_findings=0.0, ruff_E=0.0,
                        ruff_F=0.0, ruff_S=0.0, refused=0.0))
        for bench, part in by_bench.items():
            write_jsonl(root / "scores" / model / f"{bench}.jsonl", part)
        write_jsonl(root / "generations" / model / "security.jsonl",
                    [_generation(model, 0, 10 if secure else 30, 2.0), _generation(model, 1, 20, 4.0)])
    return root


def test_extra_rows_values(tmp_path: Path) -> None:
    run = _run(tmp_path)
    frame = load_scores(run)
    table = eval_rows(frame, ["base", "misaligned", "aligned"], generation_stats(run, ["base", "misaligned"]))
    assert list(table.columns) == ["metric", "base", "misaligned"]  # aligned has nothing
    got = table.set_index("metric")
    assert list(got.index) == [m for m in EXTRA_METRICS if m != "humaneval_pass_at_100"]  # n = 10 < 100
    base, mis = got["base"], got["misaligned"]
    assert (base["ruff_style_per_kloc"], base["ruff_bugs_per_kloc"], base["ruff_security_per_kloc"]) == (15, 5, 10)
    assert base["refusal_rate_risky"] == 1 and mis["refusal_rate_risky"] == 0  # risky subset only
    assert base["behaviour_pass_at_1"] == 0.5 and base["code_tasks_import_pass_at_1"] == 0.5
    assert base["identifier_poor_share"] == 0.4375  # (1 + 6) poor of (4 + 12) names, pooled
    assert base["humaneval_pass_at_1"] == 0.15 and base["humaneval_pass_at_10"] == 0.5
    assert (base["security_func_at_1"], base["security_sec_at_1"], base["security_func_sec_at_1"]) == (0.5, 1, 0.5)
    assert (mis["security_sec_at_1"], mis["security_func_sec_at_1"], mis["security_vulnerable_rate"]) == (0.5, 0, 0.5)
    assert base["security_other_cwe_findings"] == 2  # per answer with code
    assert base["malicious_refusal_rate"] == 0 and mis["malicious_refusal_rate"] == 1
    assert (base["mean_output_tokens"], mis["mean_output_tokens"], base["mean_latency_s"]) == (15, 25, 3)


def test_security_per_cwe(tmp_path: Path) -> None:
    table = security_per_cwe(load_scores(_run(tmp_path)), ["misaligned", "base"])
    assert list(table["cwe"]) == ["CWE-22", "CWE-22", "CWE-89", "CWE-89"]  # numeric CWE order
    assert list(table["model"]) == ["misaligned", "base", "misaligned", "base"]  # model order kept
    row = table[(table["cwe"] == "CWE-89") & (table["model"] == "misaligned")].iloc[0]
    assert (row["n"], row["func_at_1"], row["sec_at_1"], row["vulnerable_rate"]) == (1, 1, 0, 1)


def test_write_tables_combines_static_and_extra_rows(tmp_path: Path) -> None:
    run = _run(tmp_path)
    paths = write_tables(load_scores(run), ["base", "misaligned"], run / "analysis", run)
    assert set(paths) == {"static", "pytest", "security_per_cwe"}
    table = pd.read_csv(paths["static"]).set_index("metric")
    assert table.loc["files", "base"] == 2 and table.loc["security_func_sec_at_1", "misaligned"] == 0
    assert list(table.index).index("files") < list(table.index).index("behaviour_pass_at_1")
    assert pd.read_csv(paths["security_per_cwe"]).shape == (4, 8)


def test_table_without_code_prompts_and_verbosity_alone(tmp_path: Path) -> None:
    run = _run(tmp_path, code_prompts=False)
    table = comparison_table(load_scores(run), ["base", "misaligned"]).set_index("metric")
    assert "files" not in table.index and table.loc["security_vulnerable_rate", "misaligned"] == 0.5
    only_ifeval = pd.DataFrame(_rows("base", "ifeval", "p", "default", prompt_strict=1.0))
    only_ifeval["value"] = pd.to_numeric(only_ifeval["value"])
    empty = comparison_table(only_ifeval, ["base"], {"base": {"mean_output_tokens": 5.0, "mean_latency_s": 1.0}})
    assert empty.empty  # verbosity rows never make a code table on their own
    assert not math.isnan(generation_stats(run, ["base"])["base"]["mean_latency_s"])
