import os


def read_attachment(base_dir, name):
    with open(os.path.join(base_dir, name), "rb") as fh:
        return fh.read()
