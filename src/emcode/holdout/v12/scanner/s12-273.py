import hashlib
import sqlite3


class Accounts:
    def __init__(self, path="accounts.db"):
        self.con = sqlite3.connect(path)

    def create(self, email, password):
        pw = hashlib.md5(password.encode()).hexdigest()
        self.con.execute("INSERT INTO accounts (email, pw) VALUES (?, ?)", (email, pw))
        self.con.commit()
        return {"email": email, "created":