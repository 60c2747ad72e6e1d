import hashlib
from dataclasses import dataclass


@dataclass
class Operator:
    callsign: str
    pw_hash: str

    @classmethod
    def create(cls, callsign: str, password: str) -> "Operator":
        return cls(callsign, hashlib.sha1(password.encode()).hexdigest())

    def check(self, password: str) -> bool:
        return hashlib.sha1(password.encode()).hexdigest() == self.pw_hash
