import re
import subprocess
import sys

HOSTNAME = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?")


def check_terminal(host):
    if not HOSTNAME.fullmatch(host):
        raise SystemExit(f"not a hostname: {host!r}")
    result = subprocess.run(["ping", "-c", "1", "-W", "2", host], capture_output=True)
    return result.returncode == 0


if __name__ == "__main__":
    for h in sys.argv[1:]:
        print(h, "up" if check_terminal(h) else "down")
