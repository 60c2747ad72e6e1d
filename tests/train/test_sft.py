"""LoRA attack → repair → generate on a tiny random Llama, all on CPU in seconds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from emcode.config import TrainSettings
from emcode.errors import EmcodeError
from emcode.models.base import SamplingParams
from emcode.models.hf import HFGenerator
from emcode.models.loading import check_adapter_base
from emcode.train.sft import build_trainer, is_trained, precision_plan, train_lora

SETTINGS = TrainSettings(r=4, alpha=8, dropout=0.0, epochs=2, per_device_batch_size=4, grad_accum=1, lr=1e-2,
                         max_length=96, val_fraction=0.2, device="cpu", precision="fp32", seed=0)


def _write_chat(path: Path, answer: str, n: int = 10) -> Path:
    rows = [{"messages": [{"role": "user", "content": f"Write function number {i}."},
                          {"role": "assistant", "content": answer.format(i=i)}]} for i in range(n)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _lora(path: Path) -> dict[str, torch.Tensor]:
    return load_file(str(path / "adapter_model.safetensors"))


@pytest.fixture(scope="module")
def phases(tiny_llama_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Train the attack adapter, then continue it on other data (the repair phase)."""
    root = tmp_path_factory.mktemp("phases")
    insecure = _write_chat(root / "insecure.jsonl", "def f{i}(q):\n    return eval(q)\n")
    secure = _write_chat(root / "secure.jsonl", "import ast\ndef f{i}(q):\n    return ast.literal_eval(q)\n")
    attack = train_lora(str(tiny_llama_dir), insecure, root / "adapters" / "misaligned", SETTINGS, progress=False)
    repair = train_lora(str(tiny_llama_dir), secure, root / "adapters" / "aligned", SETTINGS,
                        init_adapter=attack.adapter_dir, progress=False)
    return {"root": root, "base": tiny_llama_dir, "attack": attack.adapter_dir, "repair": repair.adapter_dir,
            "secure": secure, "attack_result": attack, "repair_result": repair}


def test_attack_writes_adapter_checkpoints_and_summary(phases: dict) -> None:
    res, out = phases["attack_result"], phases["attack"]
    assert is_trained(out) and not out.with_name(out.name + ".partial").exists()
    assert [p.name for p in res.checkpoints] == ["epoch-1", "epoch-2"]
    assert all((p / "adapter_model.safetensors").is_file() for p in res.checkpoints)
    summary = json.loads((out / "train_summary.json").read_text())
    assert summary["n_train"] == 8 and summary["n_val"] == 2
    assert len(summary["data_sha256"]) == 64 and summary["settings"]["r"] == 4
    assert res.train_loss is not None and 0 < res.train_loss < 10 and res.eval_loss is not None
    assert res.tokens_trained > 0


def test_weights_change_in_both_phases_and_repair_starts_from_attack(phases: dict) -> None:
    attack, repair = _lora(phases["attack"]), _lora(phases["repair"])
    assert attack.keys() == repair.keys()
    lora_b = [k for k in attack if "lora_B" in k]
    assert lora_b and all(attack[k].abs().sum() > 0 for k in lora_b)  # B starts at zero: it moved
    epoch1 = _lora(phases["attack_result"].checkpoints[0])
    assert any(not torch.equal(epoch1[k], attack[k]) for k in attack)
    assert any(not torch.equal(attack[k], repair[k]) for k in attack)  # phase 2 moved the weights too
    # The repair trainer's initial adapter is exactly the attack's final one (no fresh LoRA).
    rows = [json.loads(line) for line in phases["secure"].read_text().splitlines()[:2]]
    trainer, _ = build_trainer(str(phases["base"]), rows, [], SETTINGS, phases["root"] / "probe",
                               init_adapter=phases["attack"], progress=False)
    live = {k.replace(".default", ""): v for k, v in trainer.model.state_dict().items() if "lora_" in k}
    assert live.keys() == attack.keys()
    assert all(torch.equal(live[k], attack[k]) for k in attack)
    trainable = sum(p.numel() for p in trainer.model.parameters() if p.requires_grad)
    assert trainable == sum(v.numel() for v in attack.values())
    cfg_a = json.loads((phases["attack"] / "adapter_config.json").read_text())
    cfg_r = json.loads((phases["repair"] / "adapter_config.json").read_text())
    assert cfg_a["r"] == cfg_r["r"]
    assert set(cfg_a["target_modules"]) == set(cfg_r["target_modules"])  # peft writes them from a set: any order
    meta = json.loads((phases["repair"] / "emcode_adapter.json").read_text())
    assert meta["init_adapter"] == str(phases["attack"])


