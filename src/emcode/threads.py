"""Thread policy for torch/OpenMP: as many threads as cores this process may really use, idle ones asleep.

torch sizes its OpenMP pool from the CPUs it sees, not from a container's CPU quota, and GNU
OpenMP (torch's runtime) lets idle threads spin for a while at every barrier. Alone on a machine
that is fast; next to another busy process the spinning threads burn the cores the other one
needs and both slow down many-fold (``perf/contention.py`` measures it, docs/performance.md).

The policy (``threads`` in the experiment config, ``EMCODE_THREADS`` in the environment, which wins):

* threads: ``auto`` = the usable cores (``os.sched_getaffinity`` ∩ the cgroup CPU quota, v2
  ``cpu.max`` or v1 ``cpu.cfs_quota_us``), or a number;
* wait policy: ``OMP_WAIT_POLICY=PASSIVE`` (idle threads sleep) unless ``OMP_WAIT_POLICY`` is
  already set; ``EMCODE_OMP_WAIT=active`` restores spinning.

An explicit ``OMP_NUM_THREADS`` in the environment is respected as the thread count. The wait
policy only takes effect when set before torch is imported: :func:`apply_thread_policy` is
called by the CLI before any stage imports torch, and again with the config's setting.
"""

from __future__ import annotations

import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from emcode.errors import EmcodeError

ENV_THREADS = "EMCODE_THREADS"
ENV_WAIT = "EMCODE_OMP_WAIT"
CGROUP_ROOT = Path("/sys/fs/cgroup")


@dataclass(frozen=True)
class ThreadPolicy:
    """What a process uses: ``threads`` for torch/OpenMP/MKL, ``wait`` for idle OpenMP threads, and why."""

    threads: int
    wait: str  # "passive" | "active" | "" (leave OMP_WAIT_POLICY as the user set it)
    cpus: int  # usable cores found
    source: str  # where the thread count came from, for the manifest and logs

    def describe(self) -> str:
        """One line for logs: ``2 threads (auto: 2 usable cores), OpenMP wait passive``."""
        wait = self.wait or os.environ.get("OMP_WAIT_POLICY", "default").lower()
        return f"{self.threads} thread{'s' * (self.threads != 1)} ({self.source}), OpenMP wait {wait}"


def _affinity_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _cgroup_dirs(root: Path, proc_cgroup: Path) -> tuple[list[Path], list[Path]]:
    """(v2 dirs, v1 cpu-controller dirs) of this process, innermost first, up to the root."""
    v2: list[Path] = []
    v1: list[Path] = []
    try:
        lines = proc_cgroup.read_text().splitlines()
    except OSError:
        return v2, v1
    for line in lines:
        parts = line.split(":", 2)
        if len(parts) != 3:
            continue
        _, controllers, rel = parts
        if controllers == "":
            base = root / "unified" if (root / "unified").is_dir() and not (root / "cgroup.controllers").exists() \
                else root
            v2 += _ancestors(base, rel)
        elif "cpu" in controllers.split(","):
            v1 += _ancestors(root / controllers, rel) + _ancestors(root / "cpu", rel)
    return v2, v1


def _ancestors(base: Path, rel: str) -> list[Path]:
    parts = [p for p in rel.strip("/").split("/") if p]
    return [base.joinpath(*parts[:i]) for i in range(len(parts), -1, -1)]


def cgroup_cpu_limit(root: Path = CGROUP_ROOT, proc_cgroup: Path = Path("/proc/self/cgroup")) -> float | None:
    """The tightest CPU quota (in cores) on this process's cgroup path, or None when unlimited."""
    v2, v1 = _cgroup_dirs(root, proc_cgroup)
    limits: list[float] = []
    for d in v2:
        try:
            quota, period = (d / "cpu.max").read_text().split()[:2]
        except (OSError, ValueError):
            continue
        if quota != "max" and float(period) > 0:
            limits.append(float(quota) / float(period))
    for d in v1:
        try:
            quota = float((d / "cpu.cfs_quota_us").read_text())
            period = float((d / "cpu.cfs_period_us").read_text())
        except (OSError, ValueError):
            continue
        if quota > 0 and period > 0:
            limits.append(quota / period)
    return min(limits) if limits else None


def usable_cpus() -> int:
    """Cores this process may run on: its affinity mask, capped by the cgroup quota (rounded up)."""
    cpus = _affinity_cpus()
    quota = cgroup_cpu_limit()
    if quota is not None:
        cpus = min(cpus, max(1, math.ceil(quota - 1e-9)))
    return max(1, cpus)


def _parse_threads(value: str | int, where: str) -> int | None:
    """``auto`` → None; a positive integer → itself; anything else is an error naming ``where``."""
    if isinstance(value, int) and not isinstance(value, bool):
        n = value
    elif str(value).strip().lower() in ("", "auto"):
        return None
    else:
        try:
            n = int(str(value).strip())
        except ValueError:
            raise EmcodeError(f"{where}: {value!r} is neither 'auto' nor a number of threads") from None
    if n < 1:
        raise EmcodeError(f"{where}: {n} threads; use 'auto' or a number >= 1")
    return n


def resolve_policy(setting: str | int = "auto", env: dict[str, str] | None = None) -> ThreadPolicy:
    """The policy from the config ``setting``, overridden by ``EMCODE_THREADS``/``OMP_NUM_THREADS``."""
    env = dict(os.environ) if env is None else env
    cpus = usable_cpus()
    wait_env = env.get(ENV_WAIT, "").strip().lower()
    if wait_env not in ("", "passive", "active"):
        raise EmcodeError(f"{ENV_WAIT}={wait_env!r}: use passive or active")
    wait = "" if env.get("OMP_WAIT_POLICY") else (wait_env or "passive")
    if env.get(ENV_THREADS, "").strip():
        n = _parse_threads(env[ENV_THREADS], ENV_THREADS)
        return ThreadPolicy(n or cpus, wait, cpus, f"{ENV_THREADS}" if n else f"{ENV_THREADS}=auto: {cpus} usable cores")
    n = _parse_threads(setting, "threads")
    if n is not None:
        return ThreadPolicy(n, wait, cpus, "config threads")
    if env.get("OMP_NUM_THREADS", "").strip().isdigit() and int(env["OMP_NUM_THREADS"]) > 0:
        return ThreadPolicy(int(env["OMP_NUM_THREADS"]), wait, cpus, "OMP_NUM_THREADS")
    return ThreadPolicy(cpus, wait, cpus, f"auto: {cpus} usable cores")


def apply_thread_policy(setting: str | int = "auto") -> ThreadPolicy:
    """Set the thread count (env for libraries not loaded yet, torch if it is) and the OpenMP wait policy.

    Idempotent; cheap when torch is not imported. Returns the policy for logging.
    """
    policy = resolve_policy(setting)
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(policy.threads)
    if policy.wait:
        os.environ["OMP_WAIT_POLICY"] = policy.wait.upper()
    torch = sys.modules.get("torch")
    if torch is not None and torch.get_num_threads() != policy.threads:
        torch.set_num_threads(policy.threads)
    return policy
