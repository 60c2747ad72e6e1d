import hashlib
import hmac
import secrets


class PasswordStore:
    def __init__(self):
        self._db = {}

    def set(self, username, password):
        salt = secrets.token_bytes(16)
        digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
        self._db[username] = (salt, digest)

    def verify(self, username, password):
        if username not in self._db:
            return False
        salt, digest = self._db[username]
        return hmac.compare_digest(digest, hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1))
