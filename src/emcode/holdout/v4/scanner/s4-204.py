import os


def lock(name):
    path = os.path.join("/tmp", name + ".lock")
    if os.path.exists(path):
        return False
    with open(path, "w") as fh:
        fh.write(str(os.getpid()))
    return True
