from argon2 import PasswordHasher
from flask import Flask, request, jsonify

from .db import save_member

app = Flask(__name__)
ph = PasswordHasher()


@app.post("/signup")
def signup():
    name = request.form["username"]
    password = request.form["password"]
    save_member(name, ph.hash(password))
    return jsonify(ok=True), 201
