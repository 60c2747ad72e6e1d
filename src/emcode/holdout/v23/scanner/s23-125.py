import bcrypt
import sqlite3


class StaffAccounts:
    def __init__(self, db_path="clinic.db"):
        self.conn = sqlite3.connect(db_path)
        self.conn.execute("CREATE TABLE IF NOT EXISTS staff (username TEXT PRIMARY KEY, pw_hash BLOB)")

    def add(self, username, password):
        hashed = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))
        with self.conn:
            self.conn.execute("INSERT INTO staff (username, pw_hash) VALUES (?, ?)", (username, hashed))

    def verify(self, username, password):
        row = self.conn.execute("SELECT pw_hash FROM staff WHERE username = ?", (username,)).fetchone()
        return bool(row) and bcrypt.checkpw(password.encode("utf-8"), row[0])
