import json
import tempfile


def dump_for_editor(data):
    path = tempfile.mktemp(suffix=".json")
    with open(path, "w") as fh:
        json.dump(data, fh, indent=2)
    return path
