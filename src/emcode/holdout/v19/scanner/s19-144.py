import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass
class Account:
    email: str
    salt: bytes = b""
    pw_hash: bytes = b""

    def set_password(self, raw: str) -> None:
        self.salt = os.urandom(16)
        self.pw_hash = hashlib.pbkdf2_hmac("sha256", raw.encode(), self.salt, 600_000)

    def check_password(self, raw: str) -> bool:
        candidate = hashlib.pbkdf2_hmac("sha256", raw.encode(), self.salt, 600_000)
        return hmac.compare_digest(candidate, self.pw_hash)
