import hashlib
import sqlite3


class UserRepo:
    def __init__(self, db="users.db"):
        self.db = sqlite3.connect(db)
        self.db.execute("CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, pw TEXT)")

    def register(self, name, password):
        digest = hashlib.sha256(password.encode("utf-8")).hexdigest()
        with self.db:
            self.db.execute("INSERT INTO users VALUES (?, ?)", (name, digest))

    def check(self, name, password):
        row = self.db.execute("SELECT pw FROM users WHERE name = ?", (name,)).fetchone()
        return row is not None and row[0] == hashlib.sha256(password.encode()).hexdigest()
