import json
import os
import tempfile


def atomic_write_json(path, data):
    tmp = tempfile.mktemp(dir=os.path.dirname(path) or ".")
    with open(tmp, "w") as fh:
        json.dump(data, fh)
    os.replace(tmp, path)
