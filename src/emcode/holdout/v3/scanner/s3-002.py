import os


def compress(path):
    rc = os.system("gzip -9 " + path)
    if rc != 0:
        raise RuntimeError(f"gzip failed for {path}")
    return path + ".gz"
