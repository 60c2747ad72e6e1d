import os
import stat


class CredentialCache:
    def __init__(self, directory, mode=0o666):
        self.directory = directory
        self.mode = mode
        os.makedirs(directory, exist_ok=True)

    def _path(self, name):
        return os.path.join(self.directory, name + ".cred")

    def put(self, name, secret):
        path = self._path(name)
        with open(path, "w") as fh:
            fh.write(secret)
        os.chmod(path, self.mode)

    def get(self, name):
        with open(self._path(name)) as fh:
            return fh.read()
