import hashlib
import hmac
import os

from flask import Flask, request

app = Flask(__name__)
USERS: dict[str, tuple[bytes, bytes]] = {}


@app.post("/register")
def register():
    if request.form["username"] in USERS:
        return {"error": "name taken"}, 409
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", request.form["password"].encode(), salt, 600_000)
    USERS[request.form["username"]] = (salt, digest)
    return {"ok": True}


@app.post("/check")
def check():
    salt, digest = USERS.get(request.form["username"], (b"\0" * 16, b""))
    attempt = hashlib.pbkdf2_hmac("sha256", request.form["password"].encode(), salt, 600_000)
    return {"ok": hmac.compare_digest(attempt, digest)}
