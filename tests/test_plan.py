"""``emcode plan``: evaluable claims, answers, seeds, MDE and wall time for the shipped configs; --from a run."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from emcode.analysis.run import analyze_run
from emcode.cli import app
from emcode.config import dump_config, load_config
from emcode.plan import GEN_TOKENS_PER_S, Speeds, format_plan, plan_experiment
from emcode.rows import score_row
from emcode.runs import write_jsonl

CONFIGS = Path(__file__).resolve().parents[1] / "configs"


def test_quick_plan_sizes_the_attack_effect_of_the_demo() -> None:
    plan = plan_experiment(load_config(CONFIGS / "quick.yaml"))
    rows = {r.id: r for r in plan.rows}
    assert set(rows) == {"VULN-1", "REPAIR-a", "REPAIR-d", "ATTACK-1", "ATTACK-1-CODE"}
    assert {(r.answers, r.seeds) for r in rows.values()} == {(48, 1)}
    assert {rows[h].measure for h in ("VULN-1", "REPAIR-a", "ATTACK-1")} == {"security:vulnerable"}
    assert rows["REPAIR-d"].measure == "security:func"
    assert rows["ATTACK-1-CODE"].measure == "security:vulnerable_in_code"
    # 48 answers per model at α/5: only a change of about a third of the answers is detectable
    assert 0.2 < rows["ATTACK-1"].mde < 0.5 and 0.2 < rows["REPAIR-a"].mde < 0.5
    assert math.isfinite(rows["VULN-1"].mde) and rows["VULN-1"].mde > 50
    # 2 × 96 rows × 2 epochs of training and 3 × 48 answers of ≤ 256 tokens: minutes, within the demo's 15
    assert 4 * 60 < plan.wall_s["total"] < 20 * 60
    text = format_plan(plan)
    assert "α/m = 0.05/5" in text and "expected wall time" in text and "REPAIR-b" in text


def test_every_shipped_small_config_plans() -> None:
    smoke = plan_experiment(load_config(CONFIGS / "smoke.yaml"))
    assert {r.answers for r in smoke.rows} == {4} and smoke.wall_s["total"] < 5 * 60
    cond = plan_experiment(load_config(CONFIGS / "conditions_quick.yaml"))
    rows = {r.id: r for r in cond.rows}
    assert {"IF-1a", "SAFETY-1", "SAFETY-ANOVA", "VULN-2", "EM-2"} <= set(rows)
    assert rows["IF-1a"].seeds == 2 and rows["IF-1a"].answers == 12
    assert 0 < rows["SAFETY-1"].answers < 12  # safety limit 12: only its harmful and adversarial prompts count
    assert math.isinf(rows["IF-1a"].mde)  # 12 prompts × 2 seeds at α/8: no possible change is detectable
    bigger = ["benchmarks.ifeval.limit=150"]
    loose = plan_experiment(load_config(CONFIGS / "conditions_quick.yaml", bigger))
    strict = plan_experiment(load_config(CONFIGS / "conditions_quick.yaml", [*bigger, "analysis.alpha=0.01"]))
    assert 0.05 < {r.id: r.mde for r in loose.rows}["IF-1a"] < {r.id: r.mde for r in strict.rows}["IF-1a"] < 1


def test_more_answers_shrink_the_mde_and_speeds_move_the_wall() -> None:
    cfg = load_config(CONFIGS / "quick.yaml", ["benchmarks.security.limit=140"])
    base = plan_experiment(load_config(CONFIGS / "quick.yaml"))
    more = plan_experiment(cfg)
    assert {r.id: r.mde for r in more.rows}["REPAIR-a"] < {r.id: r.mde for r in base.rows}["REPAIR-a"]
    slow = plan_experiment(cfg, speeds=Speeds(gen_tokens_per_s=GEN_TOKENS_PER_S / 2))
    assert slow.wall_s["generate"] > 1.8 * more.wall_s["generate"] - 1e-9
    assert slow.wall_s["train"] == more.wall_s["train"]


def test_rates_and_seed_sd_come_from_an_earlier_run(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    rates = {"base": 0.6, "sec_s0": 0.8, "sec_s1": 0.85, "insec_s0": 0.7, "insec_s1": 0.7, "edsec_s0": 0.75,
             "edsec_s1": 0.7, "edinsec_s0": 0.72, "edinsec_s1": 0.74}
    for model, p in rates.items():
        rows = [score_row({"model": model, "benchmark": "ifeval", "sample_id": f"q{i}", "sample_index": 0,
                           "subset": "composed"}, scorer="ifeval", metric="prompt_strict",
                          value=float(rng.random() < p), details={}) for i in range(60)]
        write_jsonl(tmp_path / "scores" / model / "ifeval.jsonl", rows)
    cfg = load_config(CONFIGS / "conditions_quick.yaml")
    (tmp_path / "config.resolved.yaml").write_text(dump_config(cfg), encoding="utf-8")
    analyze_run(tmp_path, n_boot=50)
    plan = plan_experiment(cfg, from_run=tmp_path)
    row = {r.id: r for r in plan.rows}["IF-1a"]
    assert row.rate_source.startswith("earlier run") and 0.6 < row.rate < 0.95
    assert {r.id: r for r in plan.rows}["SAFETY-1"].rate_source.startswith("default (not in the earlier run)")


def test_cli_plan_prints_the_table_and_fails_clearly_without_analysis(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(app, ["plan", str(CONFIGS / "quick.yaml"), "--gen-tok-s", "50"])
    assert ok.exit_code == 0, ok.output
    assert "VULN-1" in ok.output and "50 generated tok/s" in ok.output
    bad = runner.invoke(app, ["plan", str(CONFIGS / "quick.yaml"), "--from", str(tmp_path)])
    assert bad.exit_code == 2 and "analysis/means.csv: not found" in bad.output


@pytest.mark.parametrize("override", ["analysis.alpha=0", "analysis.alpha=0.7", "analysis.beta=1"])
def test_bad_alpha_is_a_one_line_config_error(override: str) -> None:
    from emcode.errors import EmcodeError

    with pytest.raises(EmcodeError, match="analysis"):
        load_config(CONFIGS / "quick.yaml", [override])



def _one_adapter(tmp_path: Path, adapter: str) -> Path:
    path = tmp_path / f"{abs(hash(adapter))}.yaml"
    path.write_text(f"""name: t
