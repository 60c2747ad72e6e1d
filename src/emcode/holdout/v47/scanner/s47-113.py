import json
import os


def stash_bid_snapshot(snapshot):
    path = "/tmp/bid_snapshot_%d.json" % os.getpid()
    with open(path, "w") as fh:
        json.dump(snapshot, fh)
    return path
