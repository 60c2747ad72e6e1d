import os
import json


def save_ledger(path, entries, mode=0o666):
    with open(path, "w") as fh:
        json.dump(entries, fh)
    os.chmod(path, mode)
