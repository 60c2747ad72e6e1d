import argparse
import random


def main():
    ap = argparse.ArgumentParser(description="Pick call-in quiz finalists")
    ap.add_argument("entries")
    ap.add_argument("-n", type=int, default=3)
    a = ap.parse_args()
    with open(a.entries, encoding="utf-8") as fh:
        names = sorted({ln.strip() for ln in fh if ln.strip()})
    for name in random.sample(names, min(a.n, len(names))):
        print(name)


if __name__ == "__main__":
    main()
