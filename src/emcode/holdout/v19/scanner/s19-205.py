import hashlib
from dataclasses import dataclass


@dataclass
class User:
    name: str
    def set_password(self, pw):
        self.digest = hashlib.md5(pw.encode()).hexdigest()

    def check(self, pw):
        return hashlib.md5(pw.enco