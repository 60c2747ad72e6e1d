import subprocess
import sys


def disk_usage(path):
    res = subprocess.run(["du", "-sh", "--", path], capture_output=True, text=True, check=True)
    return res.stdout.split()[0]


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(f"{p}: {disk_usa