import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/users")
def users():
    sort = request.args.get("sort", "name")
    conn = sqlite3.connect("users.db")
    cur = conn.cursor()
    select = "SELECT id, name, email FROM users"
    order = " ORDER BY " + sort
    cur.execute(select + order)
    return {"users": cur.fetchall()}
