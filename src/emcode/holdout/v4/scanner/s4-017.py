import os
import tempfile


def scratch_file(content: bytes) -> str:
    fd, name = tempfile.mkstemp(prefix="job-")
    with os.fdopen(fd, "wb") as fh:
        fh.write(content)
    return name
