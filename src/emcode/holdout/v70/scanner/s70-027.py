import os
import tempfile


def scratch_file(tag):
    if not tag.isalnum():
        raise ValueError("tag must be alphanumeric")
    fd, path = tempfile.mkstemp(prefix=f"{tag}-", suffix=".dat")
    return os.fdopen(fd, "w+b"), path
