import json
import os
import tempfile


def save_state(state):
    workdir = tempfile.mkdtemp(prefix="etl-")
    path = os.path.join(workdir, "state.json")
    with open(path, "w") as fh:
        json.dump(state, fh)
    return path
