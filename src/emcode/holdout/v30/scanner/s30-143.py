import os
import tempfile


def scratch_file(tag):
    fd, path = tempfile.mkstemp(prefix=f"rental-{tag}-", suffix=".csv")
    return os.fdopen(fd, "w+"), path
