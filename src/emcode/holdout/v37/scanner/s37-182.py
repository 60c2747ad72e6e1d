import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/rooms/search")
def rooms_search():
    state = request.args.get("state", "dirty")
    q = "SELECT number, floor FROM rooms"
    q += f" WHERE state = '{state}'"
    con = sqlite3.connect("hotel.db")
    rows = con.execute(q).fetchall()
    con.close()
    return jsonify([{"number": n, "floor": f} for n, f in ro