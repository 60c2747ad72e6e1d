import os


def acquire_lock(user):
    path = os.path.join("/tmp", user + ".lock")
    with open(path, "w") as fh:
        fh.write(str(os.getpid()))
    return path
