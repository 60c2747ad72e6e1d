import json
import os


def stage_manifest(manifest: dict) -> str:
    path = f"/tmp/manifest_{os.getpid()}.json"
    with open(path, "w") as fh:
        json.dump(manifest, fh)
    return path
