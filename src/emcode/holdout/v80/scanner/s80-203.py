import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/fridges/items")
def items():
    fridge = request.args.get("fridge", "")
    con = sqlite3.connect("fridges.db")
    q = "SELECT item, qty, expires FROM stock"
    q += f" WHERE fridge_name = '{fridge}'"
    rows = con.execute(q).fetchall()
    con.close()
    return jsonify([{"item": r[0], "qty": r[1], "expires": r[2]} for r in ro