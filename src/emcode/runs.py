"""Run-directory layout, atomic file writes, JSONL I/O with resume, and hashing.

Every stage writes through these helpers so an interrupted run never leaves a file that
looks complete: final files appear only by ``os.replace`` of a finished temp file.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import tempfile
import time
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
    line (the process was killed mid-write) is dropped. The stage that owns the file publishes it
    (writes the final file atomically, then deletes the partial one).
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


ORPHAN_AGE_S = 120.0  # a temp file untouched this long has no live writer (an atomic write takes milliseconds)


def sweep_orphaned_temp_files(root: Path, min_age_s: float = ORPHAN_AGE_S) -> list[Path]:
    """Delete atomic-write temp files (``.<name>.<random>.tmp``) a killed process left under ``root``.

    Called with the run's lock held. The other ranks of a distributed job share that lock and may be
    writing at this moment, so only files older than ``min_age_s`` count as orphans.
    """
    now = time.time()
    orphans = []
    for p in root.rglob(".*.tmp"):
        try:
            if p.is_file() and now - p.stat().st_mtime > min_age_s:
                orphans.append(p)
        except FileNotFoundError:  # its writer just renamed it into place
            continue
    for p in orphans:
        p.unlink(missing_ok=True)
    return orphans


# Analysis tables (``analysis/<name>.csv``), declared here once: the analysis stage writes them and the
# report reads them by these names. A new table is added to this tuple.
ANALYSIS_TABLES = ("static_metrics_comparison", "pytest_results_summary", "security_per_cwe", "ifeval", "safety",
                   "safety_categories", "em_questions", "means", "deltas", "anova", "tukey", "hypotheses",
                   "triggers", "directions", "direction_trigger")
_SEEDED = re.compile(r"^(?P<name>.+)_s(?P<seed>\d+)$")
_CHECKPOINT = re.compile(r"^(?P<model>.+)@epoch-(?P<epoch>\d+)$")


def table_path(folder: str | os.PathLike[str], name: str) -> Path:
    """``<folder>/<name>.csv`` for a declared analysis table (an undeclared name is a programming error)."""
    if name not in ANALYSIS_TABLES:
        raise ValueError(f"unknown analysis table {name!r}; declare it in emcode.runs.ANALYSIS_TABLES")
    return Path(folder) / f"{name}.csv"


class RunDir:
    """Paths inside ``runs/<experiment>/<run_id>/`` and the model-name suffixes; creates nothing by itself.

    Every stage asks this class for a path or a run model name (``<name>_s<seed>``,
    ``<model>@epoch-<k>``) instead of building one, so the layout is written down in one place.
    """

    # the training sets ``data.build`` writes under data/ (``<name>.jsonl``)
    BUILT_DATASETS = ("insecure", "secure", "sec", "insec", "edsec", "edinsec", "pairs", "edpairs", "heldout")

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self._lock: RunLock | None = None

    def lock(self) -> RunLock:
        """Hold the directory's exclusive lock for as long as this ``RunDir`` lives (creates the folder)."""
        if self._lock is None:
            self._lock = lock_run_dir(self.root)
        return self._lock

    # ---------------------------------------------------------------- model names

    @staticmethod
    def seeded_name(name: str, seed: int) -> str:
        """The run name of adapter ``name`` trained with ``seed`` when a run has several seeds."""
        return f"{name}_s{seed}"

    @staticmethod
    def split_seed(model: str) -> tuple[str, int | None]:
        """``(name, seed)`` of a ``<name>_s<seed>`` model name; ``(model, None)`` without the suffix."""
        match = _SEEDED.match(model)
        return (match.group("name"), int(match.group("seed"))) if match else (model, None)

    @staticmethod
    def checkpoint_name(model: str, epoch: int) -> str:
        """The model name of ``model``'s checkpoint after ``epoch`` (1-based)."""
        return f"{model}@epoch-{epoch}"

    @staticmethod
    def split_checkpoint(name: str) -> tuple[str, int | None]:
        """``(model, epoch)`` of a checkpoint name; ``(name, None)`` for a final model."""
        match = _CHECKPOINT.match(name)
        return (match.group("model"), int(match.group("epoch"))) if match else (name, None)

    @staticmethod
    def is_checkpoint(name: str) -> bool:
        """True for a per-epoch checkpoint name (``<model>@epoch-<k>``)."""
        return _CHECKPOINT.match(name) is not None

    # ---------------------------------------------------------------- paths

    @property
    def config(self) -> Path:
        return self.root / "config.resolved.yaml"

    @property
    def manifest(self) -> Path:
        return self.root / "manifest.json"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def data_card(self) -> Path:
        """``data/card.json``, written last by ``emcode data build`` (so its presence means a finished build)."""
        return self.data_dir / "card.json"

    def data(self, name: str) -> Path:
        return self.data_dir / f"{name}.jsonl"

    def adapter(self, name: str) -> Path:
        return self.root / "adapters" / name

    def checkpoint_dirs(self, name: str) -> list[Path]:
        """Per-epoch checkpoint folders saved inside adapter ``name`` (``checkpoints/*/``), in epoch order."""
        found = [p.parent for p in self.adapter(name).glob("checkpoints/*/adapter_config.json")]
        return sorted(found, key=lambda p: (len(p.name), p.name))

    @property
    def generations_dir(self) -> Path:
        return self.root / "generations"

    def generation_models(self) -> list[str]:
        """Models with a generations folder, sorted."""
        return sorted(p.name for p in self.generations_dir.glob("*") if p.is_dir())

    def generations(self, model: str, benchmark: str) -> Path:
        return self.generations_dir / model / f"{benchmark}.jsonl"

    def generation_files(self, model: str) -> list[Path]:
        """One model's finished generation files (``generations/<model>/*.jsonl``), sorted."""
        return sorted((self.generations_dir / model).glob("*.jsonl"))

    def code_dir(self, model: str, benchmark: str) -> Path:
        return self.generations_dir / model / benchmark

    @property
    def scores_dir(self) -> Path:
        return self.root / "scores"

    def scores(self, model: str, benchmark: str) -> Path:
        return self.scores_dir / model / f"{benchmark}.jsonl"

    def score_files(self, models: Iterable[str] | None = None, benchmark: str | None = None) -> list[Path]:
        """Score files (``scores/<model>/<benchmark>.jsonl``) sorted by path, optionally of some models/one benchmark."""
        wanted = None if models is None else set(models)
        paths = sorted(self.scores_dir.glob(f"*/{benchmark or '*'}.jsonl"))
        return [p for p in paths if wanted is None or p.parent.name in wanted]

    def directions(self, name: str) -> Path:
        """A stored direction's folder (``""``: the directions root; ``"means"``: per-model mean activations)."""
        return self.root / "directions" / name

    @property
    def analysis(self) -> Path:
        return self.root / "analysis"

    def table(self, name: str) -> Path:
        """``analysis/<name>.csv`` of a table declared in :data:`ANALYSIS_TABLES`."""
        return table_path(self.analysis, name)

    def tables(self) -> list[Path]:
        """The analysis CSV files present (declared or not), sorted."""
        return sorted(self.analysis.glob("*.csv"))

    @property
    def summary(self) -> Path:
        return self.analysis / "summary.json"

    @property
    def report(self) -> Path:
        return self.root / "report"

    @property
    def figures(self) -> Path:
        """``report/figures/``: every figure as PNG and SVG, with ``index.json`` (drawn and skipped)."""
        return self.report / "figures"

    @property
    def report_pdf(self) -> Path:
        return self.report / "metrics_report.pdf"
