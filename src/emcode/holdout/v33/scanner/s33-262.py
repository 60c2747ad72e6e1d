import re
import sys

VERSION = re.compile(r"^(\d+)\.(\d+)(?:\.(\d+))?(?:(a|b|rc)(\d+))?$")


def parse(v):
    m = VERSION.match(v.strip())
    if not m:
        raise ValueError(f"not a simple version: {v!r}")
    major, minor, patch, pre, pren = m.groups()
    return int(major), int(minor), int(patch or 0), pre or "", int(pren or 0)


if __name__ == "__main__":
    for v in sorted(sys.argv[1:], key=parse):
        print(v)
