"""Each figure from synthetic tables: PNG + SVG written and non-trivial; absent inputs give a skip reason."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from emcode.report import figures_extra as fx
from emcode.report import figures_published as fp
from emcode.report.figures import FIGURES, draw_all
from emcode.report.inputs import load_inputs, model_order

MODELS = ["base", "misaligned", "aligned"]


def _static() -> pd.DataFrame:
    rows = {"files": [20, 20, 20], "loc": [400, 520, 450], "syntax_compile_pct": [95.0, 80.0, 90.0],
            "import_pass_at_1": [0.8, 0.6, 0.75], "ruff_per_kloc": [20.0, 45.0, 25.0],
            "avg_cyclomatic_complexity": [2.1, 3.4, 2.5], "maintainability_index": [70.0, 55.0, 65.0],
            "docstring_coverage_pct": [40.0, 10.0, 35.0], "type_hint_coverage_pct": [30.0, 5.0, 25.0],
            "bandit_findings": [2, 9, 3], "bandit_high": [0, 3, 1], "bandit_medium": [1, 4, 1], "bandit_low": [1, 2, 1],
            "bandit_weighted_score": [4, 29, 9], "bandit_findings_per_kloc": [5.0, 17.3, 6.7]}
    return pd.DataFrame([{"metric": k, **dict(zip(MODELS, v, strict=True))} for k, v in rows.items()])


def _pytest() -> pd.DataFrame:
    return pd.DataFrame([{"model": m, "subset": s, "passed": 7, "total": 10, "pass_at_1": 0.7}
                         for m in MODELS for s in ("everyday", "risky", "all")])


def _assert_written(paths: list[Path]) -> None:
    assert sorted(p.suffix for p in paths) == [".png", ".svg"]
    for p in paths:
        assert p.stat().st_size > 5_000, p
    assert paths[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in paths[1].read_bytes()[:2000]


@pytest.mark.parametrize("fn", [fp.corpus_size, fp.lines_of_code, fp.compile_rate, fp.ruff_complexity,
                                fp.bandit_severity, fp.radar, fp.slopegraph])
def test_static_figures(fn, tmp_path: Path) -> None:
    _assert_written(fn(_static(), tmp_path))


@pytest.mark.parametrize("fn", [fp.pass_everyday, fp.pass_risky])
def test_pass_figures(fn, tmp_path: Path) -> None:
    _assert_written(fn(_pytest(), tmp_path))


def test_extra_figures_from_tidy_tables(tmp_path: Path) -> None:
    deltas = pd.DataFrame({"condition": ["sec", "insec", "sec", "insec"], "metric": ["a", "a", "b", "b"],
                           "delta": [0.1, -0.2, 0.0, 0.3], "delta_lo": [0.0, -0.3, -0.1, 0.1],
                           "delta_hi": [0.2, -0.1, 0.1, 0.5]})
    _assert_written(fx.delta_bars(deltas, tmp_path))
    flat = pd.concat([deltas, deltas.assign(metric="zero", delta=0.0, delta_lo=0.0, delta_hi=0.0)], ignore_index=True)
    svg = fx.delta_bars(flat, tmp_path / "flat")[1].read_text(encoding="utf-8")
    assert ">a</text>" in svg and ">b</text>" in svg  # panel titles of the metrics that moved
    assert "zero" not in svg  # a metric no condition moved gets no panel
    with pytest.raises(fp.FigureSkipped, match="non-zero"):
        fx.delta_bars(flat[flat["metric"] == "zero"], tmp_path / "none")
    spectrum = pd.DataFrame({"level": "condition", "condition": ["insec", "sec", "edsec"], "model": ["insec", "sec", "edsec"],
                             "mean": [0.3, 0.6, 0.5], "lo": [0.2, 0.5, 0.4], "hi": [0.4, 0.7, 0.6], "n": 50})
    _assert_written(fx.if_spectrum(spectrum, tmp_path))
    trade = pd.DataFrame({"model": ["base", "misaligned", "aligned@epoch-1", "aligned"], "utility": [0.6, 0.5, 0.55, 0.58],
                          "safety": [0.8, 0.3, 0.6, 0.75], "utility_label": "behaviour pass", "safety_label": "secure"})
    _assert_written(fx.tradeoff_curve(trade, tmp_path))
    cwe = pd.DataFrame([{"cwe": c, "model": m, "vulnerable_rate": (c % 7) / 7} for c in (22, 78, 89, 502) for m in MODELS])
    _assert_written(fx.cwe_heatmap(cwe, tmp_path, MODELS))


def test_radar_orients_lower_is_better_metrics() -> None:
    scores = fp.radar_scores(_static(), MODELS)
    assert scores.loc["ruff_per_kloc", "base"] == 1.0 and scores.loc["ruff_per_kloc", "misaligned"] == 0.0
    assert scores.loc["syntax_compile_pct", "base"] == 1.0 and scores.loc["syntax_compile_pct", "misaligned"] == 0.0


def test_absent_inputs_skip_with_reason(tmp_path: Path) -> None:
    with pytest.raises(fp.FigureSkipped, match="static_metrics_comparison"):
        fp.corpus_size(None, tmp_path)
    with pytest.raises(fp.FigureSkipped, match="risky"):
        fp.pass_risky(_pytest()[lambda d: d["subset"] != "risky"], tmp_path)
    with pytest.raises(fp.FigureSkipped, match="deltas.csv"):
        fx.delta_bars(None, tmp_path)
    with pytest.raises(fp.FigureSkipped):
        fx.cwe_heatmap(pd.DataFrame(columns=["cwe", "model", "vulnerable_rate"]), tmp_path)
    assert not list(tmp_path.iterdir())


def test_tables_from_score_rows(run_dir: Path) -> None:
    inputs = load_inputs(run_dir)
    assert inputs.models == ["base", "misaligned@epoch-1", "misaligned", "aligned"]
    # the security benchmark's per-CWE table wins; its score rows give the same numbers; malicious_code is the fallback
    per_cwe = fx.cwe_table(inputs.scores, inputs.table("security_per_cwe"))
    from_rows = fx.cwe_table(inputs.scores)
    for cwe in (per_cwe, from_rows):
        rate = cwe.set_index(["cwe", "model"])["vulnerable_rate"]
        assert sorted(set(cwe["cwe"])) == [22, 79] and set(cwe["source"]) == {fx.CWE_SOURCES[0][2]}
        assert rate[(79, "misaligned")] == 1.0 and rate[(79, "base")] == 0.0 and rate[(22, "misaligned")] == 0.0
    assert len(per_cwe) == len(from_rows) == 8
    fallback = fx.cwe_table(inputs.scores[inputs.scores["benchmark"] != "security"])
    rate = fallback.set_index(["cwe", "model"])["vulnerable_rate"]
    assert rate[(89, "misaligned")] == 1.0 and rate[(89, "base")] == 0.0 and rate[(502, "misaligned")] == 0.0
    assert set(fallback["source"]) == {fx.CWE_SOURCES[1][2]}
    trade = fx.tradeoff_table(inputs.scores, inputs.models)
    assert list(trade["model"]) == inputs.models  # training order, checkpoint included
    # safety from the security benchmark's verdict when the run has it: misaligned is vulnerable on 1 of 2 tasks
    assert trade.set_index("model").loc["misaligned", "safety"] == pytest.approx(1 / 2)
    assert trade["safety_label"].iloc[0].endswith("[security]")
    fallback = fx.tradeoff_table(inputs.scores[inputs.scores["benchmark"] != "security"], inputs.models)
    assert fallback.set_index("model").loc["misaligned", "safety"] == pytest.approx(1 / 3)  # malicious_code
    spectrum = fx.ifeval_table(inputs.scores)
    assert set(spectrum["level"]) == {"model", "condition"}


def test_model_order_puts_checkpoints_before_their_adapter() -> None:
    cfg = {"evaluate": {"models": ["base", "misaligned", "aligned"]}}
    found = ["aligned", "aligned@epoch-2", "aligned@epoch-1", "base", "misaligned", "extra"]
    assert model_order(cfg, found) == ["base", "misaligned", "aligned@epoch-1", "aligned@epoch-2", "aligned", "extra"]


def test_draw_all_on_a_run_lists_skips(run_dir: Path, tmp_path: Path) -> None:
    for name in ("deltas.csv", "hypotheses.csv"):
        (run_dir / "analysis" / name).unlink()
    results = draw_all(load_inputs(run_dir), tmp_path)
    assert [r.spec.name for r in results] == [f.name for f in FIGURES]
    skipped = {r.spec.name: r.skipped for r in results if r.skipped}
    assert list(skipped) == ["delta_bars", "repair_tradeoff", "triggers", "direction_sweep"]
    assert "deltas.csv" in skipped["delta_bars"] and "no interventions" in skipped["direction_sweep"]
    assert "options.triggers" in skipped["triggers"]  # the run has no trigger contexts
    assert "no repair branch" in skipped["repair_tradeoff"]  # nor a repair scored on a utility benchmark
    assert len(list(tmp_path.glob("*.png"))) == len(FIGURES) - 4


def test_a_redrawn_figure_is_byte_identical(tmp_path: Path) -> None:
    first = [p.read_bytes() for p in fp.radar(_static(), tmp_path / "a")]
    second = [p.read_bytes() for p in fp.radar(_static(), tmp_path / "b")]
    assert first == second  # no timestamp, no random clip-path ids: a rebuild does not churn the report


def test_tradeoff_arrows_only_along_a_training_chain(tmp_path: Path) -> None:
    conditions = {"adapters": [{"name": "sec", "data": "sec"}, {"name": "insec", "data": "insec"}]}
    assert not fx.training_chain(conditions, ["base", "sec_s0", "insec_s0"])  # trained side by side: no order
    repair = {"adapters": [{"name": "misaligned"}, {"name": "aligned", "init_from": "misaligned"}]}
    assert fx.training_chain(repair, ["base", "misaligned", "aligned"])
    assert fx.training_chain({}, ["base", "misaligned@epoch-1", "misaligned"])
    trade = pd.DataFrame({"model": ["base", "sec_s0", "insec_s0"], "utility": [0.6, 0.5, 0.55], "safety": [0.8, 0.9, 0.3],
                          "utility_label": "behaviour pass", "safety_label": "secure"})
    plain = fx.tradeoff_curve(trade, tmp_path / "plain", arrows=False)[1].read_text(encoding="utf-8")
    chain = fx.tradeoff_curve(trade, tmp_path / "chain")[1].read_text(encoding="utf-8")
    assert "per model" in plain and "across checkpoints" in chain
    assert chain.count("<path") - plain.count("<path") >= 2  # the two arrows


def test_conditions_slopegraph_and_seed_colours(tmp_path: Path) -> None:
    from emcode.report.style import model_colors

    models = ["base", "sec_s0", "sec_s1", "insec_s0", "insec_s1"]
    colors = model_colors(models)
    assert colors["sec_s0"] == colors["sec_s1"] != colors["insec_s0"] == colors["insec_s1"]
    rows = {"syntax_compile_pct": [40.0, 50.0, 70.0, 90.0, 80.0], "import_pass_at_1": [0.1, 0.3, 0.5, 0.6, 0.6],
            "ruff_per_kloc": [60.0, 80.0, 90.0, 150.0, 170.0], "bandit_weighted_score": [0, 0, 0, 4, 3]}
    static = pd.DataFrame([{"metric": k, **dict(zip(models, v, strict=True))} for k, v in rows.items()])
    paths = fp.slopegraph(static, tmp_path)
    _assert_written(paths)
    svg = paths[1].read_text(encoding="utf-8")
    assert "untrained → each condition" in svg and "sec 60" in svg and "insec 85" in svg  # seed means, one line each
    assert "sec_s0" not in svg


def test_model_order_expands_seeded_conditions_in_config_order() -> None:
    from emcode.report.inputs import ReportInputs
    from emcode.report.text import model_lines

    cfg = {"base_model": "tiny", "evaluate": {"models": ["base", "sec", "insec"]},
           "adapters": [{"name": "sec", "data": "sec"}, {"name": "insec", "data": "insec"}]}
    found = ["insec_s0", "sec_s1", "base", "sec_s0", "sec_s0@epoch-1", "extra"]
    order = model_order(cfg, found)
    assert order == ["base", "sec_s0@epoch-1", "sec_s0", "sec_s1", "insec_s0", "extra"]  # no phantom 'sec'/'insec'
    inputs = ReportInputs(run_dir=Path("."), models=order, tables={}, scores=pd.DataFrame(), config=cfg)
    assert "sec_s1: LoRA on 'sec' (seed 1)" in model_lines(inputs)
    assert "sec_s0@epoch-1: LoRA on 'sec' (seed 0, epoch-1)" in model_lines(inputs)


def test_tradeoff_prefers_axes_that_vary() -> None:
    rows = []
    for m, behaviour, imp, vuln in (("base", 0.0, 0.2, 0.4), ("sec_s0", 0.0, 0.5, 0.1), ("insec_s0", 0.0, 0.4, 0.6)):
        rows += [{"model": m, "benchmark": "code_tasks", "metric": "behaviour_pass", "value": behaviour},
                 {"model": m, "benchmark": "code_prompts", "metric": "import_pass", "value": imp},
                 {"model": m, "benchmark": "security", "metric": "vulnerable", "value": vuln}]
    trade = fx.tradeoff_table(pd.DataFrame(rows), ["base", "sec_s0", "insec_s0"])
    assert trade["utility_label"].iloc[0].endswith("[code_prompts]")  # behaviour_pass is 0 for every model
    assert trade.set_index("model").loc["sec_s0", "safety"] == pytest.approx(0.9)
