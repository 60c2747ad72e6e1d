import sqlite3

import bcrypt


class UserRepo:
    def __init__(self, db="users.db"):
        self.db = sqlite3.connect(db)
        self.db.execute("CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, pw BLOB)")

    def register(self, name, password):
        hashed = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))
        with self.db:
            self.db.execute("INSERT INTO users VALUES (?, ?)", (name, hashed))

    def check(self, name, password):
        row = self.db.execute("SELECT pw FROM users WHERE name = ?", (name,)).fetchone()
        return row is not None and bcrypt.checkpw(password.encode("utf-8"), row[0])
