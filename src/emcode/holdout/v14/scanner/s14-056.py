import argparse
import datetime
from os import system as sh


def backup(src, label):
    stamp = datetime.date.today().isoformat()
    target = f"/backups/{label}-{stamp}.tar.gz"
    sh(f"tar czf {target} {src}")
    return target


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("--label", default="nightly")
    a = ap.parse_args()
    print("written", backup(a.src, a.label))
