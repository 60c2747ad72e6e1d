import bcrypt
from flask import Flask, request, jsonify

from db import users

app = Flask(__name__)


@app.post("/signup")
def signup():
    name = request.form["name"]
    pw = request.form["password"].encode()
    if len(pw) < 10:
        return jsonify(error="password too short"), 400
    users.insert(name, bcrypt.hashpw(pw, bcrypt.gensalt(rounds=12)))
    return jsonify(ok=True)


@app.post("/signin")
def signin():
    stored = users.get_hash(request.form["name"])
    ok = stored is not None and bcrypt.checkpw(request.form["password"].encode(), stored)
    return jsonify(ok=ok), (200 if ok else 401)
