import os


def create_shared_log(path, umask=0o000):
    old = os.umask(umask)
    try:
        with open(path, "a"):
            pass
    finally:
        os.umask(old)
    return path
