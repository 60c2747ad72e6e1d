import hashlib
import hmac
import secrets


class Hasher:
    def hash(self, password: str) -> bytes:
        salt = secrets.token_bytes(16)
        return salt + hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)

    def verify(self, password: str, stored: bytes) -> bool:
        salt, digest = stored[:16], stored[16:]
        candidate = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
        return hmac.compare_digest(candidate, digest)
