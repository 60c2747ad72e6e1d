import os

def read_user_file(base_dir, name):
    with open(os.path.join(base_dir, name)) as fh:
        return fh.read()
