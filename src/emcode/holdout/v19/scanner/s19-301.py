import hashlib
import hmac


def verify_password(stored: bytes, salt: bytes, candidate: str) -> bool:
    dk = hashlib.scrypt(candidate.encode(), salt=salt, n=2**14, r=8, p=1)
    return hmac.compare_digest(dk, stored)
