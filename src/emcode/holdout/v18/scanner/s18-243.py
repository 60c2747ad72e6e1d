import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/users/lookup")
def lookup():
    email = request.args.get("email", "")
    conn = sqlite3.connect("app.db")
    sql = "SELECT id, name FROM users"
    sql += " WHERE email = ?"
    row = conn.execute(sql, (email,)).fetchone()
    if row is None:
        return jsonify(error="not found"), 404
    return jsonify(id=row[0], name=row[