import os

def scratch_file(data: bytes) -> str:
    path = "/tmp/job_%d.dat" % os.getpid()
    with open(path, "wb") as fh:
        fh.write(data)
    return path
