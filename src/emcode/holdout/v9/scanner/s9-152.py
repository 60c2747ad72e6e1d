import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/customers")
def customers():
    name = request.args.get("name", "")
    con = sqlite3.connect("crm.db")
    rows = con.execute("SELECT id, name, email FROM customers WHERE name LIKE ?", (f"%{name}%",)).fetchall()
    result = []
    for r in rows:
        result.append({"id": r[0], "name