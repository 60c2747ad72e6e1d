from argon2 import PasswordHasher
from flask import Flask, request
from models import db, User

app = Flask(__name__)
ph = PasswordHasher()

@app.post("/signup")
def signup():
    user = User(name=request.form["name"], password=ph.hash(request.form["password"]))
    db.session.add(user)
    db.session.com