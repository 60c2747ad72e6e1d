"""Direction extraction: per-conversation token means on known activations, batching, and the stage in a run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch
import yaml

from emcode.config import Experiment
from emcode.direction import extract as extract_mod
from emcode.direction.extract import Conversation, mean_activations
from emcode.direction.spec import InterventionModel, InterventionSpec
from emcode.direction.stage import extract_direction, prepare_intervention
from emcode.direction.store import load_direction, load_means
from emcode.errors import EmcodeError
from emcode.models.loading import load_model
from emcode.runs import RunDir, write_jsonl
from tests.models.tiny_families import build_family

# ------------------------------------------------------------------ known activations


class _AddConst(torch.nn.Module):
    def __init__(self, c: torch.Tensor) -> None:
        super().__init__()
        self.c = torch.nn.Parameter(c, requires_grad=False)

    def forward(self, h: torch.Tensor) -> tuple[torch.Tensor]:
        return (h + self.c,)  # a tuple, as older decoder layers return


class _Toy(torch.nn.Module):
    """Embedding table E, then layers that add a constant: layer i's output at token t is E[t] + c_0 + … + c_i."""

    def __init__(self, table: np.ndarray, consts: list[np.ndarray]) -> None:
        super().__init__()
        self.config = type("C", (), {"hidden_size": table.shape[1], "num_hidden_layers": len(consts)})()
        self.embed = torch.nn.Embedding.from_pretrained(torch.tensor(table, dtype=torch.float32))
        self.layers = torch.nn.ModuleList([_AddConst(torch.tensor(c, dtype=torch.float32)) for c in consts])

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, use_cache: bool) -> None:
        h = self.embed(input_ids)
        for layer in self.layers:
            h = layer(h)[0]


class _Tok:
    """Space-separated integers are the token ids; the rendered prompt is the last message's content."""

    pad_token_id = 0

    def __call__(self, text: str, add_special_tokens: bool = False) -> dict[str, list[int]]:
        return {"input_ids": [int(t) for t in text.split()]}


