import os
import sys


def publish_report(path):
    with open(path, "a") as fh:
        fh.write("outage summary generated\n")
    os.chmod(path, 0o644)
    print("published", path, "for all st