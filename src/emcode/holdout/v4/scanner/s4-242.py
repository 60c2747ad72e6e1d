import secrets
import sqlite3


def issue_api_key(user_id: int) -> str:
    key = secrets.token_hex(24)
    with sqlite3.connect("keys.db") as db:
        db.execute("INSERT INTO api_keys(user_id, key_hash) VALUES (?, 