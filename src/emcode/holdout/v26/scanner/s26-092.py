import os
import argparse


def tail_remote_log(host, service, lines):
    cmd = "ssh {} 'journalctl -u {} -n {} --no-pager'".format(host, service, lines)
    return os.popen(cmd).read()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("host")
    ap.add_argument("service")
    ap.add_argument("-n", default="50")
    a = ap.parse_args()
    print(tail_remote_log(a.host, a.service, a.n))
