from passlib.hash import bcrypt
from flask import Flask, request

app = Flask(__name__)
USERS = {}

@app.route("/signup", methods=["POST"])
def signup():
    user = request.form["username"]
    if user in USERS:
        return {"error": "taken"}, 409
    USERS[user] = bcrypt.using(rounds=12).hash(request.form["password"])
    return {"created": True}, 201
