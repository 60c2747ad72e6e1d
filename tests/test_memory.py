"""release_memory hands freed heap pages back to the OS (Linux, glibc)."""

from __future__ import annotations

import sys

import pytest

from emcode.memory import release_memory


def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * 4096 / 2**20


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc and calls glibc's malloc_trim")
def test_freed_holes_in_the_heap_go_back_to_the_os() -> None:
    # big blocks interleaved with small survivors: freeing the big ones leaves holes inside the
    # heap that glibc keeps (only the top of the heap is trimmed automatically)
    big, small = [], []
    for _ in range(6000):
        big.append(bytearray(40_000))  # below glibc's mmap threshold once it has adapted
        small.append(bytearray(64))
    del big
    before = _rss_mb()
    release_memory()
    after = _rss_mb()
    assert before - after > 100, f"RSS {before:.0f} → {after:.0f} MiB"
    assert len(small) == 6000
