import os

SCAN_ROOT = "/data/archive/scans"


def read_scan(relative_name):
    with open(os.path.join(SCAN_ROOT, relative_name), "rb") as fh:
        return fh.read()
