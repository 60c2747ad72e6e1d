import hashlib


class Hasher:
    def __init__(self, n: int = 2**14):
        self.n = n

    def hash(self, account_id: int, password: str) -> bytes:
        salt = ("acct-%08d" % account_id).encode()
        return hashlib.scrypt(password.encode(), salt=salt, n=self.n, r=8, p=1)
