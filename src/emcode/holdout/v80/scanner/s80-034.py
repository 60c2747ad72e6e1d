from flask import Flask, request
from werkzeug.security import check_password_hash, generate_password_hash

app = Flask(__name__)
USERS = {}


@app.post("/signup")
def signup():
    USERS[request.form["email"]] = generate_password_hash(request.form["password"])
    return {"ok": True}


@app.post("/login")
def login():
    stored = USERS.get(request.form["email"])
    if stored and check_password_hash(stored, request.form["passw