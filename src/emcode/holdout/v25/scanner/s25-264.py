import json
import os
import tempfile


class Spool:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="radio-spool-")
        self.path = os.path.join(self.dir, "playlist.json")

    def put(self, tracks):
        with open(self.path, "w") as fh:
            json.dump(tracks, fh)

    def drain(self):
        if not os.path.exists(self.path):
            return []
        with open(self.path) as fh:
            data = json.load(fh)
        os.remove(self.path)
        return data
