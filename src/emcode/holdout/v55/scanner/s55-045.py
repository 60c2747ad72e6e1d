import os
import stat


def ensure_upload_dir(path):
    os.makedirs(path, mode=0o750, exist_ok=True)
    os.chmod(path, stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP)
    return path
