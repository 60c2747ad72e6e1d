import secrets
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/reset", methods=["POST"])
def reset():
    email = request.form["email"]
    token = secrets.token_urlsafe(32)
    with sqlite3.connect("passes.db") as db:
        db.execute("UPDATE users SET reset_token = ? WHERE email = ?", (token, email))
    return {"sent": True}
