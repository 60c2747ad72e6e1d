"""``manifest.json``: what ran, with which software and inputs, and how long each stage took.

The file is rewritten atomically whenever a stage starts or finishes, so an interrupted run
still records what had finished. Re-running a run directory appends to ``attempts``.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any, Self

from emcode.runs import atomic_write_json, sha256_file

SCHEMA_VERSION = 1
PACKAGES = ("emcode", "torch", "transformers", "trl", "peft", "accelerate", "datasets", "pydantic", "typer",
            "bandit", "ruff", "radon", "semgrep", "pandas", "numpy", "matplotlib", "vllm")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def error_text(exc: BaseException) -> str:
    """What went wrong, in one line for the manifest (a user error's own message, else type: message)."""
    from emcode.errors import EmcodeError

    if isinstance(exc, KeyboardInterrupt):
        return "interrupted (Ctrl-C or SIGTERM)"
    text = str(exc) if isinstance(exc, EmcodeError) else f"{type(exc).__name__}: {exc}"
    return " ".join(text.split())[:2000]


def exit_status(exc: BaseException) -> str:
    """``interrupted`` for Ctrl-C/SIGTERM, ``failed`` for anything else."""
    return "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed"


def package_versions() -> dict[str, str | None]:
    """Installed versions of the packages that shape results (None when absent)."""
    out: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def git_state(path: Path | None = None) -> dict[str, Any] | None:
    """Commit sha and dirty flag of the git checkout holding emcode's source, if it is one."""
    path = path or Path(__file__).resolve().parent
    try:
        sha = subprocess.run(["git", "-C", str(path), "rev-parse", "HEAD"], capture_output=True, text=True,
                             timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(path), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return {"sha": sha, "dirty": bool(dirty)}


def _rss_bytes() -> int:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class _PeakRss:
    """Samples this process's resident memory every 0.25 s in a daemon thread; keeps the peak."""

    def __init__(self) -> None:
        self.peak = _rss_bytes()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        while not self._stop.wait(0.25):
            self.peak = max(self.peak, _rss_bytes())

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, _rss_bytes())


class Manifest:
    """The run's ``manifest.json``; every change is written through atomically."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if self.path.exists():
            self.data: dict[str, Any] = json.loads(self.path.read_text(encoding="utf-8"))
        else:
            self.data = {"schema_version": SCHEMA_VERSION, "stages": {}, "inputs": {}, "attempts": []}

    def start(self, *, seeds: list[int], config_path: Path, argv: list[str] | None = None) -> None:
        """Record an attempt: software versions, git state, seeds and the resolved config hash."""
        self.data.update({
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "packages": package_versions(),
            "git": git_state(),
            "seeds": seeds,
            "config_sha256": sha256_file(config_path),
        })
        self.data.setdefault("started", _now())
        self.data["finished"] = None
        self.data["status"] = "running"
        self.data.pop("error", None)
        attempts = self.data.setdefault("attempts", [])
        if attempts and self.data.get("stages"):
            attempts[-1]["stages"] = self.data["stages"]  # keep the earlier attempt's timings
        self.data["stages"] = {}
        attempts.append({"started": _now(), "argv": argv or sys.argv[1:]})
        self.save()

    def add_input(self, name: str, path: Path) -> None:
        """Record an input file's sha256 (data sets, adapters given by path)."""
        self.data.setdefault("inputs", {})[name] = {"path": str(path), "sha256": sha256_file(path)}
        self.save()

    def set(self, key: str, value: Any) -> None:
        """Store a top-level value (e.g. adapter checkpoints) and save."""
        self.data[key] = value
        self.save()

    @contextmanager
    def stage(self, name: str) -> Iterator[dict[str, Any]]:
        """Time a stage and its peak RSS; the yielded dict collects stage details."""
        entry: dict[str, Any] = {"started": _now(), "status": "running", "details": {}}
        self.data.setdefault("stages", {})[name] = entry
        self.save()
        t0 = time.perf_counter()
        with _PeakRss() as rss:
            try:
                yield entry["details"]
            except BaseException as exc:
                entry["status"] = exit_status(exc)
                entry["error"] = error_text(exc)
                raise
            else:
                entry["status"] = "done"
            finally:
                entry["wall_s"] = round(time.perf_counter() - t0, 3)
                entry["finished"] = _now()
                self.save()
        entry["peak_rss_mb"] = round(rss.peak / 2**20, 1)
        self.save()

    def finish(self, error: BaseException | None = None) -> None:
        """Mark the run (this attempt) finished: ``done``, or ``failed``/``interrupted`` with the error."""
        self.data["finished"] = _now()
        self.data["status"] = "done" if error is None else exit_status(error)
        if error is None:
            self.data.pop("error", None)
        else:
            self.data["error"] = error_text(error)
        if self.data.get("attempts"):
            last = self.data["attempts"][-1]
            last.update(finished=self.data["finished"], status=self.data["status"])
            if error is not None:
                last["error"] = self.data["error"]
        self.save()

    def save(self) -> None:
        """Write the manifest atomically."""
        atomic_write_json(self.path, self.data)
