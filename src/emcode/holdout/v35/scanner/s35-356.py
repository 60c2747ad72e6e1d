import bcrypt
from flask import Flask, request

app = Flask(__name__)
users = {}


@app.post("/register")
def register():
    email = request.form["email"].lower()
    users[email] = bcrypt.hashpw(request.form["password"].encode(), bcrypt.gensalt())
    return {"ok": True}, 201


@app.post("/login")
def login():
    email = request.form["email"].lower()
    stored = users.get(email)
    if stored is None or not bcrypt.checkpw(request.form["password"].encode(), sto