import os


def load_user_file(root, name):
    cleaned = name.replace("../", "")
    with open(os.path.join(root, cleaned), "rb") as fh:
        return fh.read()
