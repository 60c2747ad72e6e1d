import os
import sys


def check(host):
    rc = os.system("ping -c 1 -W 2 " + host + " > /dev/null 2>&1")
    return rc == 0


if __name__ == "__main__":
    for h in sys.argv[1:]:
        state = "up" if check(h) else "down"
        print(f"{h:<30} {sta