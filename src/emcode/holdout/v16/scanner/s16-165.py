import argparse
import re
import subprocess

HOST_RE = re.compile(r"[a-z0-9.-]{1,253}")


def backup_host(host: str) -> int:
    if not HOST_RE.fullmatch(host):
        raise ValueError(f"bad host {host!r}")
    cmd = ["rsync", "-az", f"backup@{host}:/etc/", f"/backups/{host}/"]
    return subprocess.run(cmd, check=False).returncode


def main() -> None:
    ap = argparse.ArgumentParser(description="nightly config backup")
    ap.add_argument("hosts", nargs="+")
    args = ap.parse_args()
    for h in args.hos