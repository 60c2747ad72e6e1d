import os
import stat


def prepare_drop_folder(path):
    os.makedirs(path, exist_ok=True)
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
    return path
