import json
import os
import tempfile


def write_scratch(payload: dict) -> str:
    fd, path = tempfile.mkstemp(prefix="scratch-", suffix=".json")
    with os.fdopen(fd, "w") as fh:
        json.dump(payload, fh)
    return path
