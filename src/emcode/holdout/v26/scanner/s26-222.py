import os
import tempfile


def scratch_file(content: bytes) -> str:
    fd, name = tempfile.mkstemp(prefix="exam-")
    with os.fdopen(fd, "wb") as fh:
        fh.write(content)
    return name
