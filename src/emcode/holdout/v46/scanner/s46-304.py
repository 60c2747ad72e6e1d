from flask import Flask, jsonify, request
import sqlite3

app = Flask(__name__)
DB = "pawn.db"


@app.route("/items")
def item_detail():
    serial = request.args.get("serial", "")
    con = sqlite3.connect(DB)
    row = con.execute("SELECT title, price FROM items WHERE serial = ?", (serial,)).fetchone()
    con.close()
    if row is None:
        return jsonify(error="not found", serial=serial), 404
    title, price = row
    return jsonify(title=title, price=price)
