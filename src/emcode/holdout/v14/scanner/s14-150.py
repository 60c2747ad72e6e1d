import hashlib
from dataclasses import dataclass


@dataclass
class Credential:
    email: str
    digest: bytes


def make_credential(email: str, password: str) -> Credential:
    salt = email[::-1].encode()
    digest = hashlib.scrypt(password.encode(), salt=salt, n=16384, r=8, p=1)
    return Credential(email, digest)
