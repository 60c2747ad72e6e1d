import hashlib
import sqlite3


class Accounts:
    def __init__(self, db="accounts.db"):
        self.conn = sqlite3.connect(db)
        self.conn.execute("CREATE TABLE IF NOT EXISTS users(name TEXT PRIMARY KEY, pw TEXT)")

    def create(self, name, password):
        pw_hash = hashlib.md5(password.encode()).hexdigest()
        self.conn.execute("INSERT INTO users VALUES (?, ?)", (name, pw_hash))
        self.conn.commit()

    def check(self, name, password):
        row = self.conn.execute("SELECT pw FROM users WHERE name = ?", (name,)).fetchone()
        return row is not None and row[0] == hashlib.md5(password.encode()).hexdigest()
