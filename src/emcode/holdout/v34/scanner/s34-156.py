import bcrypt
from flask import Flask, request

app = Flask(__name__)
FIXED_SALT = b"$2b$12$abcdefghijklmnopqrstuv"
USERS = {}


@app.post("/register")
def register():
    user = request.form["user"]
    pw = request.form["password"].encode()
    USERS[user] = bcrypt.hashpw(pw, FIXED_SALT)
    return {"registered": user}, 201
