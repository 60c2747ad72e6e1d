#!/usr/bin/env python3
import re
import sys

LINE = re.compile(r"^(\d{4}-\d{2}-\d{2})\s+([A-Z]\d{1,2})\s+(\d+(?:\.\d+)?)\s*kg$")


def main():
    total = 0.0
    for n, line in enumerate(sys.stdin, 1):
        m = LINE.match(line.strip())
        if not m:
            print(f"line {n}: unrecognised", file=sys.stderr)
            continue
        total += float(m.group(3))
    print(f"total {total:.1f} kg")


if __name__ == "__main__":
    main()
