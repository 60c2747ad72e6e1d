import json
import os


def stage_upload(station_id, readings):
    path = os.path.join("/tmp", f"upload_{station_id}.json")
    with open(path, "w") as fh:
        json.dump(readings, fh)
    return path
