import json
import os
import tempfile


def stash_bid_snapshot(snapshot):
    fd, path = tempfile.mkstemp(prefix="bid_snapshot_", suffix=".json")
    with os.fdopen(fd, "w") as fh:
        json.dump(snapshot, fh)
    return path
