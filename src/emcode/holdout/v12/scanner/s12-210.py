import sqlite3
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

ph = PasswordHasher()


class Accounts:
    def __init__(self, path="accounts.db"):
        self.con = sqlite3.connect(path)

    def create(self, email, password):
        self.con.execute("INSERT INTO accounts (email, pw) VALUES (?, ?)", (email, ph.hash(password)))
        self.con.commit()

    def verify(self, email, password):
        row = self.con.execute("SELECT pw FROM accounts WHERE email = ?", (email,)).fetchone()
        if row is None:
            return False
        try:
            return ph.verify(row[0], pass