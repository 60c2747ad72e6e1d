import os
import tempfile


def spool_upload(data):
    path = os.path.join(tempfile.gettempdir(), "trap_upload_%d.bin" % os.getpid())
    with open(path, "wb") as fh:
        fh.write(data)
    return path
