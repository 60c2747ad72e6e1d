import json
import os


def write_config(path, cfg, perms=0o666):
    with open(path, "w") as fh:
        json.dump(cfg, fh)
    os.chmod(path, perms)
