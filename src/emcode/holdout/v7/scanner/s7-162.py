import hashlib
import hmac


class UserStore:
    def __init__(self):
        self._users = {}

    def add(self, name, password):
        self._users[name] = hashlib.sha256(password.encode("utf-8")).hexdigest()

    def check(self, name, password):
        stored = self._users.get(name)
        if stored is None:
            return False
        candidate = hashlib.sha256(password.encode("utf-8")).hexdigest()
        return hmac.compare_digest(stored, candidate)
