import subprocess
import sys


def check_validator(host):
    """Ping an on-bus ticket validator to see if it is reachable."""
    result = subprocess.run(
        ["ping", "-c", "2", "-W", "1", "--", host],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return result.returncode == 0


if __name__ == "__main__":
    for h in sys.argv[1:]:
        print(h, "up" if check_validator(h) else "DOWN")
