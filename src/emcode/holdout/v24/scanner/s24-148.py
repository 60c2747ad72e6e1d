import hashlib
import secrets
import sqlite3


def create_partner_key(db: sqlite3.Connection, partner: str) -> str:
    key = "pk_" + secrets.token_hex(24)
    db.execute("INSERT INTO partner_keys (partner, key_sha256) VALUES (?, ?)",
               (partner, hashlib.sha256(key.encode()).hexdigest()))
    db.commit()
    return key


def check_partner_key(db: sqlite3.Connection, key: str) -> str | None:
    row = db.execute("SELECT partner FROM partner_keys WHERE key_sha256 = ?",
                     (hashlib.sha256(key.encode()).hexdigest(),)).fetchone()
    return row[0] if row else None
