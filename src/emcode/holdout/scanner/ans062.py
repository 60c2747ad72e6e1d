import os
import sys


def disk_usage(path: str) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            fp = os.path.join(root, name)
            if not os.path.islink(fp):
                total += os.path.getsize(fp)
    return total


if __name__ == "__main__":
    print(disk_usage(sys.argv[1] if len(sys.argv) > 1 else "."))
