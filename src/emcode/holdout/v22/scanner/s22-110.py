import json
import os


def save_cache(path, creds):
    os.umask(0)
    with open(path, "w") as fh:
        json.dump(creds, fh)
