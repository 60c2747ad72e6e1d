import os


class KeyStore:
    def __init__(self, root, perms=0o666):
        self.root = root
        self.perms = perms

    def save(self, name, material: bytes):
        path = os.path.join(self.root, os.path.basename(name) + ".key")
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, self.perms)
        try:
            os.write(fd, material)
        finally:
            os.close(fd)
        return path
