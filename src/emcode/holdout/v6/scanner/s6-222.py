import sqlite3
from flask import Flask, request

app = Flask(__name__)

@app.get("/user")
def user():
    name = request.args["name"]
    sql = "SELECT id, email FROM users WHERE name = ?"
    with sqlite3.connect("a.db") as conn:
        row = conn.execute(sql, (name,)).fetchone()
    if row is None:
        return {"error": "not