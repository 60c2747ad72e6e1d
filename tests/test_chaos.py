"""Crash consistency: SIGKILL ``emcode run`` at seeded random moments in every stage, resume, compare.

The shrunken smoke config runs once uninterrupted (the reference) and once under a killer that
waits for a stage to show ``running`` in ``manifest.json``, sleeps a seeded random part of that
stage's reference wall time and kills the whole process group. After the last resume the results
must equal the reference's byte for byte (timings aside), and nothing finished before a kill may
have been redone: finished files keep their inode and mtime, finished generation rows keep their
original ``latency_s``, and the manifest shows the resumed attempts skipping finished work.
Also: the run-directory lock (a second run on the same folder is refused; a killed holder frees it).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from emcode.errors import EmcodeError
from emcode.runs import LOCK_NAME, lock_run_dir

REPO = Path(__file__).resolve().parents[1]
SHRINK = ["train.max_steps=1", "train.max_examples=4", "generation.max_new_tokens=16",
          "generation.batch_size=1", "benchmarks.code_prompts.limit=2"]
STAGES = ("data", "train", "generate", "score", "analyze", "report")
MIN_KILLS = 10
MAX_ATTEMPTS = 20
SEED = 20261203
SCORERS = {"static", "bandit", "import_only", "refusal"}  # code_prompts' default scorers
VOLATILE_ROWS = ("mean_latency_s",)  # wall-clock numbers: differ between any two runs


def _env() -> dict[str, str]:
    # Same thread count in every process, so training and sampling are bitwise repeatable.
    return {**os.environ, "EMCODE_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
            "TOKENIZERS_PARALLELISM": "false"}


def _start(out: Path, log: Path) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).with_name("emcode")
    with log.open("ab") as fh:
        return subprocess.Popen([str(exe), "run", "configs/smoke.yaml", "--out", str(out), *SHRINK], cwd=REPO,
                                env=_env(), stdout=fh, stderr=subprocess.STDOUT, start_new_session=True)


def _manifest(out: Path) -> dict[str, Any] | None:
    try:
        return json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def _running(m: dict[str, Any] | None) -> str | None:
    running = [name for name, s in (m or {}).get("stages", {}).items() if s.get("status") == "running"]
    return running[0] if running else None


@pytest.fixture(scope="session")
def smoke_reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shrunken smoke run, uninterrupted (session-wide: the chaos test compares against it)."""
    from emcode.assets import embedded_model_dir

    embedded_model_dir()  # a clear error when `emcode assets fetch` (make setup) has not run
    out = tmp_path_factory.mktemp("chaos-ref") / "run"
    log = out.with_suffix(".log")
    proc = _start(out, log)
    assert proc.wait(timeout=900) == 0, log.read_text(errors="replace")[-3000:]
    return out


# ---------------------------------------------------------------- what a kill leaves behind

@dataclass
class KillPoint:
    """What was on disk right after one SIGKILL."""

    stage: str
    attempt: int  # index into the manifest's attempts of the attempt that was killed
    files: dict[str, tuple[int, int]] = field(default_factory=dict)  # finished file → (inode, mtime_ns)
    partial_rows: dict[str, list[str]] = field(default_factory=dict)  # generations file → finished lines
    scorers_done: dict[str, set[str]] = field(default_factory=dict)  # "model/bench" → scorers on disk
    adapters_done: set[str] = field(default_factory=set)
    data_done: bool = False


