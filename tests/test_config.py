"""Experiment config: YAML + dotted overrides, errors that name the key and the file."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from emcode.config import Experiment, apply_overrides, dump_config, load_config, validate_config
from emcode.errors import EmcodeError

REPO = Path(__file__).resolve().parents[1]


def _write(tmp_path: Path, doc: dict) -> Path:
    path = tmp_path / "exp.yaml"
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["smoke", "quick", "attack_repair"])
def test_shipped_configs_validate(name: str, tmp_path: Path) -> None:
    from emcode.pipeline import validate_inputs
    from emcode.runs import RunDir

    cfg = load_config(REPO / "configs" / f"{name}.yaml")
    validate_inputs(cfg, RunDir(tmp_path))  # benchmarks, scorers and data names all known
    assert cfg.model_names() == ["base", "misaligned", "aligned"]
    assert cfg.adapters[1].init_from == "misaligned"


def test_attack_repair_has_published_hyperparameters() -> None:
    t = load_config(REPO / "configs" / "attack_repair.yaml").train
    assert (t.r, t.alpha, t.dropout, t.target_modules, t.epochs) == (16, 32, 0.05, "all-linear", 2)
    assert (t.per_device_batch_size, t.grad_accum, t.lr, t.save_every_epoch) == (4, 4, 2e-4, True)


def test_unknown_key_names_key_and_file(tmp_path: Path) -> None:
    path = _write(tmp_path, {"train": {"lrr": 0.1}})
    with pytest.raises(EmcodeError, match=r"exp\.yaml: unknown key 'train\.lrr'"):
        load_config(path)


def test_wrong_type_names_key_and_file(tmp_path: Path) -> None:
    path = _write(tmp_path, {"train": {"lr": "fast"}})
    with pytest.raises(EmcodeError, match=r"exp\.yaml: train\.lr: Input should be a valid number"):
        load_config(path)


def test_overrides_parse_yaml_scalars(tmp_path: Path) -> None:
    path = _write(tmp_path, {"train": {"lr": 0.1}})
    cfg = load_config(path, ["train.lr=1e-3", "train.max_steps=7", "generation.backend=fake",
                             "benchmarks.code_prompts.limit=3", "train.target_modules=[q_proj, v_proj]"])
    assert cfg.train.lr == pytest.approx(1e-3)
    assert cfg.train.max_steps == 7
    assert cfg.generation.backend == "fake"
    assert cfg.benchmarks["code_prompts"].limit == 3
    assert cfg.train.target_modules == ["q_proj", "v_proj"]


def test_override_of_unknown_key_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, {})
    with pytest.raises(EmcodeError, match="unknown key 'generation.temprature'"):
        load_config(path, ["generation.temprature=0.2"])
    with pytest.raises(EmcodeError, match="expected key.sub=value"):
        load_config(path, ["train.lr"])


def test_override_into_list_by_index() -> None:
    raw = apply_overrides({"adapters": [{"name": "a", "data": "x"}]}, ["adapters.0.data=y"])
    assert raw["adapters"][0]["data"] == "y"


def test_adapter_references_are_checked() -> None:
    with pytest.raises(EmcodeError, match="init_from 'ghost'"):
        validate_config({"adapters": [{"name": "a", "data": "x", "init_from": "ghost"}]}, "c.yaml")
    with pytest.raises(EmcodeError, match="evaluate.models: 'nope'"):
        validate_config({"evaluate": {"models": ["base", "nope"]}}, "c.yaml")
    with pytest.raises(EmcodeError, match="exactly one of 'data'"):
        validate_config({"adapters": [{"name": "a"}]}, "c.yaml")
    with pytest.raises(EmcodeError, match="unknown train key 'lrr'"):
        validate_config({"adapters": [{"name": "a", "data": "x", "train": {"lrr": 1}}]}, "c.yaml")


def test_conditions_experiment_with_seeds_is_just_a_config() -> None:
    cfg = validate_config({
        "data": {"build": {"per_scenario": 2}},
        "seeds": [0, 1],
        "adapters": [{"name": n, "data": n.lower()} for n in ("SEC", "INSEC", "EDSEC", "EDINSEC")],
        "evaluate": {"models": ["base", "SEC", "INSEC", "EDSEC", "EDINSEC"]},
    }, "conditions.yaml")
    assert cfg.model_names() == ["base", "SEC_s0", "SEC_s1", "INSEC_s0", "INSEC_s1", "EDSEC_s0", "EDSEC_s1",
                                 "EDINSEC_s0", "EDINSEC_s1"]
    spec = cfg.adapters[0]
    assert cfg.train_settings(spec, 1).seed == 1


def test_relative_data_paths_resolve_against_the_config(tmp_path: Path) -> None:
    path = _write(tmp_path, {"data": {"files": {"insecure": "d/insecure.jsonl"}}})
    assert load_config(path).data.files["insecure"] == tmp_path / "d" / "insecure.jsonl"


def test_resolved_config_round_trips(tmp_path: Path) -> None:
    cfg = load_config(REPO / "configs" / "quick.yaml", ["train.lr=3e-4"])
    again = validate_config(yaml.safe_load(dump_config(cfg)), "resolved")
    assert again == cfg
    assert isinstance(again, Experiment)


def test_override_typo_names_the_override_and_suggests_the_key(tmp_path: Path) -> None:
    path = _write(tmp_path, {"train": {"lr": 0.1}})
    with pytest.raises(EmcodeError) as err:
        load_config(path, ["train.lerning_rate=1e-4"])
    assert str(err.value).startswith("override 'train.lerning_rate=1e-4' (on ")
    assert "unknown key 'train.lerning_rate'" in str(err.value) and "did you mean 'train.lr'?" in str(err.value)
    with pytest.raises(EmcodeError, match=r"override 'generation\.temprature=0\.2'.*did you mean "
                                          r"'generation\.temperature'\?"):
        load_config(path, ["generation.temprature=0.2"])


def test_file_typos_get_a_suggestion_and_every_problem_is_listed(tmp_path: Path) -> None:
    path = _write(tmp_path, {"data": {"build": {"sed": 1}}, "benchmarks": {"ifeval": {"limt": 2}},
                             "train": {"epochs": "lots"}})
    with pytest.raises(EmcodeError) as err:
        load_config(path)
    msg = str(err.value)
    assert "exp.yaml: unknown key 'data.build.sed'; remove it or fix its spelling; did you mean 'data.build.seed'?" in msg
    assert "did you mean 'benchmarks.ifeval.limit'?" in msg and "exp.yaml: train.epochs: Input should be" in msg
    assert "override" not in msg
    with pytest.raises(EmcodeError, match=r"unknown key 'zzz'; remove it or fix its spelling \(known: adapters, "):
        validate_config({"zzz": 1}, "c.yaml")
    with pytest.raises(EmcodeError, match="unknown train key 'epoch'; did you mean 'epochs'"):
        validate_config({"adapters": [{"name": "a", "data": "x", "train": {"epoch": 1}}]}, "c.yaml")


def test_data_build_cwes_limits_the_catalog_and_is_not_empty() -> None:
    cfg = load_config(REPO / "configs" / "smoke.yaml", ["data.build.cwes=[89, 78]"])
    assert cfg.data.build is not None and cfg.data.build.cwes == [89, 78]
    with pytest.raises(EmcodeError, match=r"data\.build\.cwes: empty list"):
        load_config(REPO / "configs" / "smoke.yaml", ["data.build.cwes=[]"])
