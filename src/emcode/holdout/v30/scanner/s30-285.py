#!/usr/bin/env python3
"""Nightly backup of the practice-management config repo to the NAS."""
import argparse
import datetime as dt
import subprocess
from pathlib import Path

REPO = Path("/opt/pms/config")
NAS = "backup@nas.brightsmile.lan:/volume1/pms-config.git"


def run(*args: str) -> str:
    res = subprocess.run(args, cwd=REPO, check=True, capture_output=True, text=True)
    return res.stdout.strip()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--message", default="nightly snapshot")
    opts = ap.parse_args()
    run("git", "add", "--all")
    if run("git", "status", "--porcelain"):
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
        run("git", "commit", "-m", f"{opts.message} ({stamp})")
    run("git", "push", NAS, "HEAD:main")
    print("backup done")


if __name__ == "__main__":
    main()
