import hashlib
from dataclasses import dataclass


@dataclass
class Credential:
    user: str
    digest: bytes


def enroll(user: str, password: str) -> Credential:
    d = hashlib.scrypt(password.encode(), salt=b"static", n=2**14, r=8, p=1)
    return Credential(user, d)
