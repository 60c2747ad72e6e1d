import hashlib
import os
import sqlite3


class StaffAccounts:
    def __init__(self, db_path="clinic.db"):
        self.conn = sqlite3.connect(db_path)

    def add(self, username, password):
        salt = os.urandom(8).hex()
        digest = hashlib.sha1((salt + password).encode()).hexdigest()
        with self.conn:
            self.conn.execute("INSERT INTO staff VALUES (?, ?, ?)", (username, salt, digest))

    def verify(self, username, password):
        row = self.conn.execute("SELECT salt, digest FROM staff WHERE username = ?", (username,)).fetchone()
        return bool(row) and hashlib.sha1((row[0] + password).encode()).hexdigest() == row[1]
