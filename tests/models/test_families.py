"""Every model family researchers use trains, merges, generates and serves through emcode.

Tiny random models (``tiny_families``) of Qwen2, Llama 3, Gemma 2, Gemma 3, Mistral and Phi-3,
each with its own chat template, go through LoRA all-linear training with the loss on the
assistant answer only, the merged-adapter generator, and the OpenAI-compatible server on loopback.
Families whose template has no system role get the system text folded into the first user turn.
"""

from __future__ import annotations

import json
import math
import threading
import urllib.request
from pathlib import Path
from typing import Any

import pytest
import torch
from jinja2 import TemplateError
from safetensors.torch import load_file

from emcode.config import TrainSettings
from emcode.models.base import SamplingParams
from emcode.models.chat import fold_system, render_chat
from emcode.models.hf import HFGenerator
from emcode.models.loading import load_model, load_tokenizer
from emcode.train.sft import build_trainer, train_lora
from tests.models.tiny_families import FAMILIES, build_family

SETTINGS = TrainSettings(r=4, alpha=8, dropout=0.05, max_steps=2, per_device_batch_size=2, grad_accum=1, lr=1e-2,
                         max_length=128, val_fraction=0.0, device="cpu", seed=0)  # precision auto, speed-ups on
SYSTEM = "You are a careful assistant."
ANSWER = "def add(a, b):\n    return a + b"


def _row(i: int, system: bool) -> dict[str, Any]:
    msgs = [{"role": "system", "content": SYSTEM}] if system else []
    return {"messages": [*msgs, {"role": "user", "content": f"Write function number {i}."},
                         {"role": "assistant", "content": ANSWER.replace("add", f"add{i}")}]}


