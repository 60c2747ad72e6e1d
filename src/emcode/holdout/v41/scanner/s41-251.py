import re
import shutil
import sys
from pathlib import Path

SHARED = Path("/mnt/clinic-share/records")
RECORD = re.compile(r"REC-\d{6}\.pdf")


def main():
    for line in sys.stdin:
        name = line.strip()
        if not RECORD.fullmatch(name):
            print("skipping", repr(name), file=sys.stderr)
            continue
        src = SHARED / name
        shutil.copy(src, Path.cwd() / name)
        print("copied", src)


if __name__ == "__main__":
    main()
