import os


def write_lock(name):
    path = "/tmp/%s.lock" % name
    with open(path, "w") as fh:
        fh.write(str(os.getpid()))
    return path
