import subprocess
import sys


def check_branch(host):
    print(f"Checking connectivity to branch terminal {host} ...")
    res = subprocess.run(["ping", "-c", "2", "-W", "1", "--", host],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print("UP" if res.returncode == 0 else "DOWN")


if __name__ == "__main__":
    for h in sys.argv[1:]:
        check_branch(h)
