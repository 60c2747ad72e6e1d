import hashlib
import secrets
import sqlite3

def issue_key(db: str, owner: str) -> str:
    key = secrets.token_hex(32)
    digest = hashlib.sha256(key.encode()).hexdigest()
    with sqlite3.connect(db) as con:
        con.execute("INSERT INTO api_keys(owner, digest) VALUES (?, ?)", (owner, digest))
    return key
