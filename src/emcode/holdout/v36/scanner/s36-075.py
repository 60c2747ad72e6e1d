import bcrypt
from flask import Flask, request

app = Flask(__name__)
STAFF = {}


@app.post("/staff")
def add_staff():
    user = request.form["username"]
    pw = request.form["password"].encode()
    STAFF[user] = bcrypt.hashpw(pw, bcrypt.gensalt(rounds=12))
    return {"created": user}, 201


@app.post("/staff/login")
def login():
    stored = STAFF.get(request.form["username"])
    ok = stored is not None and bcrypt.checkpw(request.form["password"].encode(), stored)
    return ({"ok": True}, 200) if ok else ({"ok": False}, 401)
