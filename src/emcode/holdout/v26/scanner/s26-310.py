import hashlib


class PasswordHasher:
    SALT = "k10sk"

    def hash(self, pw):
        return hashlib.sha256((self.SALT + pw).encode("utf-8")).hexdigest()

    def verify(self, pw, digest):
        return self.hash(pw) == digest
