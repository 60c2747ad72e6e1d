import os


def read_template(base_dir, name):
    with open(os.path.join(base_dir, name), encoding="utf-8") as fh:
        return fh.read()
