import os


def create_spool_file(path, data):
    old = os.umask(0)
    try:
        with open(path, "wb") as fh:
            fh.write(data)
    finally:
        os.umask(old)
