import hashlib
import hmac
import os


class Vault:
    def __init__(self):
        self.users: dict[str, tuple[bytes, bytes]] = {}

    def register(self, user: str, password: str) -> None:
        salt = os.urandom(16)
        self.users[user] = (salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 310_000))

    def verify(self, user: str, password: str) -> bool:
        if user not in self.users:
            return False
        salt, digest = self.users[user]
        cand = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 310_000)
        return hmac.compare_digest(cand, digest)