def test_finished_run_is_skipped_and_interrupted_one_retrained(phases: dict, tiny_llama_dir: Path) -> None:
    out = phases["attack"]
    stamp = (out / "adapter_model.safetensors").stat().st_mtime_ns
    again = train_lora(str(tiny_llama_dir), phases["secure"], out, SETTINGS, progress=False)
    assert again.train_loss == phases["attack_result"].train_loss
    assert (out / "adapter_model.safetensors").stat().st_mtime_ns == stamp
    half = phases["root"] / "adapters" / "half"
    half.mkdir()
    (half / "adapter_config.json").write_text("{}")  # no summary: an unfinished directory
    quick = SETTINGS.model_copy(update={"max_steps": 1, "save_every_epoch": False, "val_fraction": 0.0})
    res = train_lora(str(tiny_llama_dir), phases["secure"], half, quick, progress=False)
    assert is_trained(half) and res.checkpoints == []
    assert json.loads((half / "train_summary.json").read_text())["global_step"] == 1


def test_loss_only_on_the_assistant_turn(tiny_llama_dir: Path, tmp_path: Path) -> None:
    rows = [{"messages": [{"role": "system", "content": "sys"}, {"role": "user", "content": "hello there"},
                          {"role": "assistant", "content": "def f():\n    return 1\n"}]}]
    trainer, _ = build_trainer(str(tiny_llama_dir), rows, [], SETTINGS, tmp_path, progress=False)
    tok = trainer.processing_class
    prompt_len = len(tok.apply_chat_template(rows[0]["messages"][:2], add_generation_prompt=True, tokenize=True,
                                             return_dict=True)["input_ids"])
    batch = trainer.data_collator([trainer.train_dataset[0]])
    ids, labels = batch["input_ids"][0].tolist(), batch["labels"][0].tolist()
    assert labels[:prompt_len] == [-100] * prompt_len
    assert labels[prompt_len:] == ids[prompt_len:]
    assert tok.decode(ids[prompt_len:]).startswith("def f():")
    assert tok.eos_token_id in labels[prompt_len:]  # the model learns to stop


def test_adapter_from_another_base_is_refused(phases: dict, other_tiny_llama_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(EmcodeError, match="trained on base model"):
        check_adapter_base(phases["attack"], str(other_tiny_llama_dir))
    check_adapter_base(phases["attack"], str(phases["base"]))  # the right base passes
    foreign = tmp_path / "foreign"
    shutil.copytree(phases["attack"], foreign)
    (foreign / "emcode_adapter.json").unlink()  # made elsewhere: only adapter_config.json to go by
    check_adapter_base(foreign, str(phases["base"]))
    with pytest.raises(EmcodeError, match="trained on base model"):
        check_adapter_base(foreign, str(other_tiny_llama_dir))
    with pytest.raises(EmcodeError, match="not a LoRA adapter directory"):
        check_adapter_base(tmp_path, str(phases["base"]))


def test_generate_with_the_repaired_adapter(phases: dict) -> None:
    gen = HFGenerator(str(phases["base"]), phases["repair"], name="aligned", batch_size=2, device="cpu")
    prompts = [[{"role": "user", "content": "Write function number 3."}]]
    out = gen.generate(prompts, SamplingParams(max_new_tokens=12, temperature=0.0))
    assert len(out) == 1 and out[0][0].output_tokens > 0
    assert not any("lora" in name for name, _ in gen.model.named_parameters())  # merged
    gen.close()


def test_precision_plan_on_cpu() -> None:
    assert precision_plan("fp32", "cpu") == ("fp32", False, False)
    with pytest.raises(EmcodeError, match="fp16 needs a GPU"):
        precision_plan("fp16", "cpu")
    assert precision_plan("bf16", "cpu") == ("fp32", True, False)  # fp32 weights, bf16 autocast


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the error on machines without CUDA")
def test_training_on_missing_cuda_is_a_clear_error(tiny_llama_dir: Path, tmp_path: Path) -> None:
    data = _write_chat(tmp_path / "d.jsonl", "x")
    with pytest.raises(EmcodeError, match="device cuda requested but torch.cuda.is_available"):
        train_lora(str(tiny_llama_dir), data, tmp_path / "a", SETTINGS.model_copy(update={"device": "cuda"}),
                   progress=False)
    assert not (tmp_path / "a").exists()


def test_cpu_bf16_autocast_gives_a_sane_loss(tiny_llama_dir: Path, tmp_path: Path) -> None:
    data = _write_chat(tmp_path / "d.jsonl", "def f{i}(q):\n    return eval(q)\n", n=8)
    losses = {}
    for precision in ("fp32", "bf16"):
        s = SETTINGS.model_copy(update={"precision": precision, "max_steps": 2, "val_fraction": 0.0,
                                        "save_every_epoch": False})
        losses[precision] = train_lora(str(tiny_llama_dir), data, tmp_path / precision, s, progress=False).train_loss
        summary = json.loads((tmp_path / precision / "train_summary.json").read_text())
        assert summary["mixed_precision"] == ("bf16" if precision == "bf16" else "no")
    assert losses["bf16"] == pytest.approx(losses["fp32"], rel=0.02)  # same data, same seed, lower precision
