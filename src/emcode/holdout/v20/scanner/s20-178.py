from flask import Flask, request, jsonify
from werkzeug.security import check_password_hash, generate_password_hash

app = Flask(__name__)
USERS = {}


@app.route("/register", methods=["POST"])
def register():
    email = request.form["email"].lower()
    if email in USERS:
        return jsonify({"error": "exists"}), 409
    USERS[email] = generate_password_hash(request.form["password"])
    return jsonify({"ok": True}), 201


@app.route("/login", methods=["POST"])
def login():
    stored = USERS.get(request.form["email"].lower())
    ok = stored is not None and check_password_hash(stored, request.form["password"])
    return jsonify({"ok": ok}), (200 if ok else 401)
