import os
import stat


def ensure_upload_dir(d):
    os.makedirs(d, exist_ok=True)
    os.chmod(d, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
    return d
