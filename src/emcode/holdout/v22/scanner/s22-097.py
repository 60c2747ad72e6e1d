import subprocess

PRINTERS = {"office-2f", "office-3f", "labels"}


def print_file(queue: str, path: str) -> int:
    if queue not in PRINTERS:
        raise ValueError(f"unknown printer {queue!r}")
    return subprocess.run(["lp", "-d", queue, "--", path], check=False).returncode
