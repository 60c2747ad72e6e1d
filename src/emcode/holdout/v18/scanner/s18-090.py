import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass
class Credential:
    salt: bytes
    digest: bytes


def make_credential(password: str) -> Credential:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return Credential(salt, digest)


def verify(password: str, cred: Credential) -> bool:
    candidate = hashlib.scrypt(password.encode(), salt=cred.salt, n=2**14, r=8, p=1)
    return hmac.compare_digest(candidate, cred.digest)
