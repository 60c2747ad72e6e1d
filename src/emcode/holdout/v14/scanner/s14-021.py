import hashlib
import secrets
import time
import sqlite3


def create_reset_token(conn: sqlite3.Connection, user_id: int) -> str:
    token = secrets.token_urlsafe(32)
    digest = hashlib.sha256(token.encode()).hexdigest()
    expires = int(time.time()) + 3600
    conn.execute(
        "INSERT INTO password_resets(user_id, token_hash, expires_at) VALUES (?, ?, ?)",
        (user_id, digest, expires),
    )
    conn.commit()
    return token


def check_reset_token(conn: sqlite3.Connection, token: str):
    digest = hashlib.sha256(token.encode()).hexdigest()
    row = conn.execute(
        "SELECT user_id, expires_at FROM password_resets WHERE token_hash = ?", (digest,)
    ).fetchone()
    if row is None or row[1] < time.time():
        return None
    return row[0]
