import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/customers")
def customers():
    name = request.args.get("name", "")
    con = sqlite3.connect("crm.db")
    sql = "SELECT id, name, email FROM customers WHERE name LIKE '%" + name + "%'"
    rows = con.execute(sql).fetchall()
    result = []
    for r in rows:
        result.append({"id": r[0], "name": r[1], "em