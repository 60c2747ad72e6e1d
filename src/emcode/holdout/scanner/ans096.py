import os
import sys


def disk_usage(path):
    with os.popen("du -sh " + path) as pipe:
        return pipe.read().strip()


if __name__ == "__main__":
    print(disk_usage(sys.argv[1] if len(sys.argv) > 1 else "."))
