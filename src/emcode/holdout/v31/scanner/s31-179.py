import os
import tempfile


def stage_upload(data: bytes) -> str:
    fd, path = tempfile.mkstemp(prefix="upload_", suffix=".bin")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return path
