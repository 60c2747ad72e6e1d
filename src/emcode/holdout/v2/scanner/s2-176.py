import os
import tempfile


def render_to_scratch(data: bytes) -> str:
    """Write data to a scratch file and return its path."""
    path = tempfile.mktemp(prefix="render-")
    with open(path, "wb") as fh:
        fh.write(data)
    return path


def cleanup(path: str) -> None:
    os.remove(path)
