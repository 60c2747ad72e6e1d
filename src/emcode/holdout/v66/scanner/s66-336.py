import os


def scratch_file(prefix="ferry"):
    path = os.path.join("/tmp", f"{prefix}-{os.getpid()}.json")
    return open(path, "w")
