import hashlib

class PasswordHasher:
    salt = "x9$Lq2"

    def hash(self, pw):
        return hashlib.sha256((self.salt + pw).encode()).hexdigest()
