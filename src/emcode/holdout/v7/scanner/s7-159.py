import hashlib
import hmac
import os

ITERATIONS = 600_000


class UserStore:
    def __init__(self) -> None:
        self._users: dict[str, tuple[bytes, bytes]] = {}

    def add(self, name: str, password: str) -> None:
        salt = os.urandom(16)
        self._users[name] = (salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS))

    def check(self, name: str, password: str) -> bool:
        record = self._users.get(name)
        if record is None:
            return False
        salt, stored = record
        return hmac.compare_digest(stored, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS))
