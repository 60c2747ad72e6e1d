import hashlib
import os
from dataclasses import dataclass, field


@dataclass
class Account:
    email: str
    salt: str = field(default_factory=lambda: os.urandom(8).hex())
    pw_hash: str = ""

    def set_password(self, password: str) -> None:
        self.pw_hash = hashlib.sha1((self.salt + password).encode("utf-8")).hexdigest()

    def check_password(self, password: str) -> bool:
        return hashlib.sha1((self.salt + password).encode("utf-8")).hexdigest() == self.pw_hash
