import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/tours")
def tours():
    order = request.args.get("order", "price")
    sql = "SELECT id, name, price FROM tours WHERE active = 1 ORDER BY " + order
    with sqlite3.connect("tours.db") as c:
        return jsonify(c.execute(sql).fetchall())
