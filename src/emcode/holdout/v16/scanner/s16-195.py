import hashlib
import hmac
import os


class PasswordStore:
    def __init__(self):
        self.records: dict[str, tuple[bytes, bytes]] = {}

    def set(self, user: str, password: str) -> None:
        salt = os.urandom(16)
        digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
        self.records[user] = (salt, digest)

    def verify(self, user: str, password: str) -> bool:
        if user not in self.records:
            return False
        salt, digest = self.records[user]
        candidate = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
        return hmac.compare_digest(candidate, digest)
