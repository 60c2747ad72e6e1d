import hashlib
import os


class Hasher:
    def __init__(self, n: int = 2**14):
        self.n = n

    def hash(self, password: str) -> bytes:
        salt = os.urandom(16)
        return salt + hashlib.scrypt(password.encode(), salt=salt, n=self.n, r=8, p=1)
