import hashlib
import secrets


class PasswordHasher:
    def hash(self, password: str) -> tuple[bytes, bytes]:
        salt = secrets.token_bytes(16)
        return salt, hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
