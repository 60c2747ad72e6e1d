"""Thread policy: usable cores from affinity and cgroup quotas, precedence of settings, effect on torch."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from emcode.errors import EmcodeError
from emcode.threads import cgroup_cpu_limit, resolve_policy, usable_cpus


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_cgroup_v2_quota_is_the_tightest_on_the_path(tmp_path: Path) -> None:
    root = tmp_path / "cg"
    _write(root / "cgroup.controllers", "cpu memory\n")
    _write(root / "cpu.max", "max 100000\n")
    _write(root / "job" / "cpu.max", "300000 100000\n")
    _write(root / "job" / "step" / "cpu.max", "150000 100000\n")
    proc = tmp_path / "cgroup"
    _write(proc, "0::/job/step\n")
    assert cgroup_cpu_limit(root, proc) == pytest.approx(1.5)
    _write(root / "job" / "step" / "cpu.max", "max 100000\n")
    assert cgroup_cpu_limit(root, proc) == pytest.approx(3.0)  # the parent's quota still applies


def test_cgroup_v1_quota_and_unlimited(tmp_path: Path) -> None:
    root = tmp_path / "cg"
    _write(root / "cpu,cpuacct" / "docker" / "cpu.cfs_quota_us", "200000\n")
    _write(root / "cpu,cpuacct" / "docker" / "cpu.cfs_period_us", "100000\n")
    proc = tmp_path / "cgroup"
    _write(proc, "4:cpu,cpuacct:/docker\n0::/\n")
    assert cgroup_cpu_limit(root, proc) == pytest.approx(2.0)
    _write(root / "cpu,cpuacct" / "docker" / "cpu.cfs_quota_us", "-1\n")
    assert cgroup_cpu_limit(root, proc) is None
    assert cgroup_cpu_limit(root, tmp_path / "missing") is None


def test_usable_cpus_never_exceeds_the_affinity_mask() -> None:
    assert 1 <= usable_cpus() <= len(os.sched_getaffinity(0))


def test_precedence_env_over_config_over_omp_over_auto() -> None:
    cpus = usable_cpus()
    assert resolve_policy("auto", {}).threads == cpus
    assert resolve_policy("auto", {}).wait == "passive"
    assert resolve_policy("auto", {"OMP_NUM_THREADS": "3"}).threads == 3
    assert resolve_policy(5, {"OMP_NUM_THREADS": "3"}).threads == 5
    assert resolve_policy(5, {"EMCODE_THREADS": "1"}).threads == 1
    assert resolve_policy(5, {"EMCODE_THREADS": "auto"}).threads == cpus
    assert resolve_policy("auto", {"OMP_WAIT_POLICY": "ACTIVE"}).wait == ""  # the user's choice stays
    assert resolve_policy("auto", {"EMCODE_OMP_WAIT": "active"}).wait == "active"
    with pytest.raises(EmcodeError, match="EMCODE_THREADS: 'many'"):
        resolve_policy("auto", {"EMCODE_THREADS": "many"})
    with pytest.raises(EmcodeError, match="threads: 0 threads"):
        resolve_policy(0, {})


def test_policy_reaches_torch_before_and_after_import() -> None:
    """Set before ``import torch`` (env, wait policy) and after (``set_num_threads``), in a fresh process."""
    code = (
        "import json, os\n"
        "from emcode.threads import apply_thread_policy\n"
        "apply_thread_policy(1)\n"
        "import torch\n"
        "before = torch.get_num_threads()\n"
        "apply_thread_policy(2)\n"
        "print(json.dumps([before, torch.get_num_threads(), os.environ['OMP_WAIT_POLICY']]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OMP_WAIT_POLICY",
                                                             "EMCODE_THREADS", "EMCODE_OMP_WAIT")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [1, 2, "PASSIVE"]
