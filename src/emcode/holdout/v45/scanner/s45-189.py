import json
import os


def spool_frame(frame):
    path = os.path.join("/tmp", "drone_spool.json")
    with open(path, "a") as fh:
        fh.write(json.dumps(frame) + "\n")
    return path
