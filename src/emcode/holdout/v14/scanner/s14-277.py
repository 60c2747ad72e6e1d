from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash, check_password_hash

app = Flask(__name__)
USERS: dict[str, str] = {}


@app.post("/register")
def register():
    user = request.form["user"]
    if user in USERS:
        return jsonify(error="taken"), 409
    USERS[user] = generate_password_hash(request.form["password"])
    return jsonify(created=user), 201


@app.post("/login")
def login():
    stored = USERS.get(request.form["user"])
    ok = bool(stored) and check_password_hash(stored, request.form["password"])
    return jsonify(ok=ok), 200 if ok else 401
