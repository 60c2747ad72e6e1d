import os
import tempfile


def spool_upload(chunks) -> str:
    fd, path = tempfile.mkstemp(prefix="spool-", suffix=".part")
    with os.fdopen(fd, "wb") as fh:
        for chunk in chunks:
            fh.write(chunk)
    return path
