import hashlib
import random
import secrets
import sqlite3
import time


class ApiKeyStore:
    def __init__(self, path="keys.db"):
        self.conn = sqlite3.connect(path)
        self.conn.execute("CREATE TABLE IF NOT EXISTS keys (owner TEXT, key TEXT UNIQUE)")

    def create(self, owner):
        key = "sk_" + secrets.token_hex(24)
        digest = hashlib.sha256(key.encode()).hexdigest()
        for attempt in range(3):
            try:
                with self.conn:
                    self.conn.execute("INSERT INTO keys VALUES (?, ?)", (owner, digest))
                return key
            except sqlite3.OperationalError:
                time.sleep(0.05 * (attempt + 1) + random.random() / 100)
        raise RuntimeError("database busy")
