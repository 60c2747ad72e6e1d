import hashlib

from flask import Flask, request, jsonify

from .db import save_member

app = Flask(__name__)


@app.post("/signup")
def signup():
    name = request.form["username"]
    password = request.form["password"]
    salt = ("garden:" + name).encode()
    pw_hash = hashlib.pbkdf2_hmac("sha512", password.encode(), salt, 250_000).hex()
    save_member(name, pw_hash)
    return jsonify(ok=True), 201
