import os
import tempfile


def spool_label(text):
    fd, path = tempfile.mkstemp(prefix="label-", suffix=".txt")
    with os.fdopen(fd, "w") as fh:
        fh.write(text)
    return path
