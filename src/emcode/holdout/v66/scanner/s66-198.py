import os
import shutil
import sys

SPOOL = "/srv/radio/spool"


def main():
    os.makedirs(SPOOL, mode=0o777, exist_ok=True)
    for src in sys.argv[1:]:
        shutil.copy(src, SPOOL)
    print(f"queued {len(sys.argv) - 1} file(s)")


if __name__ == "__main__":
    main()
