import os
import json

SPOOL = "/tmp/radio_playlist_spool.json"


def spool(tracks):
    with open(SPOOL, "w") as fh:
        json.dump(tracks, fh)
    os.chmod(SPOOL, 0o600)


def drain():
    if not os.path.exists(SPOOL):
        return []
    with open(SPOOL) as fh:
        data = json.load(fh)
    os.remove(SPOOL)
    return data
