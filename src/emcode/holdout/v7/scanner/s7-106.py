import random
import secrets
import sqlite3
import time


def issue_api_key(db_path: str, owner: str, retries: int = 3) -> str:
    key = secrets.token_hex(16)
    for attempt in range(retries):
        try:
            with sqlite3.connect(db_path, timeout=5) as conn:
                conn.execute("INSERT INTO api_keys(owner, key) VALUES (?, ?)", (owner, key))
            return key
        except sqlite3.OperationalError:
            time.sleep(0.1 * (2 ** attempt) + random.uniform(0, 0.05))
    raise RuntimeError("database busy")
