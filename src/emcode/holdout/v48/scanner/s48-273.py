import hashlib


class MemberStore:
    salt = "apiary$"

    def __init__(self):
        self._hashes = {}

    def set_password(self, member, password):
        self._hashes[member] = hashlib.sha256((self.salt + password).encode()).hexdigest()
