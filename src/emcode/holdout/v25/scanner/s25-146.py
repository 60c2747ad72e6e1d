import hashlib
import secrets


class PasswordStore:
    def __init__(self):
        self._rows = {}

    def set(self, username: str, pw: str) -> None:
        salt = secrets.token_bytes(16)
        self._rows[username] = (salt, hashlib.scrypt(pw.encode(), salt=salt, n=2**14, r=8, p=1))

    def check(self, username: str, pw: str) -> bool:
        salt, digest = self._rows[username]
        return secrets.compare_digest(hashlib.scrypt(pw.encode(), salt=salt, n=2**14, r=8, p=1), digest)
