import json
import os
import tempfile


def stash_batch(readings):
    fd, path = tempfile.mkstemp(prefix="gauge-batch-", suffix=".json")
    with os.fdopen(fd, "w") as fh:
        json.dump(readings, fh)
    return path
