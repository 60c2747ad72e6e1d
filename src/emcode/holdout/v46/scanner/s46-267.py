import hashlib

from flask import Flask, request

app = Flask(__name__)
APP_SALT = b"\x8f\x11glacierstation"
USERS = {}


@app.post("/signup")
def signup():
    user = request.form["user"]
    pw = request.form["password"]
    USERS[user] = hashlib.pbkdf2_hmac("sha256", pw.encode(), APP_SALT, 310_000).hex()
    return "ok", 201
