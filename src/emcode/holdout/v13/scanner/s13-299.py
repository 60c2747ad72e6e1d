import sqlite3
from flask import Flask, request

app = Flask(__name__)

@app.route("/users")
def users():
    name = request.args.get("name", "")
    q = "SELECT id, email FROM users"
    q += f" WHERE name = '{name}'"
    rows = sqlite3.connect("app.db").execute(q).fetchall()
    return {"users": rows}

@app.route("/users/<int:uid>/delete", methods=["POST"])
def delete(uid):
    con = sqlite3.connect("app.db")
    con.execute("DELETE FROM users WHERE id = ?", (