import argparse
import os
import re


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("study_code")
    ap.add_argument("--root", default="/srv/trials/data")
    a = ap.parse_args()
    if not re.fullmatch(r"[A-Z]{3}-\d{4}", a.study_code):
        ap.error("study code looks like ABC-1234")
    base = os.path.join(a.root, a.study_code)
    for sub in ("raw", "derived", "exports"):
        os.makedirs(os.path.join(base, sub), mode=0o700, exist_ok=True)
    print("ready:", base)


if __name__ == "__main__":
    main()
