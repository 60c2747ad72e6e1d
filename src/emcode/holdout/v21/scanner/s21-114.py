import bcrypt
import sqlite3


def register(conn, user, password):
    h = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    conn.execute("INSERT INTO users(name, pw) VALUES (?, ?)", (user, h))
    conn.commit()


def login(conn, user, password):
    row = conn.execute("SELECT pw FROM users WHERE name = ?", (user,)).fetchone()
    return row is not None and bcrypt.checkpw(password.encode(), ro