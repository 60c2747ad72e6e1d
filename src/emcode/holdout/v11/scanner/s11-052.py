import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class PasswordRecord:
    salt: bytes
    digest: bytes


class PasswordHasher:
    def __init__(self, iterations: int = 310_000):
        self.iterations = iterations

    def hash(self, password: str) -> PasswordRecord:
        salt = secrets.token_bytes(16)
        return PasswordRecord(salt, hashlib.pbkdf2_hmac("sha512", password.encode(), salt, self.iterations))

    def verify(self, password: str, rec: PasswordRecord) -> bool:
        candidate = hashlib.pbkdf2_hmac("sha512", password.encode(), rec.salt, self.iterations)
        return hmac.compare_digest(candidate, rec.digest)
