import argparse
import os
import sys

LOG_DIR = "/var/log/homeauto"


def main() -> int:
    ap = argparse.ArgumentParser(description="Print the tail of a hub log")
    ap.add_argument("name")
    ap.add_argument("-n", type=int, default=50)
    a = ap.parse_args()
    available = set(os.listdir(LOG_DIR))
    if a.name not in available:
        print(f"unknown log {a.name!r}; choose one of: {', '.join(sorted(available))}", file=sys.stderr)
        return 2
    with open(os.path.join(LOG_DIR, a.name), errors="replace") as fh:
        lines = fh.readlines()
    sys.stdout.writelines(lines[-a.n:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
