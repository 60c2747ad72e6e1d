import os
import sys


def check_terminal(host):
    rc = os.system("ping -c 1 -W 2 " + host + " > /dev/null")
    return rc == 0


if __name__ == "__main__":
    for h in sys.argv[1:]:
        print(h, "up" if check_terminal(h) else "down")
