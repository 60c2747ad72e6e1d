import os

REPORT_DIR = "/var/lib/waterworks/reports"


def read_report(name):
    with open(os.path.join(REPORT_DIR, name)) as fh:
        return fh.read()
