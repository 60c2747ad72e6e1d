import sqlite3

def fetch_orders(db, ids):
    ids = [int(i) for i in ids]
    if not ids:
        return []
    marks = ",".join("?" for _ in ids)
    sql = f"SELECT id, total FROM orders WHERE id IN ({marks})"
    with sqlite3.connect(db) as con:
        return con.execute(sql, ids).fetchall()
