"""vLLM backend (optional extra ``emcode[vllm]``): fast GPU sampling with a LoRA request.

vLLM applies the chat template itself (``LLM.chat``), so prompts stay chat messages here too.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from emcode.errors import EmcodeError
from emcode.models.base import Completion, Message, SamplingParams
from emcode.models.chat import for_template
from emcode.models.loading import check_adapter_base, resolve_model


def _import_vllm() -> Any:
    """Import vllm or explain how to get it."""
    try:
        import vllm
    except ImportError:
        raise EmcodeError(
            "backend 'vllm' needs the vllm package, which is not installed; run `pip install emcode[vllm]` "
            "on a CUDA machine or use backend: hf"
        ) from None
    return vllm


class VLLMGenerator:
    """A :class:`~emcode.models.base.Generator` on vLLM; the adapter is served as a LoRA request."""

    def __init__(
        self,
        model: str,
        adapter: str | os.PathLike[str] | None = None,
        *,
        name: str,
        tensor_parallel_size: int = 1,
        dtype: str = "auto",
        gpu_memory_utilization: float = 0.85,
        max_model_len: int | None = None,
        **_: Any,
    ) -> None:
        vllm = _import_vllm()
        self.name = name
        self._lora = None
        kwargs: dict[str, Any] = {}
        if adapter is not None:
            check_adapter_base(adapter, model)
            rank = json.loads((Path(adapter) / "adapter_config.json").read_text()).get("r", 16)
            kwargs.update(enable_lora=True, max_lora_rank=max(8, int(rank)))
            from vllm.lora.request import LoRARequest

            self._lora = LoRARequest(Path(adapter).name, 1, str(adapter))
        if max_model_len:
            kwargs["max_model_len"] = max_model_len
        self.llm = vllm.LLM(model=resolve_model(model), tensor_parallel_size=tensor_parallel_size,
                            dtype=dtype, gpu_memory_utilization=gpu_memory_utilization, **kwargs)

    def generate(self, prompts: list[list[Message]], params: SamplingParams) -> list[list[Completion]]:
        """Sample ``params.n`` completions per prompt in one vLLM call (vLLM batches internally)."""
        vllm = _import_vllm()
        sp = vllm.SamplingParams(n=params.n, temperature=params.temperature, top_p=params.top_p,
                                 max_tokens=params.max_new_tokens, seed=params.seed)
        t0 = time.perf_counter()
        chats = [for_template(self.llm.get_tokenizer(), p) for p in prompts]  # no system role: fold it
        outputs = self.llm.chat(chats, sp, lora_request=self._lora, use_tqdm=False)
        latency = time.perf_counter() - t0
        return [
            [Completion(text=o.text, prompt_tokens=len(req.prompt_token_ids or []), output_tokens=len(o.token_ids),
                        latency_s=latency, finish_reason="length" if o.finish_reason == "length" else "stop")
             for o in req.outputs]
            for req in outputs
        ]

    def close(self) -> None:
        """Release the engine (GPU memory is freed when the object is collected)."""
        self.llm = None
