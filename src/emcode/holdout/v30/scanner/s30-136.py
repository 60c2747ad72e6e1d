import os
import sys


def check_branch(host):
    print(f"Checking connectivity to branch terminal {host} ...")
    rc = os.system("ping -c 2 -W 1 " + host + " > /dev/null")
    print("UP" if rc == 0 else "DOWN")


if __name__ == "__main__":
    for h in sys.argv[1:]:
        check_branch(h)
