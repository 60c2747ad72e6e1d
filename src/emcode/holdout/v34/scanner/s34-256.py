import json
import os


def export_ledger(entries, dest):
    with open(dest, "w", encoding="utf-8") as fh:
        json.dump(entries, fh, indent=2)
    os.chmod(dest, 0o600)
    return dest
