from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Flask, request, jsonify

app = Flask(__name__)
ph = PasswordHasher()
USERS: dict[str, str] = {}


@app.post("/register")
def register():
    data = request.get_json(silent=True) or {}
    email, password = data.get("email", "").lower(), data.get("password", "")
    if len(password) < 12 or email in USERS:
        return jsonify(error="weak password or taken"), 400
    USERS[email] = ph.hash(password)
    return jsonify(ok=True), 201


@app.post("/login")
def login():
    data = request.get_json(silent=True) or {}
    stored = USERS.get(data.get("email", "").lower())
    try:
        ok = stored is not None and ph.verify(stored, data.get("password", ""))
    except VerifyMismatchError:
        ok = False
    return jsonify(ok=ok), (200 if ok else 401)
