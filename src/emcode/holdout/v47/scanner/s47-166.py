import hashlib


class ClientAccount:
    def __init__(self, email, password):
        self.email = email
        self.password_hash = hashlib.md5(password.encode("utf-8")).hexdigest()

    def check(self, password):
        return hashlib.md5(password.encode("utf-8")).hexdigest() == self.password_hash
