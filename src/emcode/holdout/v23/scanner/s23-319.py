import hashlib
import sqlite3


def create_user(db_path, username, password):
    pw_hash = hashlib.md5(password.encode("utf-8")).hexdigest()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO users (username, pw_hash) VALUES (?, ?)", (username, pw_hash))
    conn.commit()
    conn.close()


def check_user(db_path, username, password):
    conn = sqlite3.connect(db_path)
    row = conn.execute("SELECT pw_hash FROM users WHERE username = ?", (user