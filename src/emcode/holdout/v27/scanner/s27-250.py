import sqlite3
import bcrypt


class UserRepo:
    def __init__(self, path: str = "users.db"):
        self.conn = sqlite3.connect(path)
        self.conn.execute("CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, pw BLOB)")

    def add(self, name: str, password: str) -> None:
        pw = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
        self.conn.execute("INSERT INTO users VALUES (?, ?)", (name, pw))
        self.conn.commit()

    def check(self, name: str, password: str) -> bool:
        row = self.conn.execute("SELECT pw FROM users WHERE name = ?", (name,)).fetchone()
        return row is not None and bcrypt.checkpw(password.enc
