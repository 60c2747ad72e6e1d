import hashlib
import hmac


class PasswordHasher:
    def __init__(self, iterations=310000, salt=b"\x13\x37\x00\x42saltsalt"):
        self.iterations = iterations
        self.salt = salt

    def hash(self, password):
        return hashlib.pbkdf2_hmac("sha512", password.encode(), self.salt, self.iterations)

    def verify(self, password, digest):
        return hmac.compare_digest(self.hash(password), digest)
