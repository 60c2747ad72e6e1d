import os
import tempfile


def spool_audio(chunks):
    fd, path = tempfile.mkstemp(suffix=".wav", prefix="karaoke-")
    with os.fdopen(fd, "wb") as fh:
        for c in chunks:
            fh.write(c)
    return path
