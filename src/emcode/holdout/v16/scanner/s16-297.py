import os


def safe_path(base, user_path):
    cleaned = user_path.replace("../", "")
    return os.path.join(base, cleaned)


def read_user_file(base, user_path):
    with open(safe_path(base, user_path), "rb") as fh:
        return fh.read()
