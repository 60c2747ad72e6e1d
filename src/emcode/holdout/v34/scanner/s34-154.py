import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/bakes")
def bakes():
    term = request.args.get("q", "")
    gluten_free = request.args.get("gf") == "1"
    query = "SELECT name, price FROM products"
    conds, args = [], []
    if term:
        like = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conds.append("name LIKE ? ESCAPE '\\'")
        args.append(f"%{like}%")
    if gluten_free:
        conds.append("gluten_free = 1")
    if conds:
        query += " WHERE " + " AND ".join(conds)
    with sqlite3.connect("bakery.db") as conn:
        return {"products": conn.execute(query, args).fetchall()}
