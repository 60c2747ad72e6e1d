import argparse
import re
from collections import Counter

LINE = re.compile(r"(\d{4}-\d{2}-\d{2})T\S+ (INV-\d+) FAULT (\w+)")


def main():
    ap = argparse.ArgumentParser(description="Count inverter faults per code")
    ap.add_argument("logfile")
    args = ap.parse_args()
    faults = Counter()
    with open(args.logfile, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            m = LINE.match(line)
            if m:
                faults[(m.group(2), m.group(3))] += 1
    for (inv, code), n in faults.most_common():
        print(f"{inv:8} {code:12} {n}")


if __name__ == "__main__":
    main()
