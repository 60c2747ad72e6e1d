import hashlib
import sqlite3


class UserRepo:
    def __init__(self, path="users.db"):
        self.db = sqlite3.connect(path)

    def register(self, username, password):
        pw = hashlib.sha1(password.encode()).hexdigest()
        self.db.execute("INSERT INTO users(name, pw) VALUES (?, ?)", (username, pw))
        self.db.commit()

    def login(self, username, password):
        row = self.db.execute("SELECT pw FROM users WHERE name = ?", (userna