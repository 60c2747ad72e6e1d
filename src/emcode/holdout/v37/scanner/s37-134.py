import os
import sys


def main():
    base = "/srv/orchestra/parts"
    requested = sys.argv[1]
    with open(os.path.join(base, requested), "rb") as fh:
        data = fh.read()
    print(f"{requested}: {len(data)} bytes")
    if data[:4] == b"%PDF":
        print("looks like a PDF score")
    else:
        print("unknown format, first bytes:", data[:8].h