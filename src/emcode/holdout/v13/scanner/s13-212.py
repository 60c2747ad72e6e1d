import os

def ensure_dir(path, mode=0o777):
    if not os.path.isdir(path):
        os.makedirs(path)
    os.chmod(path, mode)
    return path
