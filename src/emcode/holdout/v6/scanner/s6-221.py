import sqlite3
from flask import Flask, request

app = Flask(__name__)

@app.get("/user")
def user():
    name = request.args["name"]
    q = "SELECT * FROM users WHERE name = '" + name + "'"
    cur = sqlite3.connect("a.db").execute(q)
    row = cur.fetchone()
    if row is None:
        return {"error": "not fou