import os


class CredentialCache:
    def __init__(self, directory, mode=0o600):
        self.directory = directory
        self.mode = mode & 0o700
        os.makedirs(directory, mode=0o700, exist_ok=True)

    def _path(self, name):
        return os.path.join(self.directory, os.path.basename(name) + ".cred")

    def put(self, name, secret):
        path = self._path(name)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, self.mode)
        with os.fdopen(fd, "w") as fh:
            fh.write(secret)

    def get(self, name):
        with open(self._path(name)) as fh:
            return fh.read()
