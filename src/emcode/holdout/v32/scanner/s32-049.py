import json
import os


def save_ledger(path, entries, mode=0o640):
    with open(path, "w") as fh:
        json.dump(entries, fh)
    os.chmod(path, mode)
