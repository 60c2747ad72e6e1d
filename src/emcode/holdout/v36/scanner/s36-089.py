import os
import tempfile


def spool_label(zpl):
    fd, path = tempfile.mkstemp(prefix="label-", suffix=".zpl")
    with os.fdopen(fd, "w") as fh:
        fh.write(zpl)
    return path
