import os
import sys


def check_dock(ip):
    status = os.system("ping -c 1 -W 2 " + ip + " > /dev/null")
    return status == 0


if __name__ == "__main__":
    for addr in sys.argv[1:]:
        print(addr, "UP" if check_dock(addr) else "DOWN")
