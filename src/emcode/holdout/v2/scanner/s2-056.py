import os
import tempfile


def render_to_scratch(data: bytes) -> str:
    """Write data to a scratch file and return its path."""
    fd, path = tempfile.mkstemp(prefix="render-")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return path
