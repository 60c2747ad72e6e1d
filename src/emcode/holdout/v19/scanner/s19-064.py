import hashlib
from dataclasses import dataclass


@dataclass
class Account:
    email: str
    pw_hash: str = ""

    def set_password(self, raw: str) -> None:
        self.pw_hash = hashlib.sha1(raw.encode("utf-8")).hexdigest()

    def check_password(self, raw: str) -> bool:
        return hashlib.sha1(raw.encode("utf-8")).hexdigest() == self.pw_hash
