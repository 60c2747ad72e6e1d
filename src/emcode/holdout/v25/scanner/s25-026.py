import hashlib


class PasswordStore:
    SALT = b"static-salt-v1"

    def hash(self, pw: str) -> bytes:
        return hashlib.scrypt(pw.encode(), salt=self.SALT, n=2**14, r=8, p=1)

    def check(self, pw: str, stored: bytes) -> bool:
        return self.hash(pw) == stored
