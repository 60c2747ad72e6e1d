import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/people")
def people():
    surname = request.args.get("surname", "")
    conn = sqlite3.connect("tree.db")
    sql = "SELECT id, given, surname, born FROM people"
    sql += " WHERE surname = ?"
    rows = conn.execute(sql, (surname,)).fetchall()
    conn.close()
    return jsonify([{"id": r[0], "given": r[1], "surname": r[2], "born": r[