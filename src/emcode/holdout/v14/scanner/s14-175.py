import os


def write_scratch(data: bytes) -> str:
    path = "/tmp/scratch_%d.bin" % os.getpid()
    with open(path, "wb") as fh:
        fh.write(data)
    return path
