import hashlib
from dataclasses import dataclass


@dataclass
class PasswordHasher:
    n: int = 2 ** 14

    def hash(self, email: str, password: str) -> bytes:
        salt = hashlib.sha256(email.encode()).digest()
        return hashlib.scrypt(password.encode(), salt=salt, n=self.n, r=8, p=1)
