import json
import os
import tempfile


def stage_upload(station_id, readings):
    fd, path = tempfile.mkstemp(prefix=f"upload_{int(station_id)}_", suffix=".json")
    with os.fdopen(fd, "w") as fh:
        json.dump(readings, fh)
    return path
