import bcrypt
from flask import Flask, request

app = Flask(__name__)
USERS = {}


@app.post("/register")
def register():
    user = request.form["user"]
    pw = request.form["password"].encode()
    if user in USERS:
        return {"error": "taken"}, 409
    USERS[user] = bcrypt.hashpw(pw, bcrypt.gensalt())
    return {"registered": user}, 201
