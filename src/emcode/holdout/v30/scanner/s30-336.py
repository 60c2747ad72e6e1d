import hashlib
import os

from flask import Flask, request

app = Flask(__name__)
APP_SALT = b"podhost-static-salt"
USERS = {}


@app.post("/creators/signup")
def signup():
    email = request.form["email"]
    pw = request.form["password"]
    USERS[email] = hashlib.pbkdf2_hmac("sha256", pw.encode(), APP_SALT, 600_000).hex()
    return {"ok": True}, 201
