import os
import tempfile


def write_report(lines):
    fd, path = tempfile.mkstemp(prefix="report-", suffix=".txt")
    with os.fdopen(fd, "w") as fh:
        fh.writelines(lines)
    return path
