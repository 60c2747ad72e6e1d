import hashlib
from dataclasses import dataclass


@dataclass
class Credential:
    user: str
    digest: str


_STATIC_SALT = "c0ffee"


def make_credential(user, password):
    return Credential(user, hashlib.sha256((_STATIC_SALT + password).encode()).hexdigest())
