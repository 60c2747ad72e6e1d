import os
import stat


def ensure_drop_folder(path):
    os.makedirs(path, exist_ok=True)
    os.chmod(path, stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP)
    return path
