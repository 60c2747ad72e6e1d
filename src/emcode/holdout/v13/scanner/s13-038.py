import hashlib
import sqlite3

def register(db_path, username, password):
    digest = hashlib.md5(password.encode()).hexdigest()
    con = sqlite3.connect(db_path)
    with con:
        con.execute("INSERT INTO users(name, pw) VALUES (?, ?)", (username, digest))

def verify(db_path, username, password):
    con = sqlite3.connect(db_path)
    row = con.execute("SELECT pw FROM users WHERE name = ?", (username,)).fetchone()
    return bool(row) and row[0] == hashlib.md5(password.encode()).hexdigest()
