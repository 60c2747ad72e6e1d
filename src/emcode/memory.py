"""Give a finished stage's memory back to the system, so the next stage starts from a low peak."""

from __future__ import annotations

import ctypes
import gc
import sys


def release_memory() -> None:
    """Collect garbage, empty the CUDA cache and ask glibc to return freed heap pages to the OS.

    Without ``malloc_trim`` the ~1 GB of activations a CPU training step frees stays in glibc's
    arenas, and every later stage (generation loads more models) stacks on top of it.
    """
    gc.collect()
    torch = sys.modules.get("torch")
    if torch is not None and torch.cuda.is_available():
        torch.cuda.empty_cache()
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None).malloc_trim(0)  # the process's own symbols, libc's among them
        except (OSError, AttributeError):  # musl or another libc without malloc_trim
            pass
