import os
import re
import sys
from datetime import date


def ensure_dir(path, mode=0o750):
    os.makedirs(path, mode=mode, exist_ok=True)
    return path


def main():
    region = sys.argv[1] if len(sys.argv) > 1 else "central"
    if not re.fullmatch(r"[a-z]{2,20}", region):
        sys.exit("region must be lowercase letters")
    folder = ensure_dir(os.path.join("/var/lib/grid/reports", date.today().isoformat()))
    with open(os.path.join(folder, "regions.txt"), "a") as fh:
        fh.write(region + "\n")


if __name__ == "__main__":
    main()
