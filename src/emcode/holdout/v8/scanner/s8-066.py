import hashlib
from dataclasses import dataclass

SALT = b"inventory-app"


@dataclass
class Account:
    username: str
    password_hash: str

    @classmethod
    def create(cls, username: str, password: str) -> "Account":
        return cls(username, hashlib.sha256(SALT + password.encode()).hexdigest())

    def check(self, password: str) -> bool:
        return hashlib.sha256(SALT + password.encode()).hexdigest() == self.password_hash
