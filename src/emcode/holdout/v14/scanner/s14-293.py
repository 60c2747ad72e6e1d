import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/users")
def users():
    role = request.args.get("role", "viewer")
    query = "SELECT id, name FROM users"
    query += f" WHERE role = '{role}'"
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute(query)
    rows = cur.fetchall()
    conn.close()
    return jsonify([{"id": r[0], "name": r[1]} for r in ro