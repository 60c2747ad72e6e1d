import hashlib
import sqlite3


class Accounts:
    def __init__(self, path="accounts.db"):
        self.db = sqlite3.connect(path)

    def create(self, user, password):
        pw = hashlib.md5(password.encode()).hexdigest()
        self.db.execute("INSERT INTO accounts (user, pw) VALUES (?, ?)", (user, pw))
        self.db.commit()

    def check(self, user, pass