"""A tiny model whose next-token distribution is the same at every position, and that distribution."""

from __future__ import annotations

import math
from pathlib import Path

# extra logit of each digit token over the other tokens (which all have logit 1)
DIGIT_BOOST = {str(d): 3.0 for d in range(10)} | {"7": 6.0, "3": 5.0, "9": 4.0}


def make_constant_model(src: Path, dst: Path) -> Path:
    """Copy ``src`` and rewire it so every position predicts softmax(a) with a = 1 (+ DIGIT_BOOST).

    Layers write nothing (o_proj, down_proj zero), the residual is the token embedding (a_t, 0, ...),
    the final norm maps it to (1, 0, ...), and the tied head gives logit a_t' to token t'.
    """
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(src)
    tok = AutoTokenizer.from_pretrained(src)
    with torch.no_grad():
        emb = model.get_input_embeddings().weight
        emb.zero_()
        emb[:, 0] = 1.0
        for token, boost in DIGIT_BOOST.items():
            emb[tok.convert_tokens_to_ids(token), 0] += boost
        for layer in model.model.layers:
            layer.self_attn.o_proj.weight.zero_()
            layer.mlp.down_proj.weight.zero_()
        model.model.norm.weight.zero_()
        model.model.norm.weight[0] = 1.0 / math.sqrt(model.config.hidden_size)
    model.save_pretrained(dst)
    tok.save_pretrained(dst)
    return dst


def constant_distribution(model_dir: Path) -> dict[str, float]:
    """The analytic next-token distribution of the constant model: token string → probability."""
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model_dir)
    logits = {t: 1.0 + DIGIT_BOOST.get(t, 0.0) for t in tok.get_vocab()}
    z = sum(math.exp(v) for v in logits.values())
    return {t: math.exp(v) / z for t, v in logits.items()}
