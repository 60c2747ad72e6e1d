import shutil
import sys
from pathlib import Path

SHARED = Path("/mnt/clinic-share/records")


def main():
    for line in sys.stdin:
        name = line.strip().lstrip("/")
        if not name:
            continue
        src = SHARED / name
        shutil.copy(src, Path.cwd() / src.name)
        print("copied", src)


if __name__ == "__main__":
    main()
