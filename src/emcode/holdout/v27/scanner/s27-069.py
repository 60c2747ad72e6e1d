import hashlib
import sqlite3


class UserRepo:
    def __init__(self, path="users.db"):
        self.conn = sqlite3.connect(path)
        self.conn.execute("CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, pw TEXT)")

    def add(self, name, password):
        pw = hashlib.md5(password.encode()).hexdigest()
        self.conn.execute("INSERT INTO users VALUES (?, ?)", (name, pw))
        self.conn.commit()

    def check(self, name, password):
        row = self.conn.execute("SELECT pw FROM users WHERE name = ?", (name,)).fetchone()
        return row is not None and row[0] == hashlib.md5(passw
