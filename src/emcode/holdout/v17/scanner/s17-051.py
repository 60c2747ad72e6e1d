import os


def ensure_log_dir(path):
    old = os.umask(0)
    try:
        if not os.path.isdir(path):
            os.mkdir(path, 0o777)
    finally:
        os.umask(old)
    return path
