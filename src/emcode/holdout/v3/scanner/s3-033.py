import bcrypt
from flask import Flask, request

app = Flask(__name__)
USERS = {}


@app.route("/register", methods=["POST"])
def register():
    pw = request.form["password"].encode("utf-8")
    USERS[request.form["username"]] = bcrypt.hashpw(pw, bcrypt.gensalt(rounds=12))
    return {"ok": True}


@app.route("/login", methods=["POST"])
def login():
    stored = USERS.get(request.form["username"])
    ok = stored is not None and bcrypt.checkpw(request.form["password"].encode("utf-8"), stored)
    return {"ok": ok}, 200 if ok else 401
