import hashlib

from flask import Flask, request

app = Flask(__name__)


@app.post("/register")
def register():
    username = request.form["username"]
    password = request.form["password"]
    salt = username.lower().encode()
    pw_hash = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 100_000)
    return {"user": username, "hash": pw_hash.hex()}
