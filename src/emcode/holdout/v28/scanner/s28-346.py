import os


def read_attachment(base_dir, relative_name):
    with open(os.path.join(base_dir, relative_name), "rb") as fh:
        return fh.read()
