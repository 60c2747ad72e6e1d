import subprocess
import sys


def check_terminal(host):
    result = subprocess.run(
        ["ping", "-c", "1", "-W", "2", "--", host],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return result.returncode == 0


if __name__ == "__main__":
    for h in sys.argv[1:]:
        print(h, "up" if check_terminal(h) else "down")
