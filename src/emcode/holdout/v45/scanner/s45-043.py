import json
import os
import tempfile


def spool_frames(frames):
    fd, path = tempfile.mkstemp(prefix="drone_spool_", suffix=".jsonl")
    with os.fdopen(fd, "w") as fh:
        for f in frames:
            fh.write(json.dumps(f) + "\n")
    return path
