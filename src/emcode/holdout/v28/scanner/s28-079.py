import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/rooms/availability")
def availability():
    ids = request.args.getlist("room")[:50]
    if not ids:
        return jsonify({})
    sql = "SELECT room_no, status FROM rooms WHERE room_no IN ("
    sql += ",".join("?" for _ in ids)
    sql += ")"
    con = sqlite3.connect("hotel.db")
    rows = con.execute(sql, ids).fetchall()
    con.close()
    return jsonify({no: st for no, st in ro