import hashlib

from flask import Flask, request

app = Flask(__name__)
SALT = b"my-app-salt"
USERS: dict[str, bytes] = {}


@app.post("/register")
def register():
    digest = hashlib.pbkdf2_hmac("sha256", request.form["password"].encode(), SALT, 310_000)
    USERS[request.form["username"]] = digest
    return {"ok": True}