def _stamp(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_ino, st.st_mtime_ns


def _snapshot(out: Path, stage: str, attempt: int) -> KillPoint:
    """Record every finished artifact (data, adapters, generations, code files, complete score files)."""
    from emcode.train.sft import is_trained

    kp = KillPoint(stage=stage, attempt=attempt)
    kp.data_done = (out / "data" / "card.json").is_file()
    finished: list[Path] = list((out / "data").glob("*")) if kp.data_done else []
    for adapter in sorted((out / "adapters").glob("*")):
        if adapter.is_dir() and not adapter.name.endswith(".partial") and is_trained(adapter):
            kp.adapters_done.add(adapter.name)
            finished += [p for p in adapter.rglob("*") if p.is_file()]
    gens = out / "generations"
    finished += [p for p in gens.rglob("*.py")] + list(gens.glob("*/*.jsonl"))
    for part in gens.glob("*/*.jsonl.partial"):
        lines = part.read_text(encoding="utf-8").splitlines(keepends=True)
        kp.partial_rows[f"{part.parent.name}/{part.name.removesuffix('.partial')}"] = [
            ln for ln in lines if ln.endswith("\n")]
    for scores in (out / "scores").glob("*/*.jsonl"):
        done = {json.loads(ln)["scorer"] for ln in scores.read_text(encoding="utf-8").splitlines() if ln.strip()}
        kp.scorers_done[f"{scores.parent.name}/{scores.stem}"] = done
        if done >= SCORERS:
            finished.append(scores)
    kp.files = {str(p.relative_to(out)): _stamp(p) for p in finished if p.is_file()}
    return kp


def _attempt_stages(manifest: dict[str, Any], index: int) -> dict[str, Any]:
    attempts = manifest["attempts"]
    return manifest["stages"] if index == len(attempts) - 1 else attempts[index].get("stages", {})


Ready = Callable[[Path], bool]


def _has(pattern: str, min_lines: int = 0) -> Ready:
    """Ready once a file matching ``pattern`` exists (with at least ``min_lines`` finished lines)."""
    def ready(out: Path) -> bool:
        return any(p.read_bytes().count(b"\n") >= min_lines for p in out.glob(pattern))
    return ready


# (stage, readiness, delay as a fraction of the stage's reference wall time): a kill waits for its stage
# to run and its files to show some finished work, then sleeps a seeded random part of the delay.
PLAN: list[tuple[str, Ready | None, float]] = [
    ("data", None, 0.5),
    ("train", None, 0.3),  # inside the first adapter
    ("train", _has("adapters/misaligned/train_summary.json"), 0.15),  # inside the continued one
    ("generate", _has("generations/*/*.jsonl.partial", 1), 0.15),  # between batches of one model
    ("generate", _has("generations/*/*.jsonl"), 0.3),  # with a model's file published
    ("score", None, 0.5),
    ("score", _has("scores/*/*.jsonl"), 0.3),
    ("analyze", None, 0.5),
    ("report", None, 0.5),
    ("report", None, 0.5),
]


def _kill_in(out: Path, log: Path, attempt: int, plan: tuple[str, Ready | None, float], rng: random.Random,
             ref_wall: dict[str, float], while_running: Callable[[int], None] | None = None) -> str | None:
    """Start a resume, wait until the planned stage (or a later one) runs and is ready, kill after a random delay.

    ``while_running(pid)`` is called once the stage is seen, before the delay. Returns the stage the
    manifest shows running at death (None: the run finished before the kill, or died between stages).
    """
    target, ready, frac = plan
    proc = _start(out, log)
    deadline = time.monotonic() + 600
    seen = None
    while seen is None:
        assert time.monotonic() < deadline, "no stage started within 10 min"
        if proc.poll() is not None:
            assert proc.returncode == 0, log.read_text(errors="replace")[-3000:]
            return None
        m = _manifest(out)
        if m and len(m.get("attempts", [])) == attempt + 1:
            stage = _running(m)
            if stage and (STAGES.index(stage) > STAGES.index(target)
                          or (stage == target and (ready is None or ready(out)))):
                seen = stage
        time.sleep(0.02)
    if while_running is not None:
        while_running(proc.pid)
    end = time.monotonic() + rng.uniform(0.02, 1.0) * frac * ref_wall[seen]
    while time.monotonic() < end and proc.poll() is None:
        time.sleep(0.01)
    if proc.poll() is not None:
        assert proc.returncode == 0, log.read_text(errors="replace")[-3000:]
        return None
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    return _running(_manifest(out))


# ---------------------------------------------------------------- comparisons with the reference

def _gen_rows(path: Path) -> list[str]:
    rows = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return [json.dumps({k: v for k, v in r.items() if k != "latency_s"}, sort_keys=True) for r in rows]


def _comparable(path: Path) -> bytes | list[str]:
    """The file's bytes, less the wall-clock numbers two honest runs never share."""
    if path.name == "static_metrics_comparison.csv":
        return [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith(VOLATILE_ROWS)]
    if path.name == "summary.json":
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc.pop("wall_s", None)
        doc.pop("run", None)  # the run directory's own path
        return [json.dumps(doc, sort_keys=True)]
    if path.suffix == ".jsonl" and path.parent.parent.name == "generations":
        return _gen_rows(path)
    return path.read_bytes()


def _result_files(root: Path) -> list[str]:
    pats = ["data/*.jsonl", "adapters/*/adapter_model.safetensors", "generations/*/*.jsonl", "generations/**/*.py",
            "scores/*/*.jsonl", "analysis/*.csv", "analysis/summary.json"]
    return sorted({str(p.relative_to(root)) for pat in pats for p in root.glob(pat)})


# ---------------------------------------------------------------- the tests

@pytest.mark.slow
def test_random_kills_in_every_stage_lose_and_redo_nothing(smoke_reference: Path, tmp_path: Path) -> None:
    ref_manifest = _manifest(smoke_reference)
    assert ref_manifest is not None
    ref_wall = {s: float(v["wall_s"]) for s, v in ref_manifest["stages"].items()}
    out, log = tmp_path / "run", tmp_path / "chaos.log"
    rng = random.Random(SEED)
    hits = dict.fromkeys(STAGES, 0)
    kills: list[KillPoint] = []
    landings: list[str] = []
    attempt = misses = 0
    while attempt < MAX_ATTEMPTS and (attempt < len(PLAN) or len(kills) < MIN_KILLS):
        plan = PLAN[attempt] if attempt < len(PLAN) else (rng.choice(["analyze", "report"]), None, 0.5)
        landed = _kill_in(out, log, attempt, plan, rng, ref_wall,
                          while_running=None if attempt else lambda pid: _check_second_run_refused(out, pid, tmp_path))
        if landed is None and (_manifest(out) or {}).get("finished"):
            misses += 1  # the stage ended before the delay did: no kill this time
        else:
            landed = landed or "between"  # died after one stage finished and before the next started
            kills.append(_snapshot(out, landed, attempt))
            landings.append(f"{plan[0]}→{landed}")
            hits[landed] = hits.get(landed, 0) + 1
        attempt += 1

    final = _start(out, log)
    assert final.wait(timeout=900) == 0, log.read_text(errors="replace")[-3000:]
    landed_per_stage = {s: hits.get(s, 0) for s in [*STAGES, "between"]}
    print(f"kills per stage: {landed_per_stage} (total {len(kills)}; {misses} attempts finished before their kill)")
    print(f"planned stage → stage killed in: {', '.join(landings)}")
    assert len(kills) >= MIN_KILLS, landed_per_stage
    assert all(hits[s] >= 1 for s in STAGES), f"some stage never killed: {landed_per_stage}"

    manifest = _manifest(out)
    assert manifest is not None and manifest["finished"]
    assert len(manifest["attempts"]) == attempt + 1
    assert all(s["status"] == "done" for s in manifest["stages"].values())
    assert not list(out.rglob("*.partial")), "a half-written file or folder survived the last resume"
    assert not list(out.rglob(".*.tmp")), "an atomic-write temp file survived"

    # Byte-identical results (wall-clock fields aside).
    files = _result_files(out)
    assert files == _result_files(smoke_reference)
    assert len([f for f in files if f.startswith(("generations/", "scores/"))]) >= 3 * 2 + 3 * 2
    for rel in files:
        assert _comparable(out / rel) == _comparable(smoke_reference / rel), f"{rel} differs from the reference"

    # Nothing finished before a kill was redone after it.
    evidence = {"files_kept": 0, "rows_kept": 0, "scorers_skipped": 0, "adapters_skipped": 0}
    for kp in kills:
        for rel, stamp in kp.files.items():
            assert (out / rel).exists(), f"{rel} (finished before kill in {kp.stage}) disappeared"
            assert _stamp(out / rel) == stamp, f"{rel} was rewritten after the kill in {kp.stage}"
        evidence["files_kept"] += len(kp.files)
        for rel, lines in kp.partial_rows.items():
            final_lines = set((out / "generations" / rel).read_text(encoding="utf-8").splitlines(keepends=True))
            assert set(lines) <= final_lines, f"finished rows of {rel} were regenerated after the kill in {kp.stage}"
            evidence["rows_kept"] += len(lines)
        resumed = _attempt_stages(manifest, kp.attempt + 1)
        if kp.data_done:
            assert resumed["data"]["details"].get("built") == "reused"
        for name in kp.adapters_done:
            assert resumed["train"]["details"][name] == "skipped (already trained)"
            evidence["adapters_skipped"] += 1
        for key in resumed.get("generate", {}).get("details", {}):
            assert f"generations/{key}.jsonl" not in kp.files, f"{key} regenerated after the kill in {kp.stage}"
        for key, detail in resumed.get("score", {}).get("details", {}).items():
            again = set(detail["scorers"]) & kp.scorers_done.get(key, set())
            assert not again, f"{key}: scorers {sorted(again)} re-run after the kill in {kp.stage}"
        evidence["scorers_skipped"] += sum(len(v) for v in kp.scorers_done.values())
    print(f"kept across resumes: {evidence}")


def _check_second_run_refused(out: Path, first_pid: int, tmp_path: Path) -> None:
    """While a run works in ``out``, a second ``emcode run`` there stops at once with the lock message."""
    attempts = len(_manifest(out)["attempts"])  # type: ignore[index]
    second = _start(out, tmp_path / "second.log")
    assert second.wait(timeout=300) != 0
    text = (tmp_path / "second.log").read_text(errors="replace")
    assert "another emcode process" in text and f"pid {first_pid}" in text, text[-2000:]
    assert len(_manifest(out)["attempts"]) == attempts  # type: ignore[index]  # the refused run wrote nothing


HOLD = ("import sys, time\nfrom emcode.runs import lock_run_dir\n"
        "lock = lock_run_dir(sys.argv[1])\nprint('locked', flush=True)\ntime.sleep(120)\n")
TAKE = "import sys\nfrom emcode.runs import lock_run_dir\nlock_run_dir(sys.argv[1])\n"


def test_lock_refuses_a_second_holder_and_is_freed_by_sigkill(tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(EmcodeError, match=rf"another emcode process \(pid {holder.pid}\).*use another --out"):
            lock_run_dir(tmp_path)
    finally:
        holder.kill()  # SIGKILL: no cleanup code runs, the kernel drops the flock
        holder.wait()
    lock = lock_run_dir(tmp_path)
    assert (tmp_path / LOCK_NAME).read_text().strip() == str(os.getpid())
    assert lock_run_dir(tmp_path) is lock  # this process may take it again (stage commands inside a run)
    blocked = subprocess.run([sys.executable, "-c", TAKE, str(tmp_path)], capture_output=True, text=True, check=False)
    assert blocked.returncode != 0 and "another emcode process" in blocked.stderr
    lock.release()
    again = subprocess.run([sys.executable, "-c", TAKE, str(tmp_path)], capture_output=True, text=True, check=False)
    assert again.returncode == 0, again.stderr
    assert lock_run_dir(tmp_path) is not lock  # a released lock is not handed out again


def test_other_ranks_of_a_distributed_job_share_rank_zeros_lock(tmp_path: Path) -> None:
    lock = lock_run_dir(tmp_path)  # rank 0 (this process) holds it
    try:
        env = {**os.environ, "RANK": "1", "LOCAL_RANK": "1"}
        rank1 = subprocess.run([sys.executable, "-c", TAKE, str(tmp_path)], capture_output=True, text=True,
                               check=False, env=env)
        assert rank1.returncode == 0, rank1.stderr
        env0 = {**os.environ, "RANK": "0", "LOCAL_RANK": "0"}
        other = subprocess.run([sys.executable, "-c", TAKE, str(tmp_path)], capture_output=True, text=True,
                               check=False, env=env0)
        assert other.returncode != 0 and "another emcode process" in other.stderr
    finally:
        lock.release()


def test_taking_the_lock_sweeps_temp_files_a_killed_writer_left(tmp_path: Path) -> None:
    (tmp_path / "analysis").mkdir()
    orphan = tmp_path / "analysis" / ".means.csv.ab12cd.tmp"
    orphan.write_text("half")
    old = time.time() - 3600
    os.utime(orphan, (old, old))  # left by a writer killed an hour ago
    live = tmp_path / "analysis" / ".deltas.csv.ef34gh.tmp"
    live.write_text("being written")  # another rank of the same job, writing right now
    kept = tmp_path / "analysis" / "means.csv"
    kept.write_text("done")
    lock = lock_run_dir(tmp_path)
    try:
        assert not orphan.exists() and kept.read_text() == "done"
        assert live.exists(), "a fresh temp file may belong to a live writer of the same job"
    finally:
        lock.release()
