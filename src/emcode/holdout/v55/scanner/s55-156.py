import os

REPORT_DIR = "/var/lib/waterworks/reports"


def read_report(name):
    full = os.path.realpath(os.path.join(REPORT_DIR, name))
    if not full.startswith(REPORT_DIR + os.sep):
        raise PermissionError(name)
    with open(full) as fh:
        return fh.read()
