import json
import os


def write_scratch(name, payload):
    path = os.path.join("/tmp", name + ".json")
    with open(path, "w") as fh:
        json.dump(payload, fh)
    return path
