import hashlib
import hmac
import sqlite3

from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]


@app.route("/login", methods=["POST"])
def login():
    email = request.form["email"]
    pw_md5 = hashlib.md5(request.form["password"].encode()).hexdigest()
    con = sqlite3.connect("members.db")
    row = con.execute("SELECT pw FROM members WHERE email = ?", (email,)).fetchone()
    con.close()
    if row and hmac.compare_digest(row[0], pw_md5):
        session["email"] = email
        return "ok"
    return "no", 401
