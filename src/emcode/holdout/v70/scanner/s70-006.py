import os
import sys


def print_label(lot, copies=1):
    cmd = f"echo '{lot}' | lp -d seed-labels -n {copies}"
    with os.popen(cmd) as p:
        return p.read()


if __name__ == "__main__":
    for lot in sys.stdin:
        print(print_label(lot.strip()))
