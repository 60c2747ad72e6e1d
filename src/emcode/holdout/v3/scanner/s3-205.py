import json
import os
import stat
from pathlib import Path


def save_credentials(path, creds):
    Path(path).touch(mode=0o600, exist_ok=True)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    with open(path, "w") as fh:
        json.dump(creds, fh)
    return path
