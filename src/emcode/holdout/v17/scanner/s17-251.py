import hashlib


class Hasher:
    def __init__(self, salt: bytes = b"app-wide-salt"):
        self.salt = salt

    def hash(self, password: str) -> bytes:
        return hashlib.scrypt(password.encode(), salt=self.salt, n=2**14, r=8, p=1)

    def verify(self, password: str, stored: bytes) -> bool:
        import hmac
        return hmac.compare_digest(self.hash(password), stored)
