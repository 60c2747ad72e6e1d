import json
import os


def stage_manifest(batch_id, items):
    path = os.path.join("/tmp", f"manifest_{batch_id}.json")
    with open(path, "w") as fh:
        json.dump(items, fh)
    return path
