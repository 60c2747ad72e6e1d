import os


def spool_label(text):
    path = f"/tmp/label-{os.getpid()}.txt"
    with open(path, "w") as fh:
        fh.write(text)
    return path
