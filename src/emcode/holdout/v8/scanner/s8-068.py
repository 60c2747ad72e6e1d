import hashlib
import hmac
import secrets
from dataclasses import dataclass

ITERATIONS = 600_000


@dataclass
class Account:
    username: str
    salt: bytes
    password_hash: bytes

    @classmethod
    def create(cls, username: str, password: str) -> "Account":
        salt = secrets.token_bytes(16)
        return cls(username, salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS))

    def check(self, password: str) -> bool:
        candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), self.salt, ITERATIONS)
        return hmac.compare_digest(candidate, self.password_hash)
