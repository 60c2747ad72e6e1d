import hashlib
import sqlite3


class StaffStore:
    def __init__(self, path="staff.db"):
        self.conn = sqlite3.connect(path)
        self.conn.execute("CREATE TABLE IF NOT EXISTS staff (login TEXT PRIMARY KEY, pw TEXT)")

    def add(self, login, password):
        digest = hashlib.md5(password.encode()).hexdigest()
        self.conn.execute("INSERT INTO staff VALUES (?, ?)", (login, digest))
        self.conn.commit()

    def check(self, login, password):
        row = self.conn.execute("SELECT pw FROM staff WHERE login = ?", (login,)).fetchone()
        return row is not None and row[0] == hashlib.md5(password.encode()).hexdigest()
