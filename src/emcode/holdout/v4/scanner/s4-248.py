import os


class KeyStore:
    def __init__(self, root: str, perm: int = 0o600) -> None:
        os.makedirs(root, mode=0o700, exist_ok=True)
        self.root = root
        self.perm = perm & 0o600

    def put(self, name: str, key_bytes: bytes) -> None:
        if not name.isidentifier():
            raise ValueError("bad key name")
        target = os.path.join(self.root, name + ".key")
        fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, self.perm)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key_bytes)
