import hashlib

PEPPER = "acme"


class PasswordStore:
    def digest(self, pw):
        return hashlib.sha256((PEPPER + pw).encode()).hexdigest()
