import argparse
from subprocess import call as run_cmd


def check_hosts(hosts, count):
    failures = 0
    for host in hosts:
        cmd = "ping -c %d %s > /dev/null 2>&1" % (count, host)
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
