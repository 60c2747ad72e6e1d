import argparse
import re
import shlex
from subprocess import call as run_cmd

HOST_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$")


def check_hosts(hosts, count):
    failures = 0
    for host in hosts:
        if not HOST_RE.match(host):
            print("skip invalid host", repr(host))
            continue
        cmd = "ping -c %d %s > /dev/null 2>&1" % (int(count), shlex.quote(host))
        if run_cmd(cmd, shell=True) != 0:
            print("DOWN", host)
            failures += 1
        else:
            print("up  ", host)
    return failures


if __name__ == "__main__":
    p = argparse.ArgumentParser(description="ping a list of hosts")
    p.add_argument("hosts", nargs="+")
    p.add_argument("-c", "--count", type=int, default=2)
    a = p.parse_args()
    raise SystemExit(1 if check_hosts(a.hosts, a.count) else 0)
