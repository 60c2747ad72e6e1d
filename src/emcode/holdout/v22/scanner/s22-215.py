import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/books/mark-lost")
def mark_lost():
    ids = [int(i) for i in (request.get_json(silent=True) or {}).get("ids", [])][:500]
    if not ids:
        return jsonify(updated=0)
    marks = ",".join("?" for _ in ids)
    sql = "UPDATE copies SET status = 'lost'"
    sql += f" WHERE id IN ({marks})"
    with sqlite3.connect("library.db") as conn:
        cur = conn.execute(sql, ids)
    return jsonify(updated=cur.rowcount)