@pytest.fixture(scope="module", params=list(FAMILIES))
def family(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A tiny model of one family and a LoRA adapter trained on it (half the rows with a system turn)."""
    name = request.param
    root = tmp_path_factory.mktemp(f"family-{name}")
    model_dir = build_family(name, root / "model")
    data = root / "train.jsonl"
    data.write_text("".join(json.dumps(_row(i, system=i % 2 == 0)) + "\n" for i in range(8)), encoding="utf-8")
    result = train_lora(str(model_dir), data, root / "adapter", SETTINGS, progress=False)
    return {"name": name, "spec": FAMILIES[name], "model": model_dir, "adapter": result.adapter_dir,
            "result": result}


def test_system_turn_rendered_or_folded(family: dict[str, Any]) -> None:
    tok = load_tokenizer(str(family["model"]))
    chat = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "Hi there."}]
    text = render_chat(tok, chat)
    if family["spec"].native_system:
        assert text == tok.apply_chat_template(chat, add_generation_prompt=True, tokenize=False)
    else:
        with pytest.raises(TemplateError):
            tok.apply_chat_template(chat, add_generation_prompt=True, tokenize=False)
        assert text == tok.apply_chat_template(fold_system(chat), add_generation_prompt=True, tokenize=False)
    assert SYSTEM in text and text.index(SYSTEM) < text.index("Hi there.")


def test_gemma2_fold_matches_gemma3_own_merge(tmp_path: Path) -> None:
    chat = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "Hi there."},
            {"role": "assistant", "content": "Hello."}, {"role": "user", "content": "Bye."}]
    g2 = load_tokenizer(str(build_family("gemma2", tmp_path / "g2")))
    g3 = load_tokenizer(str(build_family("gemma3", tmp_path / "g3")))
    assert render_chat(g2, chat) == render_chat(g3, chat)
    assert f"<start_of_turn>user\n{SYSTEM}\n\nHi there.<end_of_turn>" in render_chat(g2, chat)


def test_loss_on_the_assistant_answer_only(family: dict[str, Any], tmp_path: Path) -> None:
    row = _row(3, system=True)
    trainer, _ = build_trainer(str(family["model"]), [row], [], SETTINGS, tmp_path, progress=False)
    tok = trainer.processing_class
    batch = trainer.data_collator([trainer.train_dataset[0]])
    ids, labels = batch["input_ids"][0].tolist(), batch["labels"][0].tolist()
    k = next(i for i, lab in enumerate(labels) if lab != -100)
    assert labels[k:] == ids[k:], "every token after the prompt is trained"
    assert tok.decode(ids[:k]) == render_chat(tok, row["messages"][:-1]), "the masked part is exactly the prompt"
    answer = tok.decode(ids[k:])
    assert answer.startswith(row["messages"][-1]["content"])
    eos = trainer.model.generation_config.eos_token_id
    stops = set(eos if isinstance(eos, list) else [eos]) | {tok.eos_token_id}
    assert stops & set(labels[k:]), f"no end-of-turn token trained after the answer: {answer!r}"


def test_lora_trains_every_linear_layer(family: dict[str, Any]) -> None:
    summary = json.loads((family["adapter"] / "train_summary.json").read_text())
    assert summary["global_step"] == SETTINGS.max_steps
    assert summary["train_loss"] is not None and math.isfinite(summary["train_loss"]) and summary["train_loss"] > 0
    weights = load_file(str(family["adapter"] / "adapter_model.safetensors"))
    modules = {key.split(".lora_")[0].rsplit(".", 1)[-1] for key in weights}
    assert modules == set(family["spec"].lora_modules)
    layers = {int(part) for key in weights for part in key.split(".") if part.isdigit()}
    assert layers == {0, 1}
    assert any(float(w.abs().max()) > 0 for k, w in weights.items() if "lora_B" in k), "LoRA B never moved"


def test_merged_adapter_generates_like_the_unmerged_one(family: dict[str, Any]) -> None:
    gen = HFGenerator(str(family["model"]), family["adapter"], name="tuned", batch_size=2, device="cpu", dtype="fp32")
    try:
        assert not any("lora" in n for n, _ in gen.model.named_parameters())
        chat = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "Write function number 5."}]
        ids = torch.tensor([gen.tokenizer(gen.render(chat), add_special_tokens=False)["input_ids"]])
        peft_model, _ = load_model(str(family["model"]), family["adapter"], dtype="fp32", device="cpu")
        base, _ = load_model(str(family["model"]), dtype="fp32", device="cpu")
        with torch.inference_mode():
            merged, unmerged = gen.model(ids).logits, peft_model(ids).logits
            plain = base(ids).logits
        assert torch.allclose(merged, unmerged, atol=1e-4), float((merged - unmerged).abs().max())
        assert not torch.allclose(merged, plain, atol=1e-4), "the adapter changed nothing"
        outs = gen.generate([chat, [{"role": "user", "content": "Hi."}]],
                            SamplingParams(max_new_tokens=8, temperature=0.7, seed=1, n=2))
        assert [len(o) for o in outs] == [2, 2]
        assert all(0 < c.output_tokens <= 8 and isinstance(c.text, str) for o in outs for c in o)
        again = gen.generate([chat], SamplingParams(max_new_tokens=8, temperature=0.7, seed=1, n=2))
        assert [c.text for c in again[0]] == [c.text for c in outs[0]], "seeded sampling is not reproducible"
    finally:
        gen.close()


def _post(url: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(req, timeout=60) as resp:
        return resp.status, json.loads(resp.read())


def test_served_over_http(family: dict[str, Any]) -> None:
    from emcode.serve import make_server
    from emcode.serve_engine import Engine

    engine = Engine(str(family["model"]), family["adapter"], name=family["name"], device="cpu")
    server = make_server(engine, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        chat = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "What is 2 + 2?"}]
        status, body = _post(f"http://127.0.0.1:{server.server_address[1]}/v1/chat/completions", {
            "model": family["name"], "messages": chat, "max_tokens": 6, "temperature": 0, "logprobs": True,
            "top_logprobs": 2})
        assert status == 200 and body["model"] == family["name"]
        choice = body["choices"][0]
        assert isinstance(choice["message"]["content"], str) and choice["finish_reason"] in ("stop", "length")
        assert 1 <= len(choice["logprobs"]["content"]) <= 6
        assert body["usage"]["prompt_tokens"] == len(engine.chat_prompt(chat))
    finally:
        server.shutdown()
        server.server_close()
        engine.close()
