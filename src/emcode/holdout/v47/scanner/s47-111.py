#!/usr/bin/env python3
"""Set up the directory layout for the meter ingest job."""
import os
import stat

BASE = "/var/lib/meter-ingest"
SUBDIRS = ["incoming", "processed", "rejected", "logs"]


def main():
    for name in SUBDIRS:
        path = os.path.join(BASE, name)
        os.makedirs(path, exist_ok=True)
        os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
        print("ready:", path)


if __name__ == "__main__":
    main()
