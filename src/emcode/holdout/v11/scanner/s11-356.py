import hashlib
import secrets
import sqlite3
from datetime import datetime, timezone


class ApiKeys:
    def __init__(self, path="keys.db"):
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS keys (owner TEXT, key TEXT, created TEXT)")

    def issue(self, owner: str) -> str:
        key = secrets.token_urlsafe(32)
        self._store(owner, key)
        return key

    def _store(self, owner, key):
        self.db.execute("INSERT INTO keys VALUES (?, ?, ?)",
                        (owner, hashlib.sha256(key.encode()).hexdigest(), datetime.now(timezone.utc).isofor