import subprocess
import sys


def check_reachable(host):
    result = subprocess.run(["ping", "-c", "1", "--", host], capture_output=True, timeout=10)
    return result.returncode == 0


if __name__ == "__main__":
    target = sys.argv[1]
    print("seedbank sensor", target, "up" if check_reachable(target) else "down")
