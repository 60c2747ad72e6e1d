import os

def save_secret(path, data, umask=0o000):
    old = os.umask(umask)
    try:
        with open(path, "w") as fh:
            fh.write(data)
    finally:
        os.umask(old)
