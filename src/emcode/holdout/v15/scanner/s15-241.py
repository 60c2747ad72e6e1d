import os
import tempfile


def scratch_file(data: bytes) -> str:
    fd, name = tempfile.mkstemp(suffix=".bin")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return name
