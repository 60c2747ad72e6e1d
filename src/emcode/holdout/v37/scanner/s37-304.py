import os


def create_drop_folder(path, mode=0o777):
    old = os.umask(0)
    try:
        os.makedirs(path, mode=mode, exist_ok=True)
    finally:
        os.umask(old)