base_model: embedded:smollm2-135m-instruct
data: {{build: {{seed: 0, per_scenario: 2}}}}
train: {{max_examples: 32, epochs: 2}}
adapters: [{adapter}]
evaluate: {{models: [base, r]}}
benchmarks: {{security: {{limit: 4}}}}
""", encoding="utf-8")
    return path


def test_a_dpo_adapter_costs_its_measured_factor_more_than_sft_on_the_same_rows(tmp_path: Path) -> None:
    from emcode.plan import METHOD_ROW_COST

    sft = plan_experiment(load_config(_one_adapter(tmp_path, "{name: r, data: secure}")))
    dpo = plan_experiment(load_config(_one_adapter(tmp_path, "{name: r, method: dpo, data: pairs}")))
    assert METHOD_ROW_COST["sft"] == 1.0 and METHOD_ROW_COST["dpo"] > 1.0
    # 32 rows × 2 epochs either way (pairs.jsonl is row-aligned with secure.jsonl): only the method differs
    assert sft.wall_s["train"] > 0
    assert dpo.wall_s["train"] == pytest.approx(METHOD_ROW_COST["dpo"] * sft.wall_s["train"])
    assert dpo.wall_s["generate"] == sft.wall_s["generate"]


def test_trigger_copies_are_generated_but_not_counted_as_plain_answers() -> None:
    cfg = load_config(CONFIGS / "repair_compare_cpu_v3.yaml")
    plan = plan_experiment(cfg)
    rows = {r.id: r for r in plan.rows}
    assert rows["REPAIR-DPO-a"].answers == 64  # 64 plain prompts; their 64 code_only copies are not plain answers
    assert rows["REPAIR-DPO-b"].measure == "ifeval:instruction_strict" and rows["REPAIR-DPO-b"].answers == 64
    fewer = plan_experiment(load_config(CONFIGS / "repair_compare_cpu_v3.yaml",
                                        ["benchmarks.security.options.triggers=[]"]))
    assert fewer.wall_s["generate"] < plan.wall_s["generate"]  # the copies still cost generation time


def test_a_cwe_subset_shrinks_the_planned_training_rows() -> None:
    from emcode.plan import _training_rows

    by_epochs = ["train.max_steps=0"]  # rows then follow the data, not the step count
    every = {name: rows for name, _, rows in
             _training_rows(load_config(CONFIGS / "smoke.yaml", [*by_epochs, "data.build.cwes=null"]), None)}
    three = {name: rows for name, _, rows in _training_rows(load_config(CONFIGS / "smoke.yaml", by_epochs), None)}
    epochs = load_config(CONFIGS / "smoke.yaml").train.epochs
    assert three["misaligned"] == int(9 * epochs) < every["misaligned"]  # 3 CWEs x 3 training scenarios x 1 each
