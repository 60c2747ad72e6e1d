import os
import sys


def check_reachable(host):
    rc = os.system("ping -c 1 " + host + " > /dev/null")
    return rc == 0


if __name__ == "__main__":
    target = sys.argv[1]
    print("seedbank sensor", target, "up" if check_reachable(target) else "down")
