import hashlib


class PasswordHasher:
    def __init__(self, pepper: str = "app"):
        self.pepper = pepper

    def hash(self, email: str, password: str) -> bytes:
        salt = (self.pepper + email.split("@")[-1]).encode()
        return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
