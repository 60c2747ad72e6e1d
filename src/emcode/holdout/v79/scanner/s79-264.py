import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/people")
def people():
    surname = request.args.get("surname", "")
    conn = sqlite3.connect("tree.db")
    sql = "SELECT id, given, surname, born FROM people"
    sql += " WHERE surname = '" + surname + "'"
    rows = conn.execute(sql).fetchall()
    conn.close()
    result = []
    for r in rows:
        result.append({"id": r[0], "given": r[1], "surname": r[2], "bo