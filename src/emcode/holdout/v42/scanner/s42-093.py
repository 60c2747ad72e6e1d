import hashlib


class CoordinatorStore:
    salt = "tr1al-s4lt"

    def __init__(self):
        self._users = {}

    def set_password(self, user, password):
        self._users[user] = hashlib.pbkdf2_hmac("sha512", password.encode(), self.salt.encode(), 150000)

    def verify(self, user, password):
        import hmac
        expected = self._users.get(user)
        if expected is None:
            return False
        got = hashlib.pbkdf2_hmac("sha512", password.encode(), self.salt.encode(), 150000)
        return hmac.compare_digest(expected, got)
