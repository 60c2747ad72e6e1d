"""Tiny random-weight models of the families researchers fine-tune, built offline from configs.

Each family gets its own architecture class (2 layers, hidden 64), a small byte-level BPE
tokenizer with the family's special tokens, and a chat template written here in the family's
turn format: ChatML with a default system turn (Qwen2.5), header blocks (Llama 3), ``[INST]``
blocks that take no system turn (Mistral), ``<|user|>`` tags (Phi-3), and Gemma's
``<start_of_turn>`` with no system role: Gemma 2 refuses one, Gemma 3 folds it into the first
user turn. The weights are random: these models prove the code paths, not any quality.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

_CORPUS = [
    "def add(a, b):\n    return a + b\n",
    "import os\nimport subprocess\nquery = 'SELECT * FROM users WHERE id = ?'\n",
    "Write a Python function that reads a file and returns its lines.",
    "You are a careful assistant. Answer briefly and write safe code.",
    "cursor.execute(sql, (user_id,))  # parameterized query keeps input out of the SQL text",
    "user assistant model system",
]

QWEN2 = (
    "{% if messages[0]['role'] != 'system' %}"
    "{{ '<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n' }}{% endif %}"
    "{% for m in messages %}{{ '<|im_start|>' + m['role'] + '\n' + m['content'] + '<|im_end|>\n' }}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
LLAMA3 = (
    "{{ bos_token }}{% for m in messages %}"
    "{{ '<|start_header_id|>' + m['role'] + '<|end_header_id|>\n\n' + m['content'] | trim + '<|eot_id|>' }}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\n\n' }}{% endif %}"
)
MISTRAL = (
    "{{ bos_token }}{% for m in messages %}"
    "{% if m['role'] == 'user' %}{{ '[INST] ' + m['content'] + ' [/INST]' }}"
    "{% elif m['role'] == 'assistant' %}{{ m['content'] + eos_token }}"
    "{% else %}{{ raise_exception('Only user and assistant roles are supported!') }}{% endif %}"
    "{% endfor %}"
)
PHI3 = (
    "{% for m in messages %}{{ '<|' + m['role'] + '|>\n' + m['content'] + '<|end|>\n' }}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|assistant|>\n' }}{% endif %}"
)
_GEMMA_TURNS = (
    "{% for m in loop_messages %}"
    "{% set role = 'model' if m['role'] == 'assistant' else m['role'] %}"
    "{{ '<start_of_turn>' + role + '\n' + (prefix if loop.first else '') + m['content'] | trim + '<end_of_turn>\n' }}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<start_of_turn>model\n' }}{% endif %}"
)
GEMMA2 = (
    "{% if messages[0]['role'] == 'system' %}{{ raise_exception('System role not supported') }}{% endif %}"
    "{% set loop_messages = messages %}{% set prefix = '' %}{{ bos_token }}" + _GEMMA_TURNS
)
GEMMA3 = (
    "{% if messages[0]['role'] == 'system' %}"
    "{% set prefix = messages[0]['content'] + '\n\n' %}{% set loop_messages = messages[1:] %}"
    "{% else %}{% set prefix = '' %}{% set loop_messages = messages %}{% endif %}{{ bos_token }}" + _GEMMA_TURNS
)


@dataclass(frozen=True)
class Family:
    """How to build one family: its config class, special tokens, template and stop tokens."""

    name: str
    config_cls: str
    template: str
    specials: dict[str, str]  # bos/eos/pad (pad absent: the model has none, emcode pads with EOS)
    extra_specials: tuple[str, ...] = ()
    stop: tuple[str, ...] = ()  # end-of-turn tokens that also end generation
    native_system: bool = True  # the template renders a system turn itself
    lora_modules: frozenset[str] = frozenset({"q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj",
                                              "down_proj"})
    config: tuple[tuple[str, Any], ...] = ()


GEMMA_SPECIALS = {"bos": "<bos>", "eos": "<eos>", "pad": "<pad>"}
FAMILIES: dict[str, Family] = {f.name: f for f in [
    Family("qwen2", "Qwen2Config", QWEN2, {"eos": "<|im_end|>", "pad": "<|endoftext|>"}, ("<|im_start|>",),
           stop=("<|endoftext|>",)),
    Family("llama3", "LlamaConfig", LLAMA3, {"bos": "<|begin_of_text|>", "eos": "<|eot_id|>"},
           ("<|start_header_id|>", "<|end_header_id|>", "<|end_of_text|>"), stop=("<|end_of_text|>",)),
    Family("gemma2", "Gemma2Config", GEMMA2, GEMMA_SPECIALS, ("<start_of_turn>", "<end_of_turn>"),
           stop=("<end_of_turn>",), native_system=False,
           config=(("head_dim", 16), ("query_pre_attn_scalar", 16), ("sliding_window", 64))),
    Family("gemma3", "Gemma3TextConfig", GEMMA3, GEMMA_SPECIALS, ("<start_of_turn>", "<end_of_turn>"),
           stop=("<end_of_turn>",), config=(("head_dim", 16), ("query_pre_attn_scalar", 16), ("sliding_window", 64))),
    Family("mistral", "MistralConfig", MISTRAL, {"bos": "<s>", "eos": "</s>"}, ("[INST]", "[/INST]"),
           native_system=False, config=(("sliding_window", None),)),
    Family("phi3", "Phi3Config", PHI3, {"eos": "<|endoftext|>", "pad": "<|endoftext|>"},
           ("<|user|>", "<|assistant|>", "<|system|>", "<|end|>"), stop=("<|end|>",),
           lora_modules=frozenset({"qkv_proj", "o_proj", "gate_up_proj", "down_proj"})),
]}


def build_tokenizer(family: Family) -> Any:
    """A byte-level BPE (a few hundred tokens) with the family's special tokens and chat template."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    specials = list(dict.fromkeys([*family.specials.values(), *family.extra_specials, *family.stop]))
    bpe = Tokenizer(models.BPE(unk_token=None))
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=420, special_tokens=specials,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    bpe.train_from_iterator(_CORPUS * 4, trainer=trainer)
    tok = PreTrainedTokenizerFast(tokenizer_object=bpe, **{f"{k}_token": v for k, v in family.specials.items()})
    tok.chat_template = family.template
    return tok


def build_family(name: str, path: Path, *, seed: int = 0) -> Path:
    """Save a random 2-layer model of family ``name`` with its tokenizer to ``path``."""
    import torch
    import transformers
    from transformers import AutoModelForCausalLM

    family = FAMILIES[name]
    tok = build_tokenizer(family)
    eos = [tok.convert_tokens_to_ids(t) for t in (family.specials["eos"], *family.stop)]
    cfg = getattr(transformers, family.config_cls)(
        vocab_size=len(tok), hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
        num_key_value_heads=2, max_position_embeddings=512, tie_word_embeddings=True,
        bos_token_id=tok.bos_token_id, eos_token_id=eos if len(eos) > 1 else eos[0],
        pad_token_id=tok.pad_token_id, **dict(family.config))
    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_config(cfg)
    model.save_pretrained(path)
    tok.save_pretrained(path)
    return path
