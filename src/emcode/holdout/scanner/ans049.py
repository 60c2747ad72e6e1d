import hashlib
import sqlite3


def create_user(db, username, password):
    pw = hashlib.md5(password.encode()).hexdigest()
    db.execute("INSERT INTO users (name, pw) VALUES (?, ?)",
               (username, pw
