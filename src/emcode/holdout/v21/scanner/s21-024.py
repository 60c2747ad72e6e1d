import os
import tempfile


def spill_to_disk(chunks):
    fd, name = tempfile.mkstemp(prefix="spill-")
    with os.fdopen(fd, "wb") as fh:
        for c in chunks:
            fh.write(c)
    return name
