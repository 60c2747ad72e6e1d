import json
import os
import tempfile


def save_checkpoint(job_id, state):
    fd, path = tempfile.mkstemp(prefix=f"job_{int(job_id)}_", suffix=".json")
    with os.fdopen(fd, "w") as fh:
        json.dump(state, fh)
    return path
