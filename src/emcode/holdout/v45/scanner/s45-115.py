import subprocess
from datetime import datetime, timezone


def build_info():
    rev = subprocess.run(["git", "describe", "--tags", "--always", "--dirty"], capture_output=True, text=True, check=True).stdout.strip()
    return {"version": rev, "built": datetime.now(timezone.utc).isoformat(timespec="seconds")}


if __name__ == "__main__":
    info = build_info()
    with open("ticketing/_build_info.py", "w") as fh:
        fh.write(f"VERSION = {info['version']!r}\nBUILT = {info['built']!r}\n")
    print(info)
