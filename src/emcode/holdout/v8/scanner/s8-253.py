import os
import tempfile


def decrypt_to_scratch(blob: bytes, decrypt) -> str:
    fd, scratch = tempfile.mkstemp(prefix="dec-")
    with os.fdopen(fd, "wb") as fh:
        fh.write(decrypt(blob))
    return scratch
