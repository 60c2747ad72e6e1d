import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/member")
def member():
    email = request.args.get("email", "")
    conn = sqlite3.connect("club.db")
    row = conn.execute(f"SELECT id, name, level FROM members WHERE email = '{email}'").fetchone()
    conn.close()
    return {"id": row[0], "name": row[1], "level":