import bcrypt
from flask import Flask, request

app = Flask(__name__)
USERS = {}


@app.post("/vets/register")
def register():
    user = request.form["username"]
    hashed = bcrypt.hashpw(request.form["password"].encode(), bcrypt.gensalt())
    USERS[user] = hashed
    return {"registered": user}, 201


@app.post("/vets/login")
def login():
    user = request.form["username"]
    stored = USERS.get(us