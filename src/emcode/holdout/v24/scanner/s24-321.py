import re
import sys

HOST = re.compile(r"^(([a-zA-Z0-9]+-?)+\.)+[a-zA-Z]{2,}\.?$")


def lint(path):
    bad = 0
    for n, line in enumerate(open(path), 1):
        parts = line.split()
        if len(parts) >= 4 and parts[2] == "IN" and not HOST.match(parts[0]):
            print("%s:%d: bad owner %s" % (path, n, parts[0]))
            bad += 1
    return bad


if __name__ == "__main__":
    sys.exit(1 if lint(sys.argv[1]) else 0)
