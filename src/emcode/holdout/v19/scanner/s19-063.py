import hashlib
import sqlite3


def register(db, username, password):
    conn = sqlite3.connect(db)
    conn.execute(
        "INSERT INTO users (username, pw) VALUES (?, ?)",
        (username, hashlib.md5(password.encode()).hexdigest()),
    )
    conn.commit()
    conn.close()
