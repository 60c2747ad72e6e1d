import os
import sqlite3

from cryptography.fernet import Fernet

fernet = Fernet(os.environ["TOKEN_ENCRYPTION_KEY"])


def store_token(carrier, token):
    with sqlite3.connect("freight.db") as db:
        db.execute("INSERT OR REPLACE INTO carrier_tokens(carrier, blob) VALUES (?, ?)",
                   (carrier, fernet.encrypt(token.encode())))


def load_token(carrier):
    with sqlite3.connect("freight.db") as db:
        row = db.execute("SELECT blob FROM carrier_tokens WHERE carrier = ?", (carrier,)).fetchone()
    return fernet.decrypt(row[0]).decode() if row else None
