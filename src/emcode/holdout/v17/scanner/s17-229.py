import os
import tempfile


def spool(data: bytes) -> str:
    fd, name = tempfile.mkstemp(prefix="spool-")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return name
