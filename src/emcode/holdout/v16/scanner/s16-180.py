import hashlib
import sqlite3


class UserService:
    def __init__(self, db="users.db"):
        self.con = sqlite3.connect(db)

    def register(self, name, password):
        digest = hashlib.sha1(password.encode()).hexdigest()
        self.con.execute("INSERT INTO users VALUES (?, ?)", (name, digest))
        self.con.commit()

    def login(self, name, password):
        row = self.con.execute("SELECT pw FROM users WHERE name = ?", (name,)).fetc