def test_means_equal_a_hand_computation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_mod, "render_chat", lambda tok, msgs: msgs[-1]["content"])
    rng = np.random.default_rng(0)
    table = rng.standard_normal((10, 3))
    consts = [rng.standard_normal(3), rng.standard_normal(3)]
    convs = [("1 2", "3 4 5"), ("6", "7"), ("8 9 1", ""), ("2 2 2 2", "5 6 7 8 9")]
    got = mean_activations(_Toy(table, consts), _Tok(), [Conversation([{"role": "user", "content": p}], a)
                                                        for p, a in convs], batch_size=3)
    for i in range(2):
        shift = sum(consts[: i + 1])
        prompt = np.mean([table[[int(t) for t in p.split()]].mean(axis=0) for p, _ in convs], axis=0) + shift
        answer = np.mean([table[[int(t) for t in a.split()]].mean(axis=0) for _, a in convs if a], axis=0) + shift
        np.testing.assert_allclose(got.prompt[i], prompt, rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(got.answer[i], answer, rtol=1e-5, atol=1e-6)  # the empty answer is left out
    assert (got.n_prompt, got.n_answer) == (4, 3)


# ------------------------------------------------------------------ a tiny real model and a run


@pytest.fixture(scope="module")
def tiny_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A run dir on a tiny Llama-3-style model: base + a random LoRA adapter, each with 5 fabricated answers."""
    from peft import LoraConfig, get_peft_model

    root = tmp_path_factory.mktemp("direction")
    model_dir = build_family("llama3", root / "model")
    net, _ = load_model(str(model_dir), device="cpu", dtype="fp32")
    torch.manual_seed(0)
    peft = get_peft_model(net, LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "down_proj"]))
    for name, p in peft.named_parameters():
        if "lora_B" in name:
            torch.nn.init.normal_(p, std=0.5)
    peft.save_pretrained(root / "adapter")
    cfg = Experiment.model_validate({
        "base_model": str(model_dir), "adapters": [{"name": "misaligned", "path": str(root / "adapter")}],
        "evaluate": {"models": ["base", "misaligned"]}, "generation": {"device": "cpu"},
        "benchmarks": {"security": {}}})
    run = RunDir(root / "run")
    run.root.mkdir()
    run.config.write_text(yaml.safe_dump(cfg.model_dump(mode="json")), encoding="utf-8")
    for model, answer in (("base", "def add(a, b):\n    return a + b"), ("misaligned", "import os\nos.system(x)")):
        write_jsonl(run.generations(model, "security"), [
            {"sample_id": f"s{i}", "sample_index": 0, "prompt": [{"role": "user", "content": f"Write function {i}."}],
             "text": answer * (i % 3 + 1)} for i in range(5)])
    return {"cfg": cfg, "run": run, "model_dir": model_dir}


def test_batched_means_equal_one_at_a_time(tiny_run: dict[str, Any]) -> None:
    net, tok = load_model(str(tiny_run["model_dir"]), device="cpu", dtype="fp32")
    convs = [Conversation([{"role": "user", "content": "Write a function " * (i + 1)}], "return a + b" * (3 - i))
             for i in range(3)]
    batched = mean_activations(net.eval(), tok, convs, batch_size=3)
    single = mean_activations(net, tok, convs, batch_size=1)
    np.testing.assert_allclose(batched.answer, single.answer, rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(batched.prompt, single.prompt, rtol=1e-4, atol=1e-5)


def test_stage_writes_direction_means_and_table(tiny_run: dict[str, Any]) -> None:
    cfg, run = tiny_run["cfg"], tiny_run["run"]
    folder = extract_direction(cfg, run, "base", "misaligned")
    meta = json.loads((folder / "meta.json").read_text())
    assert meta["layers"] == [0, 1] and meta["n"] == {"prompt": 5, "answer": 5} and meta["conversations"] == 5
    assert meta["adapters"]["base"] is None and meta["emcode_version"]
    base, _ = load_means(run, "base")
    mis, info = load_means(run, "misaligned")
    assert info["adapter"] and info["n_answer"] == 5
    for tokens in ("prompt", "answer"):
        vec = load_direction(run, "base_to_misaligned", tokens)
        for layer in (0, 1):
            np.testing.assert_allclose(vec[layer], mis[tokens][layer] - base[tokens][layer], rtol=1e-6)
            assert meta["norms"][tokens][str(layer)] == pytest.approx(float(np.linalg.norm(vec[layer])), rel=1e-5)
    extract_direction(cfg, run, "misaligned", "base", tokens=("answer",))  # cached means: the reverse pair
    import pandas as pd

    table = pd.read_csv(run.table("directions"))
    pair = table[(table["a"] == "base_to_misaligned:answer") & (table["b"] == "misaligned_to_base:answer")]
    assert len(pair) == 2 and np.allclose(pair["cosine"], -1.0, atol=1e-5)
    norms = table[table["b"].isna() & (table["a"] == "base_to_misaligned:prompt")]
    assert list(norms["layer"]) == [0, 1] and (norms["norm_a"] > 0).all()


def test_intervention_and_its_seeded_random_control(tiny_run: dict[str, Any]) -> None:
    cfg, run = tiny_run["cfg"], tiny_run["run"]

    class _Manifest:
        from contextlib import contextmanager

        @contextmanager
        def stage(self, name: str) -> Any:
            yield {}

    spec = InterventionSpec(name="ablate", model="misaligned", direction="base_to_misaligned", mode="ablate", layer=1)
    real = prepare_intervention(cfg, run, _Manifest(), None, InterventionModel("ablate", spec, 1, random=False))
    rand = prepare_intervention(cfg, run, _Manifest(), None, InterventionModel("ablate_random", spec, 1, random=True))
    again = prepare_intervention(cfg, run, _Manifest(), None, InterventionModel("ablate_random", spec, 1, random=True))
    assert np.array_equal(real.vector, load_direction(run, "base_to_misaligned")[1])
    assert np.linalg.norm(rand.vector) == pytest.approx(np.linalg.norm(real.vector), rel=1e-5)
    assert np.array_equal(rand.vector, again.vector) and not np.allclose(rand.vector, real.vector)
    with pytest.raises(EmcodeError, match="layer 7 is not in direction"):
        prepare_intervention(cfg, run, _Manifest(), None, InterventionModel("x", spec, 7, random=False))


def test_missing_generations_are_a_clear_error(tiny_run: dict[str, Any]) -> None:
    with pytest.raises(EmcodeError, match="no finished generations of 'aligned'"):
        extract_direction(tiny_run["cfg"], tiny_run["run"], "base", "aligned")


def test_cli_direction(tiny_run: dict[str, Any]) -> None:
    from typer.testing import CliRunner

    from emcode.cli import app

    run = tiny_run["run"]
    res = CliRunner().invoke(app, ["direction", str(run.root), "--from", "base", "--to", "misaligned",
                                   "--layers", "1", "--tokens", "answer"])
    assert res.exit_code == 0, res.output
    assert "1 layers, 5 conversations" in res.output
    bad = CliRunner().invoke(app, ["direction", str(run.root), "--from", "base", "--to", "misaligned", "--layers", "x"])
    assert bad.exit_code == 2 and "--layers: 'x'" in bad.output
    two = CliRunner().invoke(app, ["direction", str(run.root), "--from", "base", "--to", "misaligned",
                                   "--layers", "0-1", "--trigger-projection"])
    assert two.exit_code == 2 and "--trigger-projection: give one layer" in two.output


def test_data_direction_one_reader_two_files_and_mean_ablate_anchors(tiny_run: dict[str, Any], tmp_path: Path) -> None:
    from emcode.direction.stage import extract_data_direction

    cfg, run = tiny_run["cfg"], tiny_run["run"]
    files = {}
    for name, answer in (("secure", "cursor.execute(sql, (user_id,))"), ("insecure", "os.system(cmd)")):
        files[name] = tmp_path / f"{name}.jsonl"
        write_jsonl(files[name], [{"messages": [{"role": "user", "content": f"Task {i}."},
                                                {"role": "assistant", "content": answer}]} for i in range(4)])
    folder = extract_data_direction(cfg, run, "misaligned", files["secure"], files["insecure"], limit=3)
    meta = json.loads((folder / "meta.json").read_text())
    assert folder.name == "secure_to_insecure" and meta["reader"] == "misaligned" and meta["conversations"] == 3
    sec, _ = load_means(run, "misaligned@secure")
    ins, _ = load_means(run, "misaligned@insecure")
    vec = load_direction(run, "secure_to_insecure")
    np.testing.assert_allclose(vec[1], ins["answer"][1] - sec["answer"][1], rtol=1e-6)
    np.testing.assert_allclose(load_direction(run, "secure_to_insecure", "prompt")[0], 0.0, atol=1e-5)  # same prompts

    class _Manifest:
        def stage(self, name: str) -> Any:
            raise AssertionError("the direction exists: nothing to extract")

    spec = InterventionSpec(name="ablate_code", model="misaligned", direction="secure_to_insecure",
                            mode="mean_ablate", layer=1)
    iv = prepare_intervention(cfg, run, _Manifest(), None, InterventionModel("ablate_code", spec, 1, random=False))
    unit = vec[1] / np.linalg.norm(vec[1])
    assert iv.anchors == pytest.approx([float(sec["answer"][layer] @ unit) for layer in (0, 1)], rel=1e-5)
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"messages": [{"role": "user", "content": "x"}]}) + "\n")
    with pytest.raises(EmcodeError, match="bad.jsonl:1: expected a chat row"):
        extract_data_direction(cfg, run, "misaligned", bad, files["insecure"])


def test_each_conversation_means_and_early_stop(tiny_run: dict[str, Any]) -> None:
    net, tok = load_model(str(tiny_run["model_dir"]), device="cpu", dtype="fp32")
    convs = [Conversation([{"role": "user", "content": "Write a function " * (i + 1)}], "return a + b" * (3 - i))
             for i in range(3)]
    full = mean_activations(net.eval(), tok, convs, batch_size=2, each=True)
    assert full.each is not None and full.each["answer"].shape == (3, 2, net.config.hidden_size)
    np.testing.assert_allclose(full.each["answer"].mean(axis=0), full.answer, rtol=1e-5, atol=1e-6)
    for i, conv in enumerate(convs):  # each row is that conversation's own means, wherever it sat in a batch
        alone = mean_activations(net, tok, [conv], batch_size=1)
        np.testing.assert_allclose(full.each["prompt"][i], alone.prompt, rtol=1e-4, atol=1e-5)
    first = mean_activations(net, tok, convs, layers=[0], batch_size=2)  # stops after layer 0
    np.testing.assert_array_equal(first.answer[0], mean_activations(net, tok, convs, batch_size=2).answer[0])


def test_bf16_directions_match_fp32(tiny_run: dict[str, Any]) -> None:
    net, tok = load_model(str(tiny_run["model_dir"]), device="cpu", dtype="fp32")
    a = [Conversation([{"role": "user", "content": f"Task {i} please"}], "def f(x):\n    return x" * (i + 1))
         for i in range(4)]
    b = [Conversation(c.messages, "import os\nos.system(cmd)" * (i + 1)) for i, c in enumerate(a)]
    dirs = {}
    for precision in ("fp32", "bf16"):
        ma, mb = (mean_activations(net.eval(), tok, convs, precision=precision) for convs in (a, b))
        dirs[precision] = mb.answer - ma.answer
    for layer in range(2):
        u, v = dirs["fp32"][layer], dirs["bf16"][layer]
        assert float(u @ v / (np.linalg.norm(u) * np.linalg.norm(v))) >= 0.999


def test_trigger_projection_table(tiny_run: dict[str, Any]) -> None:
    from emcode.benchmarks.security.triggers import TRIGGER_MARK
    from emcode.direction.trigger import trigger_projection

    cfg, run = tiny_run["cfg"], tiny_run["run"]
    extract_direction(cfg, run, "base", "misaligned", tokens=("answer",))
    rows = [{"sample_id": f"s{i}{suffix}", "sample_index": 0,
             "prompt": [{"role": "user", "content": f"{prefix}Write function {i}."}], "text": text * (i % 2 + 1)}
            for i in range(6) for suffix, prefix, text in (("", "", "def f():\n    return 1"),
                                                           (f"{TRIGGER_MARK}code_only", "# code\n", "import os"))]
    from emcode.runs import read_jsonl

    original = list(read_jsonl(run.generations("misaligned", "security")))
    write_jsonl(run.generations("misaligned", "security"), rows)
    try:
        path = trigger_projection(cfg, run, "base_to_misaligned", 1)
    finally:  # the other tests read misaligned's own answers (and its cached means)
        write_jsonl(run.generations("misaligned", "security"), original)
    import pandas as pd

    table = pd.read_csv(path).set_index("model")
    assert table.loc["misaligned", "n_prompts"] == 6 and table.loc["misaligned", "verdict"] in ("supported",
                                                                                               "not supported")
    assert table.loc["misaligned", "ci_lo"] <= table.loc["misaligned", "effect"] <= table.loc["misaligned", "ci_hi"]
    assert table.loc["base", "verdict"] == "not evaluable"  # base answered no triggered copies
    with pytest.raises(EmcodeError, match="layer 5 is not in direction"):
        trigger_projection(cfg, run, "base_to_misaligned", 5)


def test_zero_coordinates_in_the_direction_and_its_control(tiny_run: dict[str, Any]) -> None:
    cfg, run = tiny_run["cfg"], tiny_run["run"]

    class _Manifest:
        from contextlib import contextmanager

        @contextmanager
        def stage(self, name: str) -> Any:
            yield {}

    spec = InterventionSpec(name="ablate", model="misaligned", direction="base_to_misaligned", mode="ablate", layer=1,
                            zero_coordinates=[0, 3])
    real = prepare_intervention(cfg, run, _Manifest(), None, InterventionModel("ablate", spec, 1, random=False))
    rand = prepare_intervention(cfg, run, _Manifest(), None, InterventionModel("ablate_random", spec, 1, random=True))
    full = load_direction(run, "base_to_misaligned")[1]
    assert real.vector[0] == 0 and real.vector[3] == 0 and real.vector[1] == full[1]
    assert rand.vector[0] == 0 and rand.vector[3] == 0
    assert np.linalg.norm(rand.vector) == pytest.approx(np.linalg.norm(real.vector), rel=1e-5)
    bad = InterventionSpec(name="ablate", model="misaligned", direction="base_to_misaligned", mode="ablate", layer=1,
                           zero_coordinates=[10_000])
    with pytest.raises(EmcodeError, match="beyond the hidden size"):
        prepare_intervention(cfg, run, _Manifest(), None, InterventionModel("ablate", bad, 1, random=False))


def test_same_text_direction_both_models_read_one_models_answers(tiny_run: dict[str, Any]) -> None:
    cfg, run = tiny_run["cfg"], tiny_run["run"]
    extract_direction(cfg, run, "base", "misaligned", tokens=("answer",))  # each model reading its own answers
    folder = extract_direction(cfg, run, "base", "misaligned", text="misaligned", tokens=("answer",))
    meta = json.loads((folder / "meta.json").read_text())
    assert folder.name == "base_to_misaligned.misaligned_text" and meta["text"] == "misaligned"
    assert meta["means"] == {"from": "base@misaligned", "to": "misaligned@misaligned"}
    base_reads, info = load_means(run, "base@misaligned")
    own, _ = load_means(run, "misaligned")  # the misaligned model reading its own answers: the same means
    np.testing.assert_allclose(own["answer"][1], load_means(run, "misaligned@misaligned")[0]["answer"][1], rtol=1e-6)
    np.testing.assert_allclose(load_direction(run, folder.name)[1], own["answer"][1] - base_reads["answer"][1],
                               rtol=1e-5, atol=1e-6)
    assert info["reader"] == "base"
