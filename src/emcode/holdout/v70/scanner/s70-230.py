import hashlib
import os
from flask import Flask, request

app = Flask(__name__)
USERS = {}


@app.post("/signup")
def signup():
    pw = request.form["password"]
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 600_000)
    USERS[request.form["user"]] = salt.hex() + "$" + digest.hex()
    return {"ok": True}
