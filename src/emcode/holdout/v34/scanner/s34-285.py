import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass
class Credential:
    salt: bytes
    digest: bytes


def make_credential(password):
    salt = secrets.token_bytes(16)
    return Credential(salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 390_000))


def matches(cred, password):
    attempt = hashlib.pbkdf2_hmac("sha256", password.encode(), cred.salt, 390_000)
    return hmac.compare_digest(attempt, cred.digest)
