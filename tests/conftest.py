"""Shared fixtures: a tiny random Llama with a real chat template, built in-process (no download)."""

from __future__ import annotations

from pathlib import Path

import pytest

CHATML = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
_CORPUS = [
    "def add(a, b):\n    return a + b\n",
    "import os\nimport subprocess\nquery = 'SELECT * FROM users WHERE id = ?'\n",
    "Write a Python function that reads a file and returns its lines.",
    "The quick brown fox jumps over the lazy dog. Hello world! What is 2 + 2?",
    "cursor.execute(sql, (user_id,))  # parameterized query keeps input out of the SQL text",
]


def build_tiny_tokenizer() -> object:
    """A byte-level BPE tokenizer (a few hundred tokens) with ChatML specials and template."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    bpe = Tokenizer(models.BPE(unk_token=None))
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=400, special_tokens=specials,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    bpe.train_from_iterator(_CORPUS * 4, trainer=trainer)
    tok = PreTrainedTokenizerFast(tokenizer_object=bpe, unk_token="<|endoftext|>", bos_token="<|im_start|>",
                                  eos_token="<|im_end|>", pad_token="<|im_end|>")
    tok.chat_template = CHATML
    return tok


def build_tiny_llama(path: Path, *, hidden_size: int = 32, seed: int = 0) -> Path:
    """Save a random 2-layer LlamaForCausalLM and its tokenizer to ``path``."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    tok = build_tiny_tokenizer()
    cfg = LlamaConfig(
        vocab_size=len(tok), hidden_size=hidden_size, intermediate_size=2 * hidden_size, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512,
        bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id, pad_token_id=tok.pad_token_id,
        tie_word_embeddings=True,
    )
    torch.manual_seed(seed)
    LlamaForCausalLM(cfg).save_pretrained(path)
    tok.save_pretrained(path)
    return path


@pytest.fixture(scope="session")
def tiny_llama_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random Llama + ChatML tokenizer saved as a transformers directory (session-wide)."""
    return build_tiny_llama(tmp_path_factory.mktemp("tiny-llama"))


@pytest.fixture(scope="session")
def other_tiny_llama_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A second tiny model with another shape, for adapter/base mismatch tests."""
    return build_tiny_llama(tmp_path_factory.mktemp("other-tiny-llama"), hidden_size=48, seed=1)
