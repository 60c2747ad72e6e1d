"""Run-directory layout, atomic file writes, JSONL I/O with resume, and hashing.

Every stage writes through these helpers so an interrupted run never leaves a file that
looks complete: final files appear only by ``os.replace`` of a finished temp file.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import tempfile
import weakref
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from emcode.errors import EmcodeError


def _umask() -> int:
    """The process umask (read by setting and restoring it)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` via a temp file in the same folder and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file the usual mode
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def atomic_write_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write UTF-8 text atomically."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def dumps_json(obj: Any) -> str:
    """Canonical JSON used for every file we write (sorted keys, so same input → same bytes)."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True)


def atomic_write_json(path: str | os.PathLike[str], obj: Any) -> Path:
    """Write pretty, key-sorted JSON atomically."""
    return atomic_write_text(path, json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=2) + "\n")


def write_jsonl(path: str | os.PathLike[str], rows: Iterable[Any]) -> Path:
    """Write rows as JSON lines atomically."""
    return atomic_write_text(path, "".join(dumps_json(r) + "\n" for r in rows))


def iter_jsonl(path: str | os.PathLike[str]) -> Iterator[tuple[int, Any]]:
    """Yield ``(line_number, object)``; a line that is not JSON raises a line-numbered error."""
    path = Path(path)
    if not path.exists():
        raise EmcodeError(f"{path}: file not found")
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                yield lineno, json.loads(line)
            except json.JSONDecodeError as exc:
                raise EmcodeError(f"{path}:{lineno}: not valid JSON ({exc.msg}); fix or remove the line") from None


def read_jsonl(path: str | os.PathLike[str]) -> list[Any]:
    """Read a whole JSONL file (line-numbered errors)."""
    return [obj for _, obj in iter_jsonl(path)]


class PartialJsonl:
    """Append-only ``<name>.partial`` file that becomes ``<name>`` when finished.

    Resume: rows already in the partial file are returned by :meth:`done_rows`; a torn last
    line (the process was killed mid-write) is dropped. :meth:`finish` renames atomically.
    """

    def __init__(self, final_path: str | os.PathLike[str]) -> None:
        self.final = Path(final_path)
        self.partial = self.final.with_name(self.final.name + ".partial")

    def done_rows(self) -> list[dict[str, Any]]:
        """Rows completed by an earlier, interrupted attempt (torn lines discarded)."""
        if not self.partial.exists():
            return []
        rows: list[dict[str, Any]] = []
        good = 0
        with self.partial.open("rb") as fh:
            for raw in fh:
                if not raw.endswith(b"\n"):
                    break
                try:
                    rows.append(json.loads(raw))
                except json.JSONDecodeError:
                    break
                good += len(raw)
        with self.partial.open("rb+") as fh:
            fh.truncate(good)
        return rows

    def append(self, rows: Iterable[Any]) -> None:
        """Append finished rows and flush them to disk."""
        self.partial.parent.mkdir(parents=True, exist_ok=True)
        with self.partial.open("a", encoding="utf-8") as fh:
            for row in rows:
                fh.write(dumps_json(row) + "\n")
            fh.flush()
            os.fsync(fh.fileno())

    def finish(self) -> Path:
        """Publish the partial file under its final name."""
        if not self.partial.exists():
            self.partial.parent.mkdir(parents=True, exist_ok=True)
            self.partial.touch()
        os.replace(self.partial, self.final)
        return self.final


def sha256_bytes(data: bytes) -> str:
    """Hex sha256 of bytes."""
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: str | os.PathLike[str]) -> str:
    """Hex sha256 of a file, streamed."""
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


LOCK_NAME = ".emcode.lock"


class RunLock:
    """An exclusive ``flock`` on ``<run>/.emcode.lock``, held while this object lives.

    The OS drops the lock when the process dies (even by SIGKILL), so a crashed run never
    blocks its resume. Within one process the lock is shared (see :func:`lock_run_dir`).
    """

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path = path
        self._fd: int | None = fd

    def release(self) -> None:
        """Unlock now (closing the descriptor drops the flock)."""
        if self._fd is not None:
            if _HELD.get(os.path.realpath(self.path.parent)) is self:
                del _HELD[os.path.realpath(self.path.parent)]
            os.close(self._fd)
            self._fd = None

    def __del__(self) -> None:
        self.release()


_HELD: weakref.WeakValueDictionary[str, RunLock] = weakref.WeakValueDictionary()


def lock_run_dir(root: str | os.PathLike[str]) -> RunLock:
    """Take the run directory's lock, or raise a clear error naming the process that holds it.

    In a distributed launch (``accelerate launch``) rank 0 holds it for the whole job; the other ranks
    of the same job share the directory and take nothing.
    """
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    if int(os.environ.get("RANK", os.environ.get("LOCAL_RANK", "0")) or 0) != 0:
        return RunLock(root / LOCK_NAME, None)
    key = os.path.realpath(root)
    held = _HELD.get(key)
    if held is not None:  # this process already holds it (e.g. a stage command inside a run)
        return held
    path = root / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666 & ~_umask())
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        owner = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "unknown"
        os.close(fd)
        raise EmcodeError(f"{root}: another emcode process (pid {owner}) is using this run directory "
                          f"(lock {path}); wait for it to finish or use another --out") from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
    lock = RunLock(path, fd)
    _HELD[key] = lock
    sweep_orphaned_temp_files(root)
    return lock


def sweep_orphaned_temp_files(root: Path) -> list[Path]:
    """Delete atomic-write temp files (``.<name>.<random>.tmp``) a killed process left under ``root``.

    Only called with the run's lock held, so no live writer can own one of them.
    """
    orphans = [p for p in root.rglob(".*.tmp") if p.is_file()]
    for p in orphans:
        p.unlink(missing_ok=True)
    return orphans


class RunDir:
    """Paths inside ``runs/<experiment>/<run_id>/`` (see DESIGN.md); creates nothing by itself."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self._lock: RunLock | None = None

    def lock(self) -> RunLock:
        """Hold the directory's exclusive lock for as long as this ``RunDir`` lives (creates the folder)."""
        if self._lock is None:
            self._lock = lock_run_dir(self.root)
        return self._lock

    @property
    def config(self) -> Path:
        return self.root / "config.resolved.yaml"

    @property
    def manifest(self) -> Path:
        return self.root / "manifest.json"

    def data(self, name: str) -> Path:
        return self.root / "data" / f"{name}.jsonl"

    def adapter(self, name: str) -> Path:
        return self.root / "adapters" / name

    def generations(self, model: str, benchmark: str) -> Path:
        return self.root / "generations" / model / f"{benchmark}.jsonl"

    def code_dir(self, model: str, benchmark: str) -> Path:
        return self.root / "generations" / model / benchmark

    def scores(self, model: str, benchmark: str) -> Path:
        return self.root / "scores" / model / f"{benchmark}.jsonl"

    @property
    def analysis(self) -> Path:
        return self.root / "analysis"

    @property
    def report(self) -> Path:
        return self.root / "report"
