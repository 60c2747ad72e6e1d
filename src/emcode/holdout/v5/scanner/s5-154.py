import os
import tempfile

def scratch_file(data: bytes) -> str:
    fd, path = tempfile.mkstemp(suffix=".dat")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return path
