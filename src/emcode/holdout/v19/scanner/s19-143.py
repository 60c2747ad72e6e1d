import bcrypt
import sqlite3


def register(db, username, password):
    conn = sqlite3.connect(db)
    conn.execute(
        "INSERT INTO users (username, pw) VALUES (?, ?)",
        (username, bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))),
    )
    conn.commit()
    conn.close()
