import hashlib
import os
import sqlite3

def set_password(db, user, password):
    salt = os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE users SET salt = ?, pw = ? WHERE name = ?", (salt, dk, user))
