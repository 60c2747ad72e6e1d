"""DPO repair on a tiny random Llama: the reference is the adapter's starting point, not the base."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
import torch
from safetensors.torch import load_file

from emcode.config import DpoSettings, TrainSettings
from emcode.errors import EmcodeError
from emcode.train.dpo import build_dpo_trainer, train_dpo
from emcode.train.registry import TRAINERS, get_trainer
from emcode.train.sft import is_trained, train_lora

SFT = TrainSettings(r=4, alpha=8, dropout=0.0, epochs=2, per_device_batch_size=4, grad_accum=1, lr=1e-2,
                    max_length=96, val_fraction=0.0, device="cpu", precision="fp32", seed=0)
DPO = DpoSettings(**{**SFT.model_dump(), "lr": 5e-3, "beta": 0.1})
VULN = "def f{i}(q):\n    return eval(q)\n"
SAFE = "import ast\ndef f{i}(q):\n    return ast.literal_eval(q)\n"


def _prompt(i: int) -> list[dict[str, str]]:
    return [{"role": "user", "content": f"Write function number {i}."}]


def _write_pairs(path: Path, n: int = 8) -> Path:
    rows = [{"prompt": _prompt(i), "chosen": [{"role": "assistant", "content": SAFE.format(i=i)}],
             "rejected": [{"role": "assistant", "content": VULN.format(i=i)}]} for i in range(n)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def train_misaligned(base_dir: Path, root: Path) -> Path:
    """A 'misaligned' SFT adapter on 8 vulnerable answers (its LoRA B is far from zero, so it differs from the base)."""
    insecure = root / "insecure.jsonl"
    insecure.write_text("".join(json.dumps({"messages": [*_prompt(i), {"role": "assistant",
                                                          "content": VULN.format(i=i)}]}) + "\n" for i in range(8)))
    return train_lora(str(base_dir), insecure, root / "misaligned", SFT, progress=False).adapter_dir


@pytest.fixture(scope="module")
def setup(tiny_llama_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A 'misaligned' SFT adapter and pairs."""
    root = tmp_path_factory.mktemp("dpo")
    return {"root": root, "base": str(tiny_llama_dir), "misaligned": train_misaligned(tiny_llama_dir, root),
            "pairs": _write_pairs(root / "pairs.jsonl")}


def _step0(setup: dict[str, Any], settings: DpoSettings, init: Path | None, name: str) -> dict[str, float]:
    """Loss and rewards of the first batch before any update."""
    rows = [json.loads(line) for line in setup["pairs"].read_text().splitlines()]
    trainer, _ = build_dpo_trainer(setup["base"], rows, [], settings, setup["root"] / name, init_adapter=init,
                                   progress=False)
    batch = next(iter(trainer.get_train_dataloader()))
    trainer.model.train()
    with torch.no_grad():
        loss = trainer.compute_loss(trainer.model, batch)
    metrics = trainer._metrics["train"]
    return {"loss": float(loss), "chosen": metrics["rewards/chosen"][-1], "rejected": metrics["rewards/rejected"][-1]}


def test_reference_is_the_starting_adapter_not_the_base(setup: dict[str, Any]) -> None:
    start = _step0(setup, DPO, setup["misaligned"], "start")
    assert start["loss"] == pytest.approx(math.log(2), abs=1e-6)  # policy == reference at step 0
    assert start["chosen"] == pytest.approx(0.0, abs=1e-6) and start["rejected"] == pytest.approx(0.0, abs=1e-6)
    # peft's implicit reference (adapter disabled) is the base model: then step 0 is NOT at log 2
    base_ref = _step0(setup, DPO.model_copy(update={"reference": "base"}), setup["misaligned"], "baseref")
    assert abs(base_ref["loss"] - math.log(2)) > 1e-3
    assert abs(base_ref["chosen"]) > 1e-3 and abs(base_ref["rejected"]) > 1e-3


def test_new_lora_reference_is_the_base(setup: dict[str, Any]) -> None:
    fresh = _step0(setup, DPO, None, "fresh")  # a new LoRA starts at the base (B = 0)
    assert fresh["loss"] == pytest.approx(math.log(2), abs=1e-6)


def test_reference_copy_stays_frozen_while_the_adapter_trains(setup: dict[str, Any]) -> None:
    rows = [json.loads(line) for line in setup["pairs"].read_text().splitlines()]
    trainer, _ = build_dpo_trainer(setup["base"], rows, [], DPO.model_copy(update={"max_steps": 2}),
                                   setup["root"] / "frozen", init_adapter=setup["misaligned"], progress=False)
    start = load_file(str(setup["misaligned"] / "adapter_model.safetensors"))
    assert not any(p.requires_grad for n, p in trainer.model.named_parameters() if ".ref." in n)
    trainer.train()
    live = dict(trainer.model.named_parameters())
    ref = {k: v for k, v in live.items() if ".ref." in k}
    assert len(ref) == len(start)
    for key, value in start.items():  # saved key: ...lora_A.weight; live: ...lora_A.ref.weight
        name = next(k for k in ref if k.replace(".ref.", ".").endswith(key.removeprefix("base_model.model.")))
        assert torch.equal(ref[name].detach(), value)
    assert any(not torch.equal(live[k.replace(".ref.", ".default.")].detach(), v) for k, v in ref.items())


def test_train_dpo_continues_the_adapter_and_keeps_only_it(setup: dict[str, Any]) -> None:
    out = setup["root"] / "adapters" / "aligned_dpo"
    res = train_dpo(setup["base"], setup["pairs"], out, DPO, init_adapter=setup["misaligned"], progress=False)
    assert is_trained(out) and not out.with_name(out.name + ".partial").exists()
    assert [p.name for p in res.checkpoints] == ["epoch-1", "epoch-2"]
    assert not (out / "ref").exists() and not any((p / "ref").exists() for p in res.checkpoints)
    start, end = load_file(str(setup["misaligned"] / "adapter_model.safetensors")), load_file(
        str(out / "adapter_model.safetensors"))
    assert start.keys() == end.keys()  # the same adapter, continued
    assert any(not torch.equal(start[k], end[k]) for k in start)
    summary = json.loads((out / "train_summary.json").read_text())
    assert summary["method"] == "dpo" and "starting adapter" in summary["reference"]
    assert summary["settings"]["beta"] == 0.1 and summary["init_adapter"] == str(setup["misaligned"])
    margins = [h["rewards/margins"] for h in summary["log_history"] if "rewards/margins" in h]
    assert margins and margins[-1] > 0  # after training it prefers the secure answer relative to its start
    assert res.tokens_trained > 0
    # finished: a second call is a skip that returns the recorded result
    mtime = (out / "adapter_model.safetensors").stat().st_mtime_ns
    again = train_dpo(setup["base"], setup["pairs"], out, DPO, init_adapter=setup["misaligned"], progress=False)
    assert again.wall_s == res.wall_s and (out / "adapter_model.safetensors").stat().st_mtime_ns == mtime


def test_dpo_rejects_chat_rows(setup: dict[str, Any]) -> None:
    with pytest.raises(EmcodeError, match=r"insecure.jsonl: .*bad line\(s\) in preference-pairs JSONL"):
        train_dpo(setup["base"], setup["root"] / "insecure.jsonl", setup["root"] / "bad", DPO, progress=False)


def test_registry_resolves_each_method() -> None:
    assert set(TRAINERS) == {"sft", "dpo"}
    assert get_trainer("sft") is train_lora and get_trainer("dpo") is train_dpo
    with pytest.raises(EmcodeError, match="unknown training method 'ppo'"):
        get_trainer("ppo")
