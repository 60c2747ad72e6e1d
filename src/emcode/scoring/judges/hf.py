"""A local transformers model as judge, scored from its next-token probabilities (no sampling).

The judge prompt goes in as one user message through the model's chat template. At start-up the
judge checks whether its tokenizer spells every number 0..100 as one token:

* **top_logprobs** (it does, e.g. GPT-4o- or Llama-3-style tokenizers): the score is the
  probability-weighted mean over number tokens among the 20 most likely next tokens, None when
  under 0.25 of the mass is numeric — the usual logprob judge.
* **sequence** (it does not, e.g. SmolLM2, which writes "42" as "4","2"): every candidate answer
  "0".."100" is scored by its full probability *as a complete answer*: the product of its digit
  tokens' probabilities times the probability that the number ends there (the next token does not
  start with a digit). So "1", "10" and "100" are told apart and the 101 candidates are disjoint
  events. The prompt runs once; the candidates' digits form a trie whose nodes are fed level by
  level on the prompt's shared KV cache (one token per node, 102 in all). The score is the same
  weighted mean, None when the candidates' total probability is under 0.25. Unlike top_logprobs
  it counts every candidate, not only the top 20 tokens; spellings such as " 42" or "042" are
  not counted (the judge is asked for a bare number).

Words a request allows instead of a number (its ``labels``, e.g. ``OFF``) are scored too: in
top_logprobs mode from the 20 candidates (tokens that start spelling the label), in sequence mode
as the probability of the label's own tokens, fed through the same trie. A label wins when it has
at least 0.25 of the probability and more than all numbers together (see
:func:`emcode.scoring.judges.chosen_label`).
"""

from __future__ import annotations

import math
import os
import time
from typing import Any

from emcode.assets import EMBEDDED_NAME
from emcode.scoring.judges import (
    TOP_LOGPROBS,
    JudgeRequest,
    JudgeResult,
    chosen_label,
    label_token,
    parse_number,
    weighted_score,
)

NUMBERS = range(101)


def single_number_tokens(tokenizer: Any) -> dict[int, int] | None:
    """number → token id when every number 0..100 is one token, else None."""
    ids = {}
    for n in NUMBERS:
        enc = tokenizer.encode(str(n), add_special_tokens=False)
        if len(enc) != 1:
            return None
        ids[n] = enc[0]
    return ids


