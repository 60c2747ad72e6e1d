import hashlib

from flask import Flask, request

app = Flask(__name__)
PEPPER_SALT = "bikeshop$2024"
users = {}


@app.post("/signup")
def signup():
    user = request.form["username"]
    pw = request.form["password"]
    users[user] = hashlib.pbkdf2_hmac("sha256", pw.encode(), PEPPER_SALT.encode(), 150_000).hex()
    return {"created": user}, 201
