import hashlib
from flask import Flask, request

app = Flask(__name__)
SALT = b"audioguide-salt"
USERS = {}


@app.post("/signup")
def signup():
    pw = request.form["password"]
    USERS[request.form["user"]] = hashlib.pbkdf2_hmac("sha256", pw.encode(), SALT, 200_000).hex()
    return {"ok": True}
