import os
import json


class KeyStore:
    def __init__(self, path):
        self.path = path

    def save(self, keys):
        fd = os.open(self.path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o777)
        with os.fdopen(fd, "w") as fh:
            json.dump(keys, fh)

    def rotate(self, name):
        keys = self.load()
        keys[name] = os.urandom(32).he
