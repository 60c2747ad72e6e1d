import random
import string
import sqlite3

from flask import Flask, request

app = Flask(__name__)


def make_token(n=24):
    return "".join(random.choice(string.ascii_letters + string.digits) for _ in range(n))


@app.post("/reset")
def reset():
    email = request.form["email"]
    tok = make_token()
    with sqlite3.connect("rink.db") as con:
        con.execute("UPDATE members SET reset_token = ? WHERE email = ?", (tok, email))
    return "if the address exists, a reset link was sent"
