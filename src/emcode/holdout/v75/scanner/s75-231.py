import os

SCAN_ROOT = os.path.realpath("/data/archive/scans")


def read_scan(relative_name):
    full = os.path.realpath(os.path.join(SCAN_ROOT, relative_name))
    if os.path.commonpath([full, SCAN_ROOT]) != SCAN_ROOT:
        raise PermissionError(relative_name)
    with open(full, "rb") as fh:
        return fh.read()
