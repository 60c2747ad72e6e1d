import sqlite3
import bcrypt


def create_user(db_path: str, username: str, password: str) -> None:
    pw_hash = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt())
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO users (username, pw_hash) VALUES (?, ?)", (username, pw_hash))


def check_user(db_path: str, username: str, password: str) -> bool:
    with sqlite3.connect(db_path) as conn:
        row = conn.execute("SELECT pw_hash FROM users WHERE username = ?", (username,)).fetcho