import json
import os


def save_config(path, cfg, mode=0o777):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, mode)
    with os.fdopen(fd, "w") as fh:
        json.dump(cfg, fh)
