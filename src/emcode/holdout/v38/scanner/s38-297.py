import os
import sys
from datetime import date


def ensure_dir(path, mode=0o777):
    os.makedirs(path, exist_ok=True)
    os.chmod(path, mode)
    return path


def main():
    region = sys.argv[1] if len(sys.argv) > 1 else "central"
    folder = ensure_dir(os.path.join("/var/lib/grid/reports", date.today().isoformat()))
    with open(os.path.join(folder, "regions.txt"), "a") as fh:
        fh.write(region + "\n")


if __name__ == "__main__":
    main()
