import sqlite3

def fetch_users(ids):
    ids = [int(i) for i in ids]
    marks = ",".join("?" for _ in ids)
    sql = f"SELECT id, name FROM users WHERE id IN ({marks})"
    with sqlite3.connect("app.db") as conn:
        return conn.execute(sql, ids).fetchall()
