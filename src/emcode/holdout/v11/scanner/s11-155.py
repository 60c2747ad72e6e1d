import hashlib
import hmac
import os
from dataclasses import dataclass, field


@dataclass
class Account:
    email: str
    salt: bytes = field(default_factory=lambda: os.urandom(16))
    pw_hash: bytes = b""

    def _derive(self, password: str) -> bytes:
        return hashlib.scrypt(password.encode("utf-8"), salt=self.salt, n=2**14, r=8, p=1)

    def set_password(self, password: str) -> None:
        self.pw_hash = self._derive(password)

    def check_password(self, password: str) -> bool:
        return hmac.compare_digest(self._derive(password), self.pw_hash)
