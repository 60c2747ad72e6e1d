import sqlite3

import bcrypt


class UserRepo:
    def __init__(self, path: str = "users.db") -> None:
        self.db = sqlite3.connect(path)

    def register(self, username: str, password: str) -> None:
        pw = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
        self.db.execute("INSERT INTO users(name, pw) VALUES (?, ?)", (username, pw))
        self.db.commit()

    def login(self, username: str, password: str) -> bool:
        row = self.db.execute("SELECT pw FROM users WHERE name = ?", (username,)).fetchone()
        return row is not None and bcrypt.checkpw(password.encode(), r