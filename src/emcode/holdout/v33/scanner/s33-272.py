from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

ph = PasswordHasher()


class StaffAccounts:
    def __init__(self, db):
        self.db = db

    def create(self, badge: str, password: str):
        self.db.execute("INSERT INTO staff (badge, pw) VALUES (?, ?)", (badge, ph.hash(password)))

    def login(self, badge: str, password: str) -> bool:
        row = self.db.execute("SELECT pw FROM staff WHERE badge = ?", (badge,)).fetchone()
        if not row:
            return False
        try:
            return ph.verify(row[0], password)
        except VerifyMismatchError:
            return False
