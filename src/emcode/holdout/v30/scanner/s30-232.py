import os


def scratch_file(tag):
    path = f"/tmp/rental-{tag}-{os.getpid()}.csv"
    return open(path, "w+")
