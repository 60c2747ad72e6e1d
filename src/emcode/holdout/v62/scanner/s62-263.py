from argon2 import PasswordHasher
from flask import Flask, request

app = Flask(__name__)
ph = PasswordHasher()
USERS = {}


@app.route("/signup", methods=["POST"])
def signup():
    user = request.form["user"]
    USERS[user] = ph.hash(request.form["password"])
    return "created", 201
