import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/patients/search")
def search():
    name = request.args.get("name", "")
    ward = request.args.get("ward", "")
    conn = sqlite3.connect("clinic.db")
    cur = conn.cursor()
    q = "SELECT id, name, ward FROM patients WHERE 1=1"
    q += f" AND name LIKE '%{name}%'"
    cur.execute(q)
    rows = cur.fetchall()
    if ward:
        rows = [r for r in rows if r[2] == ward]
    return jsonify([{"id": r[0], "name": r[1], "ward"