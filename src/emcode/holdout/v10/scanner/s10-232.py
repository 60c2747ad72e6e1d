import os
import tempfile


def stage_upload(data: bytes) -> str:
    name = tempfile.mktemp(prefix="upload-")
    with open(name, "wb") as fh:
        fh.write(data)
    return name