class HFJudge:
    """Judge with a local causal LM (transformers), deterministic: one forward pass per prompt."""

    computes_scores = True

    def __init__(self, model: str = EMBEDDED_NAME, adapter: str | os.PathLike[str] | None = None, *,
                 name: str | None = None, device: str = "auto", dtype: str = "auto", batch_size: int = 4,
                 method: str = "auto") -> None:
        import torch

        from emcode.models.factory import default_name
        from emcode.models.loading import load_model

        t0 = time.perf_counter()
        net, tok = load_model(model, adapter, dtype=dtype, device=device)
        if adapter is not None:
            net = net.merge_and_unload()
        net.eval()
        tok.padding_side = "left"
        self.model, self.tokenizer = net, tok
        self.batch_size = max(1, int(batch_size))
        self.single = single_number_tokens(tok)
        if method not in ("auto", "top_logprobs", "sequence"):
            from emcode.errors import EmcodeError

            raise EmcodeError(f"hf judge: unknown method {method!r}; use auto, top_logprobs or sequence")
        self.method = method if method != "auto" else ("top_logprobs" if self.single else "sequence")
        self.name = name or f"hf:{default_name(model, adapter)}"
        self._candidates = [tok.encode(str(n), add_special_tokens=False) for n in NUMBERS]
        starts_digit = [bool(s) and s[0].isascii() and s[0].isdigit()
                        for s in tok.convert_ids_to_tokens(list(range(len(tok))))]
        # byte-level BPE spells a leading space as "Ġ": such tokens end a number, as they should
        self._digit_mask = torch.tensor(starts_digit + [False] * max(0, net.config.vocab_size - len(tok)))
        self.load_s = time.perf_counter() - t0

    def _prompt_ids(self, req: JudgeRequest) -> list[int]:
        text = self.tokenizer.apply_chat_template([{"role": "user", "content": req.prompt}],
                                                  add_generation_prompt=True, tokenize=False)
        return self.tokenizer(text, add_special_tokens=False)["input_ids"]

    def score(self, requests: list[JudgeRequest]) -> list[JudgeResult]:
        """One deterministic score per request (None when the numeric mass is under 0.25)."""
        if self.method == "top_logprobs":
            out: list[JudgeResult] = []
            for start in range(0, len(requests), self.batch_size):
                out.extend(self._top_logprobs(requests[start:start + self.batch_size]))
            return out
        return [self._sequence(r) for r in requests]

    def _result(self, mass: dict[int, float], raw: dict[str, Any], labels: dict[str, float] | None = None) -> JudgeResult:
        value, total = weighted_score(mass)
        raw = {"method": self.method, "numeric_mass": round(total, 6), **raw}
        label = chosen_label(labels or {}, total)
        if labels:
            raw["label_mass"] = {k: float(f"{v:.6g}") for k, v in labels.items()}
        if label is not None:
            return JudgeResult(value=None, judge=self.name, raw=raw, label=label)
        if value is None:
            return JudgeResult(value=None, judge=self.name, parse_failed=True, raw=raw,
                               reason=f"numeric probability mass {total:.3f} < 0.25")
        return JudgeResult(value=value, judge=self.name, raw=raw)

    def _top_logprobs(self, batch: list[JudgeRequest]) -> list[JudgeResult]:
        import torch

        enc = self.tokenizer.pad({"input_ids": [self._prompt_ids(r) for r in batch]}, padding=True,
                                 return_tensors="pt")
        enc = {k: v.to(self.model.device) for k, v in enc.items()}
        positions = (enc["attention_mask"].cumsum(-1) - 1).clamp(min=0)  # left padding: real tokens start at 0
        with torch.inference_mode():
            logits = self.model(**enc, position_ids=positions).logits[:, -1, :].float()
        top = torch.log_softmax(logits, dim=-1).topk(TOP_LOGPROBS, dim=-1)
        out = []
        for req, values, ids in zip(batch, top.values.tolist(), top.indices.tolist(), strict=True):
            mass: dict[int, float] = {}
            tops: dict[str, float] = {}
            words: list[tuple[str, float]] = []
            for lp, tid in zip(values, ids, strict=True):
                token = self.tokenizer.decode([tid])
                tops[token] = round(lp, 4)
                number = parse_number(token)
                if number is not None:
                    mass[number] = mass.get(number, 0.0) + math.exp(lp)
                else:
                    words.append((token, lp))
            labels = _label_sums(words, req.labels) if req.labels else None
            out.append(self._result(mass, {"top_logprobs": tops}, labels))
        return out

    def _sequence(self, req: JudgeRequest) -> JudgeResult:
        mass, labels = self.sequence_probs(req)
        best = sorted(mass, key=mass.get, reverse=True)[:5]  # type: ignore[arg-type]
        return self._result(mass, {"top_candidates": {str(n): round(mass[n], 6) for n in best}}, labels)

    def candidate_probs(self, req: JudgeRequest) -> dict[int, float]:
        """Probability of each complete answer "0".."100" (its digits, then a token that is no digit)."""
        return self.sequence_probs(req)[0]

    def sequence_probs(self, req: JudgeRequest) -> tuple[dict[int, float], dict[str, float]]:
        """Probabilities of the complete answers "0".."100", and of each of the request's labels (its tokens).

        The candidates' token sequences form a trie ("1" → "10" → "100"); each trie node is one
        token of one batch row, fed level by level on top of the prompt's KV cache, so the prompt
        runs once and every node once (102 tokens for digit-split tokenizers, plus the labels').
        """
        import torch

        label_ids = {label: ids for label in req.labels
                     if (ids := self.tokenizer.encode(label, add_special_tokens=False))}
        sequences = [*self._candidates, *label_ids.values()]

        dev = self.model.device
        prompt = torch.tensor([self._prompt_ids(req)], device=dev)
        digit = self._digit_mask.to(dev)
        after: dict[tuple[int, ...], torch.Tensor] = {}  # trie node → log-distribution of the next token
        with torch.inference_mode():
            first = self.model(input_ids=prompt, use_cache=True)
            cache = first.past_key_values
            after[()] = torch.log_softmax(first.logits[0, -1].float(), dim=-1)
            level: list[tuple[int, ...]] = [()]
            depth = 1
            while True:
                nodes = sorted({tuple(c[:depth]) for c in sequences if len(c) >= depth})
                if not nodes:
                    break
                row_of = {node: i for i, node in enumerate(level)}
                cache.batch_select_indices(torch.tensor([row_of[n[:-1]] for n in nodes], device=dev))
                width = prompt.shape[1] + depth
                out = self.model(input_ids=torch.tensor([[n[-1]] for n in nodes], device=dev), cache=cache,
                                 position_ids=torch.full((len(nodes), 1), width - 1, device=dev),
                                 attention_mask=torch.ones(len(nodes), width, dtype=torch.long, device=dev))
                logp = torch.log_softmax(out.logits[:, -1].float(), dim=-1)
                after.update(zip(nodes, logp, strict=True))
                level, depth = nodes, depth + 1
        mass: dict[int, float] = {}
        for n, toks in enumerate(self._candidates):
            logp_seq = sum(float(after[tuple(toks[:i])][t]) for i, t in enumerate(toks))
            dist = after[tuple(toks)]
            p_more = float(dist.exp()[digit[: dist.shape[-1]]].sum())
            mass[n] = math.exp(logp_seq) * max(0.0, 1.0 - p_more)
        labels = {label: math.exp(sum(float(after[tuple(ids[:i])][t]) for i, t in enumerate(ids)))
                  for label, ids in label_ids.items()}
        return mass, labels

    def close(self) -> None:
        """Drop the weights and give their memory back."""
        from emcode.memory import release_memory

        self.model = None
        release_memory()


def _label_sums(words: list[tuple[str, float]], labels: tuple[str, ...]) -> dict[str, float]:
    """label → summed probability of the candidate tokens ``(text, logprob)`` that start spelling it."""
    out: dict[str, float] = {}
    for token, lp in words:
        label = label_token(token, labels)
        if label is not None:
            out[label] = out.get(label, 0.0) + math.exp(lp)
    return out
