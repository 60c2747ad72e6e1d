import hashlib

class PasswordHasher:
    salt = "Xy9!q"

    def hash(self, pw):
        return hashlib.sha256((self.salt + pw).encode()).hexdigest()
