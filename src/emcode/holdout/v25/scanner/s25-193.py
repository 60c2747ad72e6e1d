import os
import json


def export_case(case, out_dir="exports"):
    """Write a legal case file as JSON for the records office."""
    os.makedirs(out_dir, mode=0o700, exist_ok=True)
    path = os.path.join(out_dir, "case-%d.json" % int(case["id"]))
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    fd = os.open(path, flags, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(case, fh, indent=2)
    return path
