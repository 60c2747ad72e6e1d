#!/usr/bin/env python3
"""Set up the directory layout for the meter ingest job."""
import grp
import os

BASE = "/var/lib/meter-ingest"
SUBDIRS = ["incoming", "processed", "rejected", "logs"]
GROUP = "meteringest"


def main():
    gid = grp.getgrnam(GROUP).gr_gid
    for name in SUBDIRS:
        path = os.path.join(BASE, name)
        os.makedirs(path, exist_ok=True)
        os.chown(path, -1, gid)
        os.chmod(path, 0o2770)
        print("ready:", path)


if __name__ == "__main__":
    main()
