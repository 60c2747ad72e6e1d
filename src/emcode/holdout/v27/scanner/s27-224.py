import sqlite3
from flask import Flask, request, abort, jsonify

app = Flask(__name__)
COLUMNS = {"variety", "origin", "year"}


@app.route("/seeds/by")
def seeds_by():
    col = request.args.get("field", "variety")
    val = request.args.get("value", "")
    if col not in COLUMNS:
        abort(400)
    sql = "SELECT id, variety, origin, year FROM seeds WHERE {} = ?".format(col)
    with sqlite3.connect("seeds.db") as c:
        return jsonify(c.execute(sql, (val,)).fetchall())
