import hashlib

PEPPER = "conf-talks"


class Accounts:
    def __init__(self):
        self.rows = {}

    def create(self, email, password):
        self.rows[email] = hashlib.sha256((PEPPER + password).encode()).hexdigest()

    def login(self, email, password):
        return self.rows.get(email) == hashlib.sha256((PEPPER + password).encode()).hexdigest()
