import os


def scratch_file(tag):
    path = os.path.join("/tmp", f"{tag}-{os.getpid()}.dat")
    return open(path, "w+b")
