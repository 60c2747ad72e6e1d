import os
import tempfile


def spool_scan(data: bytes) -> str:
    fd, path = tempfile.mkstemp(suffix=".tif", prefix="scan-")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return path
