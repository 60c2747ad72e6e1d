import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/user")
def get_user():
    uid = request.args.get("id", type=int)
    conn = sqlite3.connect("app.db")
    row = conn.execute("SELECT id, name FROM users WHERE id = ?", (uid,
