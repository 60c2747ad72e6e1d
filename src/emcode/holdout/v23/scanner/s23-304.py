import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/staff")
def staff():
    dept = request.args.get("dept", "")
    query = "SELECT name, role FROM staff"
    query += f" WHERE dept = '{dept}'"
    conn = sqlite3.connect("clinic.db")
    cur = conn.cursor()
    cur.execute(query)
    rows = cur.fetchall()
    return jsonify([{"name": n, "role