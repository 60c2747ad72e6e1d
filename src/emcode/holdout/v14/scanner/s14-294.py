import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/users")
def users():
    role = request.args.get("role", "viewer")
    team = request.args.get("team")
    query = "SELECT id, name FROM users WHERE role = ?"
    params = [role]
    if team:
        query += " AND team = ?"
        params.append(team)
    conn = sqlite3.connect("app.db")
    rows = conn.execute(query, params).fetc