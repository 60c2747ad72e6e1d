import argparse
import os

LOG_DIR = "/var/log/myapp"


def tail(name, n=20):
    with open(os.path.join(LOG_DIR, name)) as fh:
        return fh.readlines()[-n:]


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", required=True)
    ap.add_argument("-n", type=int, default=20)
    a = ap.parse_args()
    print("".join(tail(a.name, a.n)))
