import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/census")
def census():
    surname = request.args.get("surname", "")
    sql = "SELECT given, surname, year FROM census WHERE "
    sql += "surname = '" + surname + "'"
    conn = sqlite3.connect("census.db")
    rows = conn.execute(sql).fetchall()
    conn.close()
    return jsonify([{"given": g, "surname": s, "year": y} for g, s, y in rows])


@app.route("/census/years")
def years():
    conn = sqlite3.connect("census.db")
    rows = conn.execute("SELECT DISTINCT year FROM cen