import secrets
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/reset")
def reset():
    email = request.form["email"]
    tok = secrets.token_urlsafe(32)
    with sqlite3.connect("rink.db") as con:
        con.execute("UPDATE members SET reset_token = ? WHERE email = ?", (tok, email))
    return "if the address exists, a reset link was sent"
