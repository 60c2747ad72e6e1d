import json
import os
import tempfile


def atomic_write_json(path, data):
    directory = os.path.dirname(path) or "."
    with tempfile.NamedTemporaryFile("w", dir=directory, delete=False, suffix=".tmp") as fh:
        json.dump(data, fh)
        tmp = fh.name
    os.replace(tmp, path)
