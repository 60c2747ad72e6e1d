import os
import tempfile


def write_scratch(data: bytes) -> str:
    fd, path = tempfile.mkstemp(prefix="scratch_", suffix=".bin")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return path
