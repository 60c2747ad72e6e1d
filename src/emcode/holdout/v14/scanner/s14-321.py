import sqlite3
from contextlib import closing
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
DB = "inventory.db"
FIELDS = ("sku", "name", "location", "qty")


def conn():
    c = sqlite3.connect(DB)
    c.row_factory = sqlite3.Row
    return c


@app.get("/items")
def list_items():
    sql = "SELECT sku, name, location, qty FROM items"
    where, args = [], []
    location = request.args.get("location")
    if location:
        where.append("location = ?")
        args.append(location)
    low = request.args.get("below")
    if low is not None:
        where.append("qty < ?")
        args.append(int(low))
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY sku"
    with closing(conn()) as c:
        return jsonify([dict(r) for r in c.execute(sql, args)])


@app.get("/items/<sku>")
def get_item(sku):
    with closing(conn()) as c:
        row = c.execute("SELECT sku, name, location, qty FROM items WHERE sku = ?", (sku,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.post("/items")
def create_item():
    data = request.get_json(force=True)
    values = [data.get(f) for f in FIELDS]
    if None in values:
        abort(400)
    with closing(conn()) as c, c:
        c.execute("INSERT INTO items(sku, name, location, qty) VALUES (?, ?, ?, ?)", values)
    return jsonify(ok=True), 201


@app.post("/items/<sku>/adjust")
def adjust(sku):
    delta = int(request.get_json(force=True)["delta"])
    with closing(conn()) as c, c:
        cur = c.execute("UPDATE items SET qty = qty + ? WHERE sku = ?", (delta, sku))
    if cur.rowcount == 0:
        abort(404)
    return jsonify(ok=True)
