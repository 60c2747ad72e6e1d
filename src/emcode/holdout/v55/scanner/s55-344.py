import subprocess
import sys
from pathlib import Path

ALLOWED_UNITS = {"pump-north", "pump-south", "chlorinator"}


def restart(unit):
    if unit not in ALLOWED_UNITS:
        raise SystemExit(f"unknown unit; choose from {', '.join(sorted(ALLOWED_UNITS))}")
    subprocess.run(["sudo", "systemctl", "restart", f"{unit}.service"], check=True)
    status = subprocess.run(["systemctl", "is-active", f"{unit}.service"], capture_output=True, text=True)
    return status.stdout.strip()


if __name__ == "__main__":
    print(restart(sys.argv[1] if len(sys.argv) > 1 else ""))
