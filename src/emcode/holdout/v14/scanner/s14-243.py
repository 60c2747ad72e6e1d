import hashlib
from flask import Flask, request, jsonify

app = Flask(__name__)
USERS = {}
SALT = "blog-2024"


@app.post("/register")
def register():
    user = request.form["user"]
    pw = request.form["password"]
    USERS[user] = hashlib.sha256((SALT + pw).encode()).hexdigest()
    return jsonify(created=user)
