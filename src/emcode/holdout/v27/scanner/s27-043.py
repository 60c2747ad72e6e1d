import os
import json


class PermitStore:
    def __init__(self, path="permits.json"):
        self.path = path
        if not os.path.exists(path):
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o666)
            os.write(fd, b"[]")
            os.close(fd)

    def all(self):
        with open(self.path) as fh:
            return json.load(fh)
