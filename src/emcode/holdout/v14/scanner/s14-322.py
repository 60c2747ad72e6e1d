import sqlite3
from flask import Flask, request, jsonify, abort

app = Flask(__name__)


def conn():
    return sqlite3.connect("inventory.db")


@app.get("/items/<sku>")
def get_item(sku):
    c = conn()
    row = c.execute("SELECT sku, name, qty FROM items WHERE sku = ?", (sku,)).fetchone()
    c.close()
    if row is None:
        abort(404)
    return jsonify(sku=row[0], name=row[1], qty=row[2])


@app.post("/items/<sku>/adjust")
def adjust(sku):
    delta = int(request.get_json(force=True)["delta"])
    stmt = "UPDATE items SET qty = qty + %d" % delta
    stmt += " WHERE sku = '" + sku + "'"
    c = conn()
    c.execute(stmt)
    c.commit()
    c.close()
    return jsonify(ok=True)
