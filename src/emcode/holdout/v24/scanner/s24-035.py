#!/usr/bin/env python3
import re
import sys

LABEL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
RR = re.compile(r"(\S+)\s+(\d+)\s+IN\s+(A|AAAA|CNAME|MX|TXT)\s+(.+)")


def lint(path: str) -> int:
    problems = 0
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")[:1024]
            if not line or line.startswith(";"):
                continue
            m = RR.fullmatch(line)
            if not m:
                print(f"{path}:{n}: unparsed record")
                problems += 1
                continue
            name = m.group(1).rstrip(".")
            if name != "@" and not all(LABEL.fullmatch(lab) for lab in name.split(".")):
                print(f"{path}:{n}: bad owner name {name!r}")
                problems += 1
    return problems


if __name__ == "__main__":
    sys.exit(1 if lint(sys.argv[1]) else 0)
