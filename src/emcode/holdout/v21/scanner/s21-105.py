import hashlib
import sqlite3


class UserStore:
    def __init__(self, path="users.db"):
        self.conn = sqlite3.connect(path)

    def register(self, username, password):
        pw = hashlib.md5(password.encode()).hexdigest()
        self.conn.execute("INSERT INTO users(name, pw) VALUES (?, ?)", (username, pw))
        self.conn.commit()

    def login(self, username, password):
        row = self.conn.execute("SELECT pw FROM users WHERE name = ?", (username,)).fetchone()
        if row is None:
            return Fal