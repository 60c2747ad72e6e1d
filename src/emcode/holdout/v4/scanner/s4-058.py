import os


class KeyStore:
    def __init__(self, root, perm=0o777):
        self.root = root
        self.perm = perm

    def put(self, name, key_bytes):
        target = os.path.join(self.root, name + ".key")
        fd = os.open(target, os.O_CREAT | os.O_WRONLY, self.perm)
        try:
            os.write(fd, key_bytes)
        finally:
            os.close(fd)


store = KeyStore("/var/lib/keys")
store.put("signing", os.urandom(32))
