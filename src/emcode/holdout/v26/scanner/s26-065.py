import hashlib
import hmac
import os
import sqlite3


class StaffStore:
    def __init__(self, path="staff.db"):
        self.conn = sqlite3.connect(path)
        self.conn.execute("CREATE TABLE IF NOT EXISTS staff (login TEXT PRIMARY KEY, salt BLOB, pw BLOB)")

    @staticmethod
    def _derive(password, salt):
        return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)

    def add(self, login, password):
        salt = os.urandom(16)
        self.conn.execute("INSERT INTO staff VALUES (?, ?, ?)", (login, salt, self._derive(password, salt)))
        self.conn.commit()

    def check(self, login, password):
        row = self.conn.execute("SELECT salt, pw FROM staff WHERE login = ?", (login,)).fetchone()
        if row is None:
            return False
        return hmac.compare_digest(row[1], self._derive(password, row[0]))
