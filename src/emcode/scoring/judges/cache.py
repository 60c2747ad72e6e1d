"""A disk cache of judge results keyed by (judge name, prompt version, sha256 of the input).

One append-only JSONL file per judge under ``$EMCODE_HOME/judge_cache`` (or a run directory).
Each result is appended with a single ``write`` on an ``O_APPEND`` descriptor and fsynced as soon
as it exists, so results already obtained survive a crash or an endpoint that stops answering; a
torn last line is ignored on reading. Transport failures are never cached (they are retried).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

from emcode.assets import emcode_home
from emcode.runs import dumps_json
from emcode.scoring.judges import Judge, JudgeRequest, JudgeResult


def default_cache_dir() -> Path:
    """``$EMCODE_HOME/judge_cache`` (``~/.cache/emcode/judge_cache`` by default)."""
    return emcode_home() / "judge_cache"


def cache_key(judge: str, req: JudgeRequest) -> str:
    """The key of one judged input."""
    return hashlib.sha256(f"{judge}\x00{req.prompt_version}\x00{req.input_hash()}".encode()).hexdigest()


class JudgeCache:
    """Append-only cache file of one judge."""

    def __init__(self, directory: str | os.PathLike[str], judge: str) -> None:
        self.judge = judge
        safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", judge).strip("_") or "judge"
        self.path = Path(directory) / f"{safe}-{hashlib.sha256(judge.encode()).hexdigest()[:8]}.jsonl"
        self._entries: dict[str, dict[str, Any]] | None = None

    def _load(self) -> dict[str, dict[str, Any]]:
        if self._entries is None:
            self._entries = {}
            if self.path.exists():
                with self.path.open("rb") as fh:
                    for raw in fh:
                        if not raw.endswith(b"\n"):
                            break  # torn last line from a killed writer
                        try:
                            row = json.loads(raw)
                        except json.JSONDecodeError:
                            continue
                        if isinstance(row, dict) and "key" in row and "result" in row:
                            self._entries[row["key"]] = row["result"]
        return self._entries

    def get(self, req: JudgeRequest) -> JudgeResult | None:
        """The cached result of ``req`` or None."""
        hit = self._load().get(cache_key(self.judge, req))
        if hit is None:
            return None
        return JudgeResult(value=hit.get("value"), judge=hit.get("judge", self.judge),
                           parse_failed=bool(hit.get("parse_failed")), reason=hit.get("reason"),
                           raw=hit.get("raw") or {}, cached=True, label=hit.get("label"))

    def put(self, req: JudgeRequest, result: JudgeResult) -> None:
        """Append one result (skipped for transport failures) and fsync it."""
        if result.error is not None:
            return
        key = cache_key(self.judge, req)
        line = dumps_json({"key": key, "prompt_version": req.prompt_version, "template_id": req.template_id,
                           "result": result.to_json()}) + "\n"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            size = os.fstat(fd).st_size
            if size and os.pread(fd, 1, size - 1) != b"\n":
                line = "\n" + line  # close a line torn by a killed writer; reading skips it
            os.write(fd, line.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        self._load()[key] = result.to_json()


class CachedJudge:
    """Wraps a judge: cached inputs are answered from disk, new results are stored as they arrive."""

    def __init__(self, inner: Judge, cache: JudgeCache, chunk: int = 8) -> None:
        self.inner = inner
        self.cache = cache
        self.chunk = max(1, chunk)
        self.name = inner.name
        self.computes_scores = inner.computes_scores

    def score(self, requests: list[JudgeRequest]) -> list[JudgeResult]:
        """Answer hits from the cache; score misses in small chunks, storing each chunk at once."""
        out: list[JudgeResult | None] = [self.cache.get(r) for r in requests]
        todo = [i for i, hit in enumerate(out) if hit is None]
        for start in range(0, len(todo), self.chunk):
            idx = todo[start:start + self.chunk]
            for i, res in zip(idx, self.inner.score([requests[i] for i in idx]), strict=True):
                self.cache.put(requests[i], res)
                out[i] = res
        return [r for r in out if r is not None]

    def close(self) -> None:
        """Close the wrapped judge."""
        self.inner.close()
