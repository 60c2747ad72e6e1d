import secrets
import sqlite3

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def create_invites(db, n, length=10):
    codes = ["".join(secrets.choice(ALPHABET) for _ in range(length)) for _ in range(n)]
    conn = sqlite3.connect(db)
    with conn:
        conn.executemany("INSERT INTO invites(code) VALUES (?)", [(c,) for c in codes])
    conn.close()
    return codes
