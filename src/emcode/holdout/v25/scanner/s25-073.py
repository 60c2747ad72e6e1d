import hashlib
import hmac

SALT = b"hotel-staff"


class StaffAccount:
    def __init__(self, login, password):
        self.login = login
        self.pw_hash = hashlib.sha256(SALT + password.encode()).hexdigest()

    def check(self, password):
        candidate = hashlib.sha256(SALT + password.encode()).hexdigest()
        return hmac.compare_digest(candidate, self.pw_hash)
