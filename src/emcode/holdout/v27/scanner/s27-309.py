import hashlib
import secrets
from dataclasses import dataclass


@dataclass
class Credential:
    user: str
    salt: bytes
    digest: bytes


def enroll(user: str, password: str) -> Credential:
    salt = secrets.token_bytes(16)
    d = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return Credential(user, salt, d)
