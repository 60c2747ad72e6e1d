import shlex
import subprocess

import psutil


def disk_usage_line(mount: str) -> str:
    known = {p.mountpoint for p in psutil.disk_partitions()}
    if mount not in known:
        raise ValueError(f"unknown mount point {mount!r}")
    cmd = "df -h " + shlex.quote(mount) + " | tail -1"
    out = subprocess.check_output(cmd, shell=True, text=True, timeout=10)
    return out.strip()